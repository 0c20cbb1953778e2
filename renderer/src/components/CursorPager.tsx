import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Cursor paging over a list method that answers `{ items, nextCursor }`: the cursors of the pages
 * before this one are kept, so "previous" goes back without counting rows (fine at 500,000).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null])
  return {
    cursor: cursors.at(-1) ?? null,
    page: cursors.length,
    restart: () => setCursors([null]),
    previous: () => setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
    next: (cursor: string) => setCursors((stack) => [...stack, cursor]),
  }
}

export type CursorPages = ReturnType<typeof useCursorPages>

/** Previous / next (and optionally "first page" and the page number); hidden when all fits on one page. */
export function CursorPager({
  pages,
  nextCursor,
  testId,
  pageLabel,
  showFirst = false,
}: {
  pages: CursorPages
  nextCursor: string | null | undefined
  /** Prefix of the buttons' test ids: `<testId>-previous`, `<testId>-next`. */
  testId: string
  pageLabel?: string
  showFirst?: boolean
}) {
  const { t } = useTranslation()
  if (pages.page === 1 && !nextCursor) return null
  return (
    <Group justify="space-between" mt="sm">
      {showFirst ? (
        <Button
          variant="default"
          disabled={pages.page === 1}
          onClick={pages.restart}
          data-testid={`${testId}-first`}
        >
          {t('actions.first')}
        </Button>
      ) : (
        <span />
      )}
      <Group gap="sm">
        {pageLabel && (
          <Text size="sm" c="dimmed">
            {pageLabel}
          </Text>
        )}
        <Button
          variant="default"
          disabled={pages.page === 1}
          onClick={pages.previous}
          data-testid={`${testId}-previous`}
        >
          {t('actions.previous')}
        </Button>
        <Button
          variant="default"
          disabled={!nextCursor}
          onClick={() => nextCursor && pages.next(nextCursor)}
          data-testid={`${testId}-next`}
        >
          {t('actions.next')}
        </Button>
      </Group>
    </Group>
  )
}

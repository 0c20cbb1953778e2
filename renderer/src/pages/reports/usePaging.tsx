import { Group, Pagination, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A long list shown a page at a time: a shop with thousands of parts on its shelves would otherwise
 * wait seconds for the table to draw. Answers the page's items and the control to turn pages
 * (nothing when everything fits on one page).
 */
export function usePaging<T>(
  items: readonly T[],
  pageSize: number,
): { shown: readonly T[]; pager: ReactNode } {
  const { t } = useTranslation('reports')
  const [page, setPage] = useState(1)
  const pages = Math.max(1, Math.ceil(items.length / pageSize))
  const current = Math.min(page, pages)
  const shown = items.slice((current - 1) * pageSize, current * pageSize)
  const pager =
    pages > 1 ? (
      <Group justify="space-between" p="sm">
        <Text size="sm" c="dimmed">
          {t('paging.showing', {
            first: (current - 1) * pageSize + 1,
            last: (current - 1) * pageSize + shown.length,
            total: items.length,
          })}
        </Text>
        <Pagination total={pages} value={current} onChange={setPage} size="sm" data-testid="report-pages" />
      </Group>
    ) : null
  return { shown, pager }
}

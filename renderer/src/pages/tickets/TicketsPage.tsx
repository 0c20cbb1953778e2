import { Alert, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ticketStatuses } from '../../../../shared/domain/status'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { TicketTable } from '../../components/TicketTable'
import { CursorPager, useCursorPages } from '../../components/CursorPager'

type StatusFilter = (typeof ticketStatuses)[number] | 'open' | 'all'
const pageSize = 50

/** Every ticket, newest first: filter by status, search, and page through any number of them. */
export function TicketsPage() {
  const { t } = useTranslation('tickets')
  const errorText = useErrorText()
  const [status, setStatus] = useState<StatusFilter>('open')
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query.trim(), 200)
  // Cursors of the pages before this one: "previous" pops, "next" pushes.
  const pages = useCursorPages()
  const cursor = pages.cursor
  const counts = useApi('tickets.countByStatus', {})
  const list = useApi(
    'tickets.list',
    { status, query: debounced, cursor, limit: pageSize },
    { placeholderData: (previous) => previous },
  )

  const restart = pages.restart
  // Open statuses carry their counts; closed ones (hundreds of thousands) are counted in reports.
  const countOf = (key: StatusFilter) => {
    if (!counts.data) return ''
    if (key === 'open') return ` (${Object.values(counts.data).reduce((sum, count) => sum + count, 0)})`
    const count = counts.data[key]
    return count === undefined ? '' : ` (${count})`
  }
  const options = (['open', 'all', ...ticketStatuses] as const).map((value) => ({
    value,
    label: `${t(`common:status.${value}`)}${countOf(value)}`,
  }))

  return (
    <Stack gap="md" maw={1300}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      <Group align="flex-end">
        <Select
          label={t('filter.status')}
          data={options}
          value={status}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(value ?? 'open')
            restart()
          }}
          w={240}
          data-testid="tickets-status"
        />
        <TextInput
          label={t('filter.search')}
          placeholder={t('filter.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            restart()
          }}
          style={{ flex: 1 }}
          data-testid="tickets-search"
        />
      </Group>
      <Card withBorder>
        {list.isError ? (
          <Alert color="red">{errorText(list.error)}</Alert>
        ) : (
          <TicketTable
            tickets={list.data?.items ?? []}
            empty={list.isLoading ? t('common:loading') : t('empty')}
          />
        )}
        <CursorPager pages={pages} nextCursor={list.data?.nextCursor} testId="tickets" showFirst />
      </Card>
    </Stack>
  )
}

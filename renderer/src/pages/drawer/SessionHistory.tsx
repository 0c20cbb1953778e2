import { Badge, Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { CursorPager, useCursorPages } from '../../components/CursorPager'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { VarianceText } from './VarianceText'
import classes from './drawer.module.css'

/** Every drawer session, newest first; a row shows its Z report. */
export function SessionHistory({
  shownId,
  onShow,
}: {
  shownId: string | null
  onShow: (id: string) => void
}) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const pages = useCursorPages()
  const list = useApi('drawer.list', { cursor: pages.cursor, limit: 20 })
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="xs">
        {t('history.title')}
      </Title>
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="drawer-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.number')}</Table.Th>
                <Table.Th>{t('history.opened')}</Table.Th>
                <Table.Th>{t('history.closed')}</Table.Th>
                <Table.Th ta="right">{t('history.expected')}</Table.Th>
                <Table.Th ta="right">{t('history.counted')}</Table.Th>
                <Table.Th ta="right">{t('history.variance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((session) => (
                <Table.Tr
                  key={session.id}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  className={session.id === shownId ? classes.shown : undefined}
                  onClick={() => onShow(session.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onShow(session.id)
                  }}
                  data-testid="drawer-history-row"
                  data-number={session.number}
                >
                  <Table.Td>
                    <Text size="sm" ff="monospace" fw={500}>
                      {session.number}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(session.openedAt)}</Text>
                    <Text size="xs" c="dimmed">
                      {session.openedByName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {session.status === 'open' ? (
                      <Badge color="green" variant="light">
                        {t('open.badge')}
                      </Badge>
                    ) : (
                      <>
                        <Text size="sm">{format.dateTime(session.closedAt)}</Text>
                        <Text size="xs" c="dimmed">
                          {session.closedByName}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{format.money(session.expectedMinor, session.currency)}</Table.Td>
                  <Table.Td ta="right">{format.money(session.countedMinor, session.currency)}</Table.Td>
                  <Table.Td ta="right">
                    {session.varianceMinor === null ? (
                      '—'
                    ) : (
                      <VarianceText varianceMinor={session.varianceMinor} currency={session.currency} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager pages={pages} nextCursor={list.data?.nextCursor} testId="drawer-history" />
    </Card>
  )
}

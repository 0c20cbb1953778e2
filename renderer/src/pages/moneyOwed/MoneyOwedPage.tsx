import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { keepPreviousData } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../components/ActionsHeader'
import { Link } from 'react-router'
import { useApi } from '../../api/hooks'
import { CursorPager, useCursorPages } from '../../components/CursorPager'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'

/** Whole days since an instant, by local calendar days (an invoice of yesterday evening is 1 day old). */
function daysSince(iso: string): number {
  return dayjs().startOf('day').diff(dayjs(iso).startOf('day'), 'day')
}

/** Customers who owe the shop money, the oldest unpaid invoice first, with their statement. */
export function MoneyOwedPage() {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const pages = useCursorPages()
  const currency = useApi('settings.get', {}).data?.currency ?? 'CNY'
  const balances = useApi(
    'customers.balances',
    { cursor: pages.cursor },
    { placeholderData: keepPreviousData },
  )
  const rows = balances.data?.items ?? []
  const money = (minor: number) => format.money(minor, currency)

  return (
    <Stack gap="md" maw={1100} data-testid="money-owed-page">
      <div>
        <Title order={1} size="h2">
          {t('owed.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('owed.intro')}
        </Text>
      </div>
      {balances.isLoading ? (
        <PageLoader />
      ) : balances.isError ? (
        <LoadFailed error={balances.error} onRetry={() => void balances.refetch()} />
      ) : rows.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" size="sm" data-testid="money-owed-empty">
            {t('owed.empty')}
          </Text>
        </Card>
      ) : (
        <Card withBorder p={0}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="money-owed-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('owed.customer')}</Table.Th>
                <Table.Th>{t('owed.phone')}</Table.Th>
                <Table.Th>{t('owed.oldest')}</Table.Th>
                <Table.Th ta="right">{t('owed.invoices')}</Table.Th>
                <Table.Th ta="right">{t('owed.balance')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const age = daysSince(row.oldestDueAt)
                return (
                  <Table.Tr key={row.customerId} data-testid="money-owed-row" data-customer={row.name}>
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${row.customerId}`} fw={600}>
                        {row.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td ff="monospace">{row.phone || '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.date(row.oldestDueAt)}</Text>
                      <Text size="xs" c={age > 30 ? 'red.7' : 'dimmed'}>
                        {t('owed.age', { count: age })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{row.invoices}</Table.Td>
                    <Table.Td ta="right" fw={700} c="red.8" data-testid="money-owed-balance">
                      {money(row.balanceMinor)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        component={Link}
                        to={`/print/statement/${row.customerId}?back=/money-owed`}
                        size="xs"
                        variant="default"
                        data-testid="money-owed-statement"
                      >
                        {t('owed.statement')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end" p="sm">
            <Text size="sm" fw={600}>
              {t('owed.pageTotal', { amount: money(rows.reduce((sum, row) => sum + row.balanceMinor, 0)) })}
            </Text>
          </Group>
        </Card>
      )}
      <CursorPager pages={pages} nextCursor={balances.data?.nextCursor} testId="money-owed" />
    </Stack>
  )
}

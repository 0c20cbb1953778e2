import { Button, Card, Group, Menu, Stack, Text } from '@mantine/core'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'

/** The statement's periods a clerk is asked for most; the whole history needs no dates. */
function statementPeriods(): { key: string; from: string | null; to: string | null }[] {
  const month = dayjs().startOf('month')
  return [
    { key: 'wholeHistory', from: null, to: null },
    { key: 'thisMonth', from: month.toISOString(), to: month.add(1, 'month').toISOString() },
    { key: 'lastMonth', from: month.subtract(1, 'month').toISOString(), to: month.toISOString() },
    {
      key: 'thisYear',
      from: dayjs().startOf('year').toISOString(),
      to: dayjs().startOf('year').add(1, 'year').toISOString(),
    },
  ]
}

/**
 * A customer's balance due, store credit and statement. Nothing shows for a customer who has never
 * bought anything (most repair customers pay at pickup and owe nothing).
 */
export function CustomerMoney({ customerId }: { customerId: string }) {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const navigate = useNavigate()
  const statement = useApi('customers.statement', { customerId })
  const data = statement.data
  if (!data || (data.lines.length === 0 && data.storeCreditMinor === 0)) return null
  const money = (minor: number) => format.money(minor, data.currency)
  const owes = data.closingBalanceMinor > 0

  const open = (period: { from: string | null; to: string | null }) => {
    const params = new URLSearchParams()
    if (period.from && period.to) {
      params.set('from', period.from)
      params.set('to', period.to)
    }
    const query = params.toString()
    void navigate(`/print/statement/${customerId}${query ? `?${query}` : ''}`)
  }

  return (
    <Card withBorder data-testid="customer-money">
      <Group justify="space-between" align="center">
        <Group gap="xl">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('money.balanceDue')}
            </Text>
            <Text fw={700} fz="lg" c={owes ? 'red.8' : undefined} data-testid="customer-balance">
              {owes ? money(data.closingBalanceMinor) : t('money.nothingDue')}
            </Text>
          </Stack>
          {data.storeCreditMinor !== 0 && (
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('money.storeCredit')}
              </Text>
              <Text fw={700} fz="lg" c="teal.8" data-testid="customer-store-credit">
                {money(data.storeCreditMinor)}
              </Text>
            </Stack>
          )}
        </Group>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" data-testid="customer-statement">
              {t('money.statement')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {statementPeriods().map((period) => (
              <Menu.Item
                key={period.key}
                onClick={() => open(period)}
                data-testid={`statement-${period.key}`}
              >
                {t(`money.${period.key}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Card>
  )
}

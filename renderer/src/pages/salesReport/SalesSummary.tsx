import { Card, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SalesReport } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { netSales } from './salesExport'

interface FigureProps {
  label: string
  value: string
  note?: string
  color?: string
  testId: string
}

function Figure({ label, value, note, color, testId }: FigureProps) {
  return (
    <Card withBorder padding="sm" h="100%">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} c={color} style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed" mt={2}>
          {note}
        </Text>
      )}
    </Card>
  )
}

/** The period at a glance: what was sold, given back, kept, the tax in it and the margin on it. */
export function SalesSummary({ totals, currency }: { totals: SalesReport['totals']; currency: Currency }) {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, currency)
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" data-testid="sales-summary">
      <Figure
        label={t('report.summary.sales')}
        value={money(totals.totalMinor)}
        note={t('report.summary.invoices', { count: totals.invoices })}
        testId="sales-total"
      />
      <Figure
        label={t('report.summary.refunds')}
        value={money(totals.refundsMinor)}
        color={totals.refundsMinor > 0 ? 'red.7' : undefined}
        testId="sales-refunds"
      />
      <Figure
        label={t('report.summary.netSales')}
        value={money(netSales(totals))}
        note={t('report.summary.netSalesHint')}
        color="teal.8"
        testId="sales-net"
      />
      <Figure
        label={t('report.summary.tax')}
        value={money(totals.taxMinor)}
        note={t('report.summary.discount', { amount: money(totals.discountMinor) })}
        testId="sales-tax"
      />
      <Figure
        label={t('report.summary.margin')}
        value={money(totals.netMinor - totals.costMinor)}
        note={t('report.summary.marginHint', { cost: money(totals.costMinor) })}
        testId="sales-margin"
      />
    </SimpleGrid>
  )
}

import { BarChart } from '@mantine/charts'
import { Card, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SalesReport } from '../../../../shared/contract'
import { currencyDecimals } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'

/** The bars of a day: its sales stacked by kind of line, its refunds apart. */
const series = [
  { name: 'labour', column: 'labourMinor', color: 'blue.6', stackId: 'sales' },
  { name: 'parts', column: 'partsMinor', color: 'teal.6', stackId: 'sales' },
  { name: 'other', column: 'otherMinor', color: 'yellow.6', stackId: 'sales' },
  { name: 'refunds', column: 'refundsMinor', color: 'red.5', stackId: 'refunds' },
] as const
const dayKey = 'day'

/** Each day's sales as a bar of labour, parts and other lines, with its refunds beside it. */
export function SalesChart({ report }: { report: SalesReport }) {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const scale = 10 ** currencyDecimals(report.currency)
  const data = report.days.map((day) => ({
    day: day.date.slice(5),
    labour: day.labourMinor / scale,
    parts: day.partsMinor / scale,
    other: day.otherMinor / scale,
    refunds: day.refundsMinor / scale,
  }))
  const empty = report.totals.invoices === 0 && report.totals.refundsMinor === 0
  return (
    <Card withBorder data-testid="sales-chart">
      <Title order={2} size="h4" mb="sm">
        {t('report.chart.title')}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('report.chart.empty')}
        </Text>
      ) : (
        <BarChart
          h={240}
          data={data}
          dataKey={dayKey}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          valueFormatter={(value) => format.money(Math.round(value * scale), report.currency)}
          series={series.map(({ column, ...bar }) => ({ ...bar, label: t(`report.column.${column}`) }))}
          maxBarWidth={48}
          // Room for a full amount beside the axis (¥12,345.00).
          yAxisProps={{ width: 96 }}
        />
      )}
    </Card>
  )
}

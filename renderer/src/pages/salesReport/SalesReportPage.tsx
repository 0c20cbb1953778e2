import { Alert, SimpleGrid, Stack, Group, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { maxPeriodDays } from '../reports/period'
import { SalesChart } from './SalesChart'
import { SalesPeriodPicker } from './SalesPeriodPicker'
import { SalesReportActions } from './SalesReportActions'
import { SalesSummary } from './SalesSummary'
import { CategoryTable, DayTable, TenderTable } from './SalesTables'
import { useSalesReport } from './useSalesReport'

/**
 * The daily sales report: what was sold and given back, day by day with a chart, by payment method
 * and by category; printable, exportable, and the accountant's export of the same period.
 */
export function SalesReportPage() {
  const { t } = useTranslation('sales')
  const { period, preset, tooLong, input, report, change } = useSalesReport()
  const data = report.data
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('report.title')}
        </Title>
        <SalesReportActions period={period} input={input} report={data} disabled={tooLong} />
      </Group>
      <SalesPeriodPicker key={preset} period={period} preset={preset} onChange={change} />
      {tooLong ? (
        <Alert color="orange" variant="light" data-testid="sales-too-long">
          {t('report.period.tooLong', { days: maxPeriodDays })}
        </Alert>
      ) : report.isError && !data ? (
        <LoadFailed error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <PageLoader />
      ) : (
        <>
          <SalesSummary totals={data.totals} currency={data.currency} />
          <SalesChart report={data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <TenderTable report={data} />
            <CategoryTable report={data} />
          </SimpleGrid>
          <DayTable report={data} />
        </>
      )}
    </Stack>
  )
}

import { Alert, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { StockReport } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { BelowReorderList } from './BelowReorderList'
import { CategoryTotals } from './CategoryTotals'
import { reportRows, saveFile, toCsv } from './exportFiles'
import { MovementChart } from './MovementChart'
import { maxPeriodDays, type DayPeriod } from './period'
import { lineMoved, reportTotals } from './reportColumns'
import { ReportFilters } from './ReportFilters'
import { ReportLines } from './ReportLines'
import { ReportSummary } from './ReportSummary'
import { useStockReport } from './useStockReport'
import { xlsxType, xlsxWorkbook } from './xlsx'

/** The categories a clerk can filter by: the catalogue's usual ones, those in the report, the chosen one. */
function categoryChoices(usual: unknown, report: StockReport | undefined, chosen: string): string[] {
  const names = new Set<string>(
    typeof usual === 'object' && usual !== null
      ? Object.values(usual).filter((name) => typeof name === 'string')
      : [],
  )
  for (const total of report?.categories ?? []) names.add(total.category)
  names.add(chosen)
  names.delete('')
  return [...names].sort((a, b) => a.localeCompare(b))
}

function fileStem(period: DayPeriod, category: string): string {
  return [period.start === period.end ? period.start : `${period.start}_${period.end}`, category]
    .filter(Boolean)
    .join('-')
}

/**
 * The daily stock report: what each part had at the start of the day (or range), what came in and
 * went out and why, what is left and what it is worth, by category, and what needs reordering.
 */
export function StockReportPage() {
  const { t } = useTranslation('reports')
  const navigate = useNavigate()
  const { period, category, showUnchanged, tooLong, input, report, change } = useStockReport()
  const currency = useApi('settings.get', {}).data?.currency ?? 'CNY'
  const data = report.data
  const usual: unknown = t('stock:form.categories', { returnObjects: true })
  const moved = data?.lines.filter(lineMoved) ?? []
  // What the table lists is what prints and exports.
  const listed = data && showUnchanged ? data.lines : moved

  const exportRows = (current: StockReport) =>
    reportRows(current, { column: (key) => t(`column.${key}`), uncategorised: t('category.none') }, currency)
  const fileName = (extension: string) =>
    `${t('file.name', { period: fileStem(period, category) })}.${extension}`
  const exportCsv = () => {
    if (data)
      saveFile(fileName('csv'), toCsv(exportRows({ ...data, lines: listed })), 'text/csv;charset=utf-8')
  }
  const exportXlsx = async () => {
    if (!data) return
    const workbook = await xlsxWorkbook(t('file.sheet'), exportRows({ ...data, lines: listed }))
    saveFile(fileName('xlsx'), workbook, xlsxType)
  }
  const print = () => {
    const params = new URLSearchParams({ from: input.from, to: input.to, category, autoprint: '1' })
    if (showUnchanged) params.set('lines', 'all')
    void navigate(`/print/stock-report?${params.toString()}`)
  }

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Group gap="xs">
          <Button onClick={print} disabled={!data || tooLong} data-testid="report-print">
            {t('actions.print')}
          </Button>
          <Button variant="default" disabled={!data || tooLong} onClick={exportCsv} data-testid="report-csv">
            {t('actions.csv')}
          </Button>
          <Button
            variant="default"
            disabled={!data || tooLong}
            onClick={() => void exportXlsx()}
            data-testid="report-xlsx"
          >
            {t('actions.xlsx')}
          </Button>
        </Group>
      </Group>
      <ReportFilters
        period={period}
        category={category}
        categories={categoryChoices(usual, data, category)}
        onChange={change}
      />
      {tooLong ? (
        <Alert color="orange" variant="light" data-testid="report-too-long">
          {t('period.tooLong', { days: maxPeriodDays })}
        </Alert>
      ) : report.isError && !data ? (
        <LoadFailed error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <PageLoader />
      ) : (
        <>
          <ReportSummary totals={reportTotals(data)} currency={currency} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <MovementChart movements={data.movementsByKind} />
            <CategoryTotals categories={data.categories} currency={currency} />
          </SimpleGrid>
          <ReportLines
            lines={listed}
            unchanged={data.lines.length - moved.length}
            showUnchanged={showUnchanged}
            onShowUnchanged={(show) => change({ showUnchanged: show })}
            currency={currency}
          />
          <BelowReorderList parts={data.belowReorder} />
        </>
      )}
    </Stack>
  )
}

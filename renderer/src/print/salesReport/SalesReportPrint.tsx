import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useShopLanguage } from '../../components/useShopLanguage'
import { periodLabel, periodOfInstants } from '../../pages/reports/period'
import { A4PrintFrame } from '../statement/A4PrintFrame'
import { SalesReportSheet } from './SalesReportSheet'

/**
 * `#/print/sales-report?from=…&to=…`: the sales report of a period (UTC instants, as the contract
 * takes them) on A4 landscape, grouped by the local days of this computer.
 */
export function SalesReportPrint() {
  const { t } = useTranslation('sales')
  const [search] = useSearchParams()
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const utcOffsetMinutes = from ? dayjs(from).utcOffset() : 0
  const report = usePrintApi('reports.sales', { from, to, utcOffsetMinutes }, { retry: false })
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const days = report.data ? periodOfInstants(report.data.from, report.data.to) : null
  const backTo = days
    ? `/reports/sales?${new URLSearchParams({ start: days.start, end: days.end }).toString()}`
    : '/reports/sales'
  return (
    <A4PrintFrame
      backTo={backTo}
      documentTitle={days ? t('print.documentTitle', { period: periodLabel(days) }) : null}
      drawn={Boolean(report.data && settings.data && localeReady)}
      error={report.error ?? settings.error}
      errorTitle={t('print.problem')}
    >
      {(ref) =>
        report.data &&
        settings.data && <SalesReportSheet ref={ref} report={report.data} settings={settings.data} />
      }
    </A4PrintFrame>
  )
}

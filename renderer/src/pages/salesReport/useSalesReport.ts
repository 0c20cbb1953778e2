import { keepPreviousData } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { maxPeriodDays, periodDays, periodFromSearch, type DayPeriod } from '../reports/period'
import { presetOf, salesReportInput } from './salesPeriod'

/**
 * The sales report the page shows. Its period lives in the address (`?start&end`), so going back
 * from the printed view, or reloading, shows the same report.
 */
export function useSalesReport() {
  const [search, setSearch] = useSearchParams()
  const period = periodFromSearch(search)
  const preset = presetOf(period)
  const tooLong = periodDays(period) > maxPeriodDays
  const input = salesReportInput(period)
  const report = useApi('reports.sales', input, { placeholderData: keepPreviousData, enabled: !tooLong })

  const change = (next: DayPeriod) => {
    const params = new URLSearchParams(search)
    params.set('start', next.start)
    params.set('end', next.end)
    setSearch(params, { replace: true })
  }

  return { period, preset, tooLong, input, report, change }
}

import { keepPreviousData } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { maxPeriodDays, periodDays, periodFromSearch, periodInstants, type DayPeriod } from './period'

/**
 * The report the page shows: its period, category and whether parts that did not move are listed
 * live in the address (`?start&end&category&lines=all`),
 * so going back from the printed view, or reloading, shows the same report.
 */
export function useStockReport() {
  const [search, setSearch] = useSearchParams()
  const period = periodFromSearch(search)
  const category = search.get('category') ?? ''
  const showUnchanged = search.get('lines') === 'all'
  const tooLong = periodDays(period) > maxPeriodDays
  const input = { ...periodInstants(period), category }
  const report = useApi('reports.stock', input, { placeholderData: keepPreviousData, enabled: !tooLong })

  const change = (next: { period?: DayPeriod; category?: string; showUnchanged?: boolean }) => {
    const params = new URLSearchParams(search)
    const chosen = next.period ?? period
    params.set('start', chosen.start)
    params.set('end', chosen.end)
    const nextCategory = next.category ?? category
    if (nextCategory) params.set('category', nextCategory)
    else params.delete('category')
    if (next.showUnchanged ?? showUnchanged) params.set('lines', 'all')
    else params.delete('lines')
    setSearch(params, { replace: true })
  }

  return { period, category, showUnchanged, tooLong, input, report, change }
}

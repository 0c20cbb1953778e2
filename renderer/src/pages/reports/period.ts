/**
 * The report's period. People pick the shop's local days; the core takes UTC instants. A period of
 * days runs from the first day's local midnight to the midnight after the last day, so a day of a
 * clock change is 23 or 25 hours long, as it was in the shop. No React here: tested under Node.
 */
import dayjs from 'dayjs'

/** Local days as `YYYY-MM-DD`, first and last included. */
export interface DayPeriod {
  start: string
  end: string
}

/** The contract refuses a period over 370 × 24 hours; a year and a day of local days fits in it. */
export const maxPeriodDays = 366

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

export function today(): string {
  return dayjs().format('YYYY-MM-DD')
}

function isDay(text: string | null): text is string {
  return text !== null && dayPattern.test(text) && dayjs(text).format('YYYY-MM-DD') === text
}

/** Reads `?start=…&end=…` from the report's address; anything missing or broken means today. */
export function periodFromSearch(search: URLSearchParams): DayPeriod {
  const start = search.get('start')
  const end = search.get('end')
  if (!isDay(start)) return { start: today(), end: today() }
  return { start, end: isDay(end) && end >= start ? end : start }
}

export function periodDays(period: DayPeriod): number {
  return dayjs(period.end).diff(dayjs(period.start), 'day') + 1
}

/** The instants the core is asked for: [local midnight of start, local midnight after end). */
export function periodInstants(period: DayPeriod): { from: string; to: string } {
  return {
    from: dayjs(period.start).startOf('day').toISOString(),
    to: dayjs(period.end).add(1, 'day').startOf('day').toISOString(),
  }
}

/** The local days an instant period covers (the inverse of periodInstants). */
export function periodOfInstants(from: string, to: string): DayPeriod {
  return {
    start: dayjs(from).format('YYYY-MM-DD'),
    end: dayjs(to).subtract(1, 'millisecond').format('YYYY-MM-DD'),
  }
}

/** "2025-03-01", or "2025-03-01 – 2025-03-07" for a range. */
export function periodLabel(period: DayPeriod): string {
  return period.start === period.end ? period.start : `${period.start} – ${period.end}`
}

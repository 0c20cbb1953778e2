/**
 * The sales report's period: today, this week (from Monday, as shops in China count it), this
 * month, or any range of local days; and what the core is asked for. No React here: tested under Node.
 */
import dayjs from 'dayjs'
import { periodInstants, today, type DayPeriod } from '../reports/period'

export const periodPresets = ['today', 'week', 'month', 'range'] as const
export type PeriodPreset = (typeof periodPresets)[number]

/** The days a preset covers, up to `day` (today): a week or month so far. */
export function presetPeriod(preset: Exclude<PeriodPreset, 'range'>, day: string = today()): DayPeriod {
  const date = dayjs(day)
  if (preset === 'week') {
    // dayjs counts Sunday as 0; the shop's week starts on Monday.
    const sinceMonday = (date.day() + 6) % 7
    return { start: date.subtract(sinceMonday, 'day').format('YYYY-MM-DD'), end: day }
  }
  if (preset === 'month') return { start: date.startOf('month').format('YYYY-MM-DD'), end: day }
  return { start: day, end: day }
}

/** The preset a period is, so the picker shows it chosen; anything else is a range. */
export function presetOf(period: DayPeriod, day: string = today()): PeriodPreset {
  for (const preset of ['today', 'week', 'month'] as const) {
    const candidate = presetPeriod(preset, day)
    if (candidate.start === period.start && candidate.end === period.end) return preset
  }
  return 'range'
}

/**
 * The report's input: the local days as UTC instants, and the shop's offset from UTC so the core
 * groups by local day (the offset of the period's first day; a clock change inside a period moves
 * that day's boundary by the hour it changed).
 */
export function salesReportInput(period: DayPeriod): { from: string; to: string; utcOffsetMinutes: number } {
  return { ...periodInstants(period), utcOffsetMinutes: dayjs(period.start).utcOffset() }
}

/** A file name's period part: `2025-03-01` or `2025-03-01_2025-03-31`. */
export function periodStem(period: DayPeriod): string {
  return period.start === period.end ? period.start : `${period.start}_${period.end}`
}

/** What the count page works out from a count's lines: which to show, and the totals of a post. */
import type { StockCount } from '../../../../shared/contract'

export type CountLine = StockCount['lines'][number]

export const lineFilters = ['all', 'uncounted', 'variance'] as const
export type LineFilter = (typeof lineFilters)[number]

export function filterLines(lines: CountLine[], filter: LineFilter): CountLine[] {
  if (filter === 'uncounted') return lines.filter((line) => line.counted === null)
  if (filter === 'variance') return lines.filter((line) => line.variance !== null && line.variance !== 0)
  return lines
}

/** What posting will do: one correction per counted line with a variance; uncounted lines stay. */
export function postingSummary(count: StockCount): {
  corrections: number
  unitsIn: number
  unitsOut: number
  uncounted: number
  valueMinor: number
} {
  let corrections = 0
  let unitsIn = 0
  let unitsOut = 0
  for (const line of count.lines) {
    if (!line.variance) continue
    corrections += 1
    if (line.variance > 0) unitsIn += line.variance
    else unitsOut -= line.variance
  }
  return {
    corrections,
    unitsIn,
    unitsOut,
    uncounted: count.lineCount - count.countedCount,
    valueMinor: count.varianceValueMinor,
  }
}

/** Green for found stock, red for missing stock, grey when the shelf matched. */
export function varianceColor(variance: number | null): string | undefined {
  if (variance === null) return undefined
  if (variance > 0) return 'teal'
  if (variance < 0) return 'red'
  return 'dimmed'
}

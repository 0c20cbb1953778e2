/**
 * What the stock report shows for each part, in one list the screen, the printed sheet and the
 * exported files share, and the figures of its summary. No React here: tested under Node.
 */
import type { StockReport, StockReportLine } from '../../../../shared/contract'
import { formatCount, signedQuantity } from '../../components/quantity'

/** How a figure reads: units in, units out, a signed change, a plain count, or money. */
export type FigureKind = 'in' | 'out' | 'signed' | 'count' | 'money'

export type FigureKey = {
  [K in keyof StockReportLine]: StockReportLine[K] extends number ? K : never
}[keyof StockReportLine]

export interface FigureColumn {
  key: FigureKey
  kind: FigureKind
  /** Shown on screen and on paper only when some line has it; exported files always have it. */
  optional: boolean
}

export const figureColumns: readonly FigureColumn[] = [
  { key: 'opening', kind: 'count', optional: false },
  { key: 'received', kind: 'in', optional: false },
  { key: 'usedOnRepairs', kind: 'out', optional: false },
  { key: 'returnedFromRepairs', kind: 'in', optional: true },
  { key: 'sold', kind: 'out', optional: false },
  { key: 'returnedBySales', kind: 'in', optional: true },
  { key: 'returnedToSuppliers', kind: 'out', optional: true },
  { key: 'adjusted', kind: 'signed', optional: false },
  { key: 'countCorrections', kind: 'signed', optional: true },
  { key: 'transferred', kind: 'signed', optional: true },
  { key: 'closing', kind: 'count', optional: false },
  { key: 'closingAverageCostMinor', kind: 'money', optional: false },
  { key: 'closingValueMinor', kind: 'money', optional: false },
]

/** The columns worth a place on screen and paper: optional ones only when some line has them. */
export function visibleColumns(lines: readonly StockReportLine[]): FigureColumn[] {
  return figureColumns.filter((column) => !column.optional || lines.some((line) => line[column.key] !== 0))
}

export interface ReportTotals {
  opening: number
  unitsIn: number
  unitsOut: number
  closing: number
  closingValueMinor: number
}

/** The whole report's units and value: the sum of its categories. */
export function reportTotals(report: StockReport): ReportTotals {
  const totals: ReportTotals = { opening: 0, unitsIn: 0, unitsOut: 0, closing: 0, closingValueMinor: 0 }
  for (const category of report.categories) {
    totals.opening += category.opening
    totals.unitsIn += category.unitsIn
    totals.unitsOut += category.unitsOut
    totals.closing += category.closing
  }
  totals.closingValueMinor = report.totalClosingValueMinor
  return totals
}

/** Lines grouped under their category, in the report's order (category, then SKU). */
export function linesByCategory(lines: readonly StockReportLine[]): [string, StockReportLine[]][] {
  const groups = new Map<string, StockReportLine[]>()
  for (const line of lines) {
    const group = groups.get(line.category) ?? []
    group.push(line)
    groups.set(line.category, group)
  }
  return [...groups]
}

/** How a figure is written: units as counts (signed changes with their sign), money by `money`. */
export function figureText(kind: FigureKind, value: number, money: (minor: number) => string): string {
  if (kind === 'money') return money(value)
  if (kind === 'signed') return signedQuantity(value)
  return formatCount(value)
}

/** Whether a figure reads as stock coming in, going out, nothing, or neither (a balance). */
export function figureTone(kind: FigureKind, value: number): 'in' | 'out' | 'zero' | null {
  if (kind === 'money' || kind === 'count') return value < 0 ? 'out' : null
  if (value === 0) return 'zero'
  if (kind === 'signed') return value > 0 ? 'in' : 'out'
  return kind
}

/** The sum of a figure over lines; an average cost has no meaningful sum. */
export function columnTotal(column: FigureColumn, lines: readonly StockReportLine[]): number | null {
  if (column.key === 'closingAverageCostMinor') return null
  return lines.reduce((sum, line) => sum + line[column.key], 0)
}

/** Whether a part's stock changed in the period (a part only on the shelf is listed too). */
export function lineMoved(line: StockReportLine): boolean {
  return (
    line.opening !== line.closing ||
    figureColumns.some(
      (column) => column.kind !== 'count' && column.kind !== 'money' && line[column.key] !== 0,
    )
  )
}

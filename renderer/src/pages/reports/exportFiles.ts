/**
 * The stock report as files a manager opens in Excel or WPS: CSV (UTF-8 with a byte-order mark, so
 * Excel reads the Chinese names) and XLSX. Both are made here in the browser; no React here.
 */
import type { StockReport } from '../../../../shared/contract'
import { currencyDecimals, type Currency } from '../../../../shared/domain/money'
import { figureColumns } from './reportColumns'

export type Cell = string | number

export interface ExportLabels {
  /** The heading of a column: sku, name, category, unit, or a figure's key. */
  column: (key: string) => string
  uncategorised: string
}

/** One heading row, then a row per line with every figure; money in major units (12.5 = ¥12.50). */
export function reportRows(report: StockReport, labels: ExportLabels, currency: Currency): Cell[][] {
  const scale = 10 ** currencyDecimals(currency)
  const heading = ['sku', 'name', 'category', 'unit', ...figureColumns.map((column) => column.key)]
  return [
    heading.map((key) => labels.column(key)),
    ...report.lines.map((line) => [
      line.sku,
      line.name,
      line.category || labels.uncategorised,
      line.unit,
      ...figureColumns.map((column) =>
        column.kind === 'money' ? line[column.key] / scale : line[column.key],
      ),
    ]),
  ]
}

/**
 * A text cell that a spreadsheet would take for a formula (a name typed as "=1+1" or "@home") gets
 * an apostrophe in front, so opening the file never runs what someone typed into the catalogue.
 */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return String(cell)
  const text = safeText(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV as Excel expects it: a byte-order mark, commas, CRLF line ends. */
export function toCsv(rows: readonly Cell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** Hands a file to the browser's downloads through a temporary link. */
export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the link; the browser no longer needs the address.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * The columns of a catalogue file and how a file's table becomes the rows `parts.import` checks.
 * Headings are recognised in every language we ship (and as the contract's own keys), whatever the
 * language of the screen: a Shenzhen shop's file with 编码/名称 imports on an English screen too.
 * Money in a file is in major units, as people type it (12.50); the core takes minor units.
 */
import { parseMoney, type Currency } from '../../../../../shared/domain/money'

type CellKind = 'text' | 'money' | 'count'

export interface ImportColumn {
  /** Its heading's key under `catalogueFiles:columns`. */
  key: string
  /** The field of `parts.import`'s row it fills. */
  field: string
  kind: CellKind
}

export const importColumns: readonly ImportColumn[] = [
  { key: 'sku', field: 'sku', kind: 'text' },
  { key: 'name', field: 'name', kind: 'text' },
  { key: 'category', field: 'category', kind: 'text' },
  { key: 'brand', field: 'brand', kind: 'text' },
  { key: 'compatibleModels', field: 'compatibleModels', kind: 'text' },
  { key: 'unit', field: 'unit', kind: 'text' },
  { key: 'barcodes', field: 'barcodes', kind: 'text' },
  { key: 'price', field: 'priceMinor', kind: 'money' },
  { key: 'reorderPoint', field: 'reorderPoint', kind: 'count' },
  { key: 'reorderQuantity', field: 'reorderQuantity', kind: 'count' },
  { key: 'bin', field: 'bin', kind: 'text' },
  { key: 'supplier', field: 'supplierName', kind: 'text' },
  { key: 'openingQuantity', field: 'openingQuantity', kind: 'count' },
  { key: 'openingCost', field: 'openingCostMinor', kind: 'money' },
]

/** Headings compared without case, spaces, underscores or a trailing colon. */
function normalise(heading: string): string {
  return heading
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_:：]/g, '')
}

/** Every locale's heading for each column (`catalogueFiles:columns` in each locale's resources). */
export function headingsInEveryLocale(
  resources: Record<string, Record<string, Record<string, unknown>>>,
): Record<string, string[]> {
  const headings: Record<string, string[]> = {}
  for (const namespaces of Object.values(resources)) {
    const columns = (namespaces.catalogueFiles?.columns ?? {}) as Record<string, string>
    for (const [key, heading] of Object.entries(columns)) headings[key] = [...(headings[key] ?? []), heading]
  }
  return headings
}

/**
 * Finds the column a heading names. `headings` holds, per column key, the words each locale uses
 * for it (from the locale files); the column's key and contract field are always accepted.
 */
export function headingMatcher(
  headings: Record<string, readonly string[]>,
): (heading: string) => ImportColumn | null {
  const byHeading = new Map<string, ImportColumn>()
  for (const column of importColumns) {
    for (const word of [column.key, column.field, ...(headings[column.key] ?? [])]) {
      byHeading.set(normalise(word), column)
    }
  }
  return (heading) => byHeading.get(normalise(heading)) ?? null
}

/** A spreadsheet's text, minus the apostrophe our export puts before text that looks like a formula. */
function cellText(cell: string): string {
  const text = cell.trim()
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text
}

/**
 * A cell as the row schema takes it. An amount or count that cannot be read is passed on as text,
 * so the core reports it as that row's error in the preview instead of the file being refused whole.
 */
function cellValue(kind: CellKind, text: string, currency: Currency): unknown {
  if (kind === 'money') return parseMoney(text, currency) ?? text
  if (kind === 'count') return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
  return text
}

export interface ImportTable {
  rows: Record<string, unknown>[]
  /** The columns found, in the file's order. */
  columns: ImportColumn[]
  /** Headings that name none of our columns (e.g. "On hand" from an export); their cells are left out. */
  ignored: string[]
}

/**
 * Turns a file's table (first row: headings) into import rows keyed by our field names. A blank
 * cell is sent as '' (the field's default for a new part; for an existing part, the column says
 * "set this to nothing"); trailing blank lines, which spreadsheets leave behind, are dropped.
 */
export function tableToImportRows(
  table: readonly (readonly string[])[],
  match: (heading: string) => ImportColumn | null,
  currency: Currency,
): ImportTable {
  const [headingRow = [], ...body] = table
  const found = headingRow.map((heading) => match(heading))
  const columns: ImportColumn[] = []
  const ignored: string[] = []
  headingRow.forEach((heading, index) => {
    const column = found[index]
    if (column && !columns.includes(column)) columns.push(column)
    else if (!column && heading.trim() !== '') ignored.push(heading.trim())
  })
  let end = body.length
  while (end > 0 && (body[end - 1] ?? []).every((cell) => cell.trim() === '')) end -= 1
  const rows = body.slice(0, end).map((cells) => {
    const row: Record<string, unknown> = {}
    found.forEach((column, index) => {
      if (!column || column.field in row) return
      const text = cellText(cells[index] ?? '')
      row[column.field] = text === '' ? '' : cellValue(column.kind, text, currency)
    })
    return row
  })
  return { rows, columns, ignored }
}

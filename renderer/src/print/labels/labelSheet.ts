/**
 * Pure rules for part labels: what the labels view was asked to print, which code a label carries,
 * and where each label falls on the paper. No React and no DOM, so the rules run under Node.
 */

/** One label per page on a label printer's roll, or a sheet of A4 labels on an office printer. */
export const labelSizes = ['40x30', '50x25', '60x40', 'a4'] as const
export type LabelSize = (typeof labelSizes)[number]

/** The A4 sheet most shops buy: 3 columns × 8 rows of 70 × 37 mm, edge to edge, no gaps. */
const sheetGrid = { columns: 3, rows: 8, widthMm: 70, heightMm: 37 } as const
export const labelsPerSheet = sheetGrid.columns * sheetGrid.rows

/** A label printer is fed one order at a time; beyond this a clerk has mistyped the copies. */
export const maxCopies = 500

interface LabelRequest {
  partId: string
  copies: number
}

export interface LabelOptions {
  parts: LabelRequest[]
  size: LabelSize
  /** On an A4 sheet, the first free position (1 = top left, row by row), so a used sheet is reused. */
  start: number
  /** The desktop app loaded the view in a hidden window and prints it itself. */
  native: boolean
  /** Open the browser's print dialog as soon as the labels are drawn (browser only). */
  autoPrint: boolean
}

function wholeNumber(text: string | null | undefined, fallback: number, min: number, max: number): number {
  const value = Number.parseInt(text ?? '', 10)
  if (!Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, value))
}

/**
 * Reads `?parts=<id>:<copies>,<id>:<copies>&size=40x30|50x25|60x40|a4&start=1&native=1&autoprint=1`.
 * A part without copies gets one; unknown sizes fall back to 40 × 30 mm; a part asked for twice
 * keeps both requests, in order.
 */
export function parseLabelOptions(search: URLSearchParams): LabelOptions {
  const parts = (search.get('parts') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [partId = '', copies] = entry.split(':')
      return { partId, copies: wholeNumber(copies, 1, 1, maxCopies) }
    })
    .filter((request) => request.partId !== '')
  const size = labelSizes.find((candidate) => candidate === search.get('size')) ?? '40x30'
  const native = search.get('native') === '1'
  return {
    parts,
    size,
    start: wholeNumber(search.get('start'), 1, 1, labelsPerSheet),
    native,
    autoPrint: !native && search.get('autoprint') === '1',
  }
}

/** The query string that asks for these labels; the inverse of parseLabelOptions. */
export function labelSearch(options: Partial<LabelOptions> & Pick<LabelOptions, 'parts'>): string {
  const search = new URLSearchParams()
  search.set('parts', options.parts.map((request) => `${request.partId}:${request.copies}`).join(','))
  search.set('size', options.size ?? '40x30')
  if (options.size === 'a4' && options.start && options.start > 1) search.set('start', String(options.start))
  if (options.native) search.set('native', '1')
  if (options.autoPrint) search.set('autoprint', '1')
  // Keep the list readable in the address bar: ids are plain, only ':' and ',' would be escaped.
  return search.toString().replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** Code128 carries ASCII only; a code with anything else cannot be scanned from a label. */
export function encodable(code: string): boolean {
  return code !== '' && /^[\x20-\x7e]+$/.test(code)
}

/** What the label's barcode encodes: the part's first barcode a scanner can read, else its SKU. */
export function labelCode(part: { barcodes: readonly string[]; sku: string }): string {
  return part.barcodes.find(encodable) ?? part.sku
}

/** Every copy of every requested part, in order: one entry per label printed. */
export function expandCopies<T>(items: readonly { item: T; copies: number }[]): T[] {
  return items.flatMap(({ item, copies }) => Array.from({ length: copies }, () => item))
}

/**
 * Lays labels out on A4 sheets: each sheet is `labelsPerSheet` cells, row by row; the first sheet's
 * cells before `start` stay empty (already peeled off), and the last sheet is padded with empty cells.
 */
export function sheetsOf<T>(labels: readonly T[], start: number): (T | null)[][] {
  if (labels.length === 0) return []
  const skipped = Math.min(Math.max(start, 1), labelsPerSheet) - 1
  const cells: (T | null)[] = [...Array.from({ length: skipped }, () => null), ...labels]
  const sheets: (T | null)[][] = []
  for (let first = 0; first < cells.length; first += labelsPerSheet) {
    const sheet = cells.slice(first, first + labelsPerSheet)
    while (sheet.length < labelsPerSheet) sheet.push(null)
    sheets.push(sheet)
  }
  return sheets
}

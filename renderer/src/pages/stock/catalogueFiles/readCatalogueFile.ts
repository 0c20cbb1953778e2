/**
 * Reads a catalogue file the clerk picked into a table of text cells, in the browser. CSV files from
 * Excel come as UTF-8 (often with a byte-order mark) or, from a Chinese Windows, as GBK; XLSX files
 * are read with ExcelJS, loaded only when one is chosen.
 */
import Papa from 'papaparse'

/**
 * CSV bytes as text: UTF-8 when they are valid UTF-8 (the byte-order mark dropped), else GBK, which
 * Excel on a Chinese Windows writes ("CSV (逗号分隔)"). GBK decoding covers GB2312 as well.
 */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder('gbk').decode(bytes)
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

/** CSV text as rows of cells; the delimiter (comma, semicolon, tab) is detected. */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false })
  const rows = parsed.data
  // Papa reports a last line ending in a line break as one empty cell: not a row of the file.
  const last = rows.at(-1)
  if (last?.length === 1 && last[0] === '') rows.pop()
  return rows
}

/** The first sheet of a workbook as text cells (a formula gives its result, a date its text). */
export async function parseXlsx(buffer: ArrayBuffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber)
    const cells: string[] = []
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text)
    rows.push(cells)
  }
  return rows
}

export function isSpreadsheet(fileName: string): boolean {
  return /\.xlsx$/i.test(fileName)
}

export async function readCatalogueFile(file: File): Promise<string[][]> {
  const buffer = await file.arrayBuffer()
  return isSpreadsheet(file.name) ? parseXlsx(buffer) : parseCsv(decodeCsv(new Uint8Array(buffer)))
}

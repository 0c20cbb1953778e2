/**
 * Excel workbooks through ExcelJS: each sheet with a bold, frozen heading row, numbers as numbers,
 * text as text (never a formula). ExcelJS is loaded only when someone asks for the file.
 */
import type { Cell } from './exportFiles'

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface Sheet {
  name: string
  rows: Cell[][]
}

export async function xlsxSheets(sheets: readonly Sheet[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  for (const { name, rows } of sheets) {
    // Excel allows 31 characters in a sheet name, and none of []:*?/\ .
    const sheet = workbook.addWorksheet(name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    })
    sheet.addRows(rows)
    sheet.getRow(1).font = { bold: true }
  }
  return workbook.xlsx.writeBuffer()
}

/** A workbook of one sheet. */
export function xlsxWorkbook(sheetName: string, rows: Cell[][]): Promise<ArrayBuffer> {
  return xlsxSheets([{ name: sheetName, rows }])
}

/**
 * A one-sheet Excel workbook through ExcelJS: a bold, frozen heading row, numbers as numbers, text
 * as text (never a formula). ExcelJS is loaded only when a manager asks for the file.
 */
import type { Cell } from './exportFiles'

export async function xlsxWorkbook(sheetName: string, rows: Cell[][]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  // Excel allows 31 characters in a sheet name, and none of []:*?/\ .
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  sheet.addRows(rows)
  sheet.getRow(1).font = { bold: true }
  return workbook.xlsx.writeBuffer()
}

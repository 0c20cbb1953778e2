/**
 * An Excel workbook of several sheets, each as reports/xlsx.ts makes its one sheet: a bold, frozen
 * heading row, numbers as numbers, text as text. ExcelJS is loaded only when someone asks for a file.
 */
import type { Cell } from '../reports/exportFiles'

interface Sheet {
  name: string
  rows: Cell[][]
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

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

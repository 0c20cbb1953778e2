import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { xlsxWorkbook } from './xlsx'

describe('the Excel export', () => {
  it('writes a workbook Excel reads back: Chinese text, numbers as numbers, a bold frozen heading', async () => {
    const buffer = await xlsxWorkbook('库存日报 2026-11-25', [
      ['编码', '名称', '期末'],
      ['SCR-IP13', 'iPhone 13 屏幕总成', 8],
      ['=cmd', '电池', -2],
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.name).toBe('库存日报 2026-11-25')
    expect(sheet.getRow(2).values).toEqual([undefined, 'SCR-IP13', 'iPhone 13 屏幕总成', 8])
    expect(sheet.getCell('A3').value).toBe('=cmd')
    expect(sheet.getCell('C3').value).toBe(-2)
    expect(sheet.getRow(1).font.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('keeps a sheet name within what Excel accepts', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsxWorkbook('a/b:c*'.repeat(10), [['x']]))
    expect(workbook.worksheets[0]!.name).toHaveLength(31)
    expect(workbook.worksheets[0]!.name).not.toMatch(/[/:*]/)
  })
})

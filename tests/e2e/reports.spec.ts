import ExcelJS from 'exceljs'
import fs from 'node:fs'
import { Reports } from './pages/reports'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

/** A local day as the report's address takes it. */
function localDay(offsetDays = 0): string {
  const day = new Date()
  day.setDate(day.getDate() + offsetDays)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

test.describe('daily stock report (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager receives 10, writes off 2 damaged, and reads and prints the day: 0 in 10 out 2 left 8', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const reports = new Reports(page)
    await reports.countPrintRequests()
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openParts()
    await stock.addPart({ sku: 'scr-ip13', name: 'iPhone 13 屏幕总成', brand: 'Apple', reorderPoint: '10' })
    await stock.receive('10', '12.50')
    await stock.adjust('-2', '损坏')
    await expect(stock.onHand()).toHaveText('8')

    await reports.open()
    await reports.expectFigures({ opening: '0', in: '10', out: '2', closing: '8', value: '¥100.00' })
    await expect(reports.lines()).toHaveCount(1)
    await expect(reports.figure('SCR-IP13', 'opening')).toHaveText('0')
    await expect(reports.figure('SCR-IP13', 'received')).toHaveText('10')
    await expect(reports.figure('SCR-IP13', 'adjusted')).toHaveText('−2')
    await expect(reports.figure('SCR-IP13', 'closing')).toHaveText('8')
    await expect(reports.figure('SCR-IP13', 'closingAverageCostMinor')).toHaveText('¥12.50')
    await expect(reports.figure('SCR-IP13', 'closingValueMinor')).toHaveText('¥100.00')
    await expect(reports.chartKinds()).toHaveText([/入库.*\+10/, /库存调整.*−2/])
    // 8 left against a reorder point of 10.
    await expect(reports.belowReorder()).toHaveCount(1)
    await expect(reports.belowReorder()).toContainText('iPhone 13 屏幕总成')
    await keepScreenshot(page, testInfo, 'zh-CN-stock-report')

    const printed = await reports.print()
    fs.writeFileSync(testInfo.outputPath('stock-report.pdf'), printed.pdf)
    await testInfo.attach('stock-report.pdf', { body: printed.pdf, contentType: 'application/pdf' })
    expect(printed.text).toContain('库存日报')
    expect(printed.text).toContain(localDay())
    expect(printed.text).toContain('期初 0 · 入库 10 · 出库 2 · 期末 8 · 金额 ¥100.00')
    expect(printed.text).toContain('SCR-IP13')
    expect(printed.text).toContain('iPhone 13 屏幕总成')
    expect(printed.text).toContain('达到或低于补货点')
    await keepScreenshot(page, testInfo, 'zh-CN-stock-report-print')

    await reports.backFromPrint()
    await reports.expectFigures({ opening: '0', in: '10', out: '2', closing: '8', value: '¥100.00' })

    // Yesterday the part did not exist yet: nothing was on the shelves.
    await reports.openPeriod(localDay(-1))
    await reports.expectFigures({ opening: '0', in: '0', out: '0', closing: '0', value: '¥0.00' })
    await expect(reports.lines()).toHaveCount(0)
  })
})

test.describe('daily stock report (English)', () => {
  test.use({ locale: 'en-US' })

  test('a manager reads the week, exports it to CSV and Excel, then looks at today alone', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const reports = new Reports(page)
    await stock.setUpShop({ currency: 'USD' })
    await stock.openParts()
    await stock.addPart({ sku: 'BAT-P30', name: 'Huawei P30 battery 电池', reorderPoint: '2' })
    await stock.receive('6', '4.25')
    await stock.adjust('-1', 'Lost')

    await reports.openPeriod(localDay(-6), localDay())
    await reports.expectFigures({ opening: '0', in: '6', out: '1', closing: '5', value: '$21.25' })
    await expect(reports.figure('BAT-P30', 'adjusted')).toHaveText('−1')
    await expect(reports.belowReorder()).toHaveCount(0)
    await keepScreenshot(page, testInfo, 'en-stock-report')

    const csv = await reports.export('csv')
    expect(csv.name).toBe(`stock-report-${localDay(-6)}_${localDay()}.csv`)
    const text = csv.bytes.toString('utf8')
    expect(text.startsWith('\uFEFFSKU,Part,Category,Unit,Opening,Received,')).toBe(true)
    expect(text).toContain(
      'BAT-P30,Huawei P30 battery 电池,Uncategorised,,0,6,0,0,0,0,0,-1,0,0,5,4.25,21.25\r\n',
    )

    const xlsx = await reports.export('xlsx')
    expect(xlsx.name).toBe(`stock-report-${localDay(-6)}_${localDay()}.xlsx`)
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer)
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String)
    expect(cells).toContain('Huawei P30 battery 电池')

    // One day from the range is its last day: today, with the same figures.
    await reports.chooseOneDay()
    await expect(reports.dateShown()).toHaveText(localDay())
    await reports.expectFigures({ opening: '0', in: '6', out: '1', closing: '5', value: '$21.25' })
  })
})

/**
 * The day's money as a manager and the accountant read it, end to end through the real UI: three
 * counter sales and a refund (made through the API) shown on the sales report with its chart,
 * exported to CSV and Excel, the accountant's files, the printed report; a customer who still owes
 * for a sale on money owed, on their page, and on a printed statement whose balance is what they owe.
 */
import ExcelJS from 'exceljs'
import { keepPdf, MoneyOwed, SalesReportScreen, SalesSetup } from './pages/sales'
import { expect, keepScreenshot, test } from './fixtures'

/** A local day as the report's address and files name it. */
function localDay(offsetDays = 0): string {
  const day = new Date()
  day.setDate(day.getDate() + offsetDays)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

const yuan = (minor: number) =>
  new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(minor / 100)

/** A screen, a case; a walk-in pays cash, another WeChat; 李雷 pays part by card; one case comes back. */
async function aDayAtTheCounter(setup: SalesSetup) {
  await setup.countInYuan()
  const screen = await setup.part('SCR-IP13', 'iPhone 13 屏幕总成', '屏幕', 68000, 30000)
  const shell = await setup.part('CASE-01', '手机壳', '配件', 3500, 800)
  const customer = await setup.customer('李雷', '13900139000')
  await setup.openDrawer()
  const firstLines = [{ partId: screen.id }, { partId: shell.id, quantity: 2 }]
  const first = await setup.sell(firstLines, [
    { tender: 'cash', amountMinor: await setup.totalOf(firstLines) },
  ])
  const second = await setup.sell([{ partId: shell.id }], [{ tender: 'wechat', amountMinor: 3500 }])
  const owing = await setup.sell(
    [{ partId: screen.id }],
    [{ tender: 'card', amountMinor: 40000 }],
    customer.id,
  )
  const refund = await setup.refund(first, shell.id, '颜色不喜欢')
  // The app read the shop's settings before the currency changed.
  await setup.page.reload()
  return { first, second, owing, refund }
}

test.describe('sales report and money owed (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager reads the day with its chart, exports it for the accountant and prints it', async ({
    page,
  }, testInfo) => {
    const setup = new SalesSetup(page)
    const report = new SalesReportScreen(page)
    await report.countPrintRequests()
    const { first, second, owing, refund } = await aDayAtTheCounter(setup)
    const sales = first.totalMinor + second.totalMinor + owing.totalMinor

    await report.open()
    await expect(report.figure('total')).toHaveText(yuan(sales))
    await expect(report.figure('refunds')).toHaveText(yuan(refund.totalMinor))
    await expect(report.figure('net')).toHaveText(yuan(sales - refund.totalMinor))
    await expect(report.dayFigure(localDay(), 'invoices')).toHaveText('3')
    await expect(report.chartBars().first()).toBeVisible()
    await expect(report.tender('cash')).toContainText(yuan(first.totalMinor))
    await expect(report.tender('cash')).toContainText(yuan(refund.totalMinor))
    await expect(report.tender('wechat')).toContainText(yuan(3500))
    await expect(report.tender('card')).toContainText(yuan(40000))
    await expect(report.category('屏幕')).toContainText(yuan(2 * 68000))
    await expect(report.category('配件')).toContainText(yuan(refund.totalMinor))
    await keepScreenshot(page, testInfo, 'zh-CN-sales-report')

    const csv = await report.export('csv')
    expect(csv.name).toBe(`销售日报 ${localDay()}.csv`)
    const text = csv.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF日期,单数,销售额,退款,')).toBe(true)
    expect(text).toContain(`${localDay()},3,${sales / 100},${refund.totalMinor / 100},`)

    const xlsx = await report.export('xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['按日明细', '按付款方式', '按类别'])
    expect(workbook.worksheets[0]?.getCell('C2').value).toBe(sales / 100)

    const accountantFiles = await report.exportForAccountant('csv')
    const documents = accountantFiles.find((file) => file.name.startsWith('销售单'))
    const payments = accountantFiles.find((file) => file.name.startsWith('收付款'))
    expect(documents?.name).toBe(`销售单 ${localDay()}.csv`)
    expect(payments?.name).toBe(`收付款 ${localDay()}.csv`)
    const documentText = documents?.bytes.toString('utf8') ?? ''
    expect(documentText).toContain(`${first.number},销售单,`)
    expect(documentText).toContain(`${refund.number},红字冲销单,`)
    expect(documentText).toContain(`,${first.number},-`)
    expect(payments?.bytes.toString('utf8')).toContain(`退款,现金,-${refund.totalMinor / 100},`)
    const [accounts] = await report.exportForAccountant('xlsx')
    const books = new ExcelJS.Workbook()
    await books.xlsx.load(new Uint8Array(accounts?.bytes ?? Buffer.alloc(0)).buffer)
    expect(books.worksheets.map((sheet) => sheet.name)).toEqual(['销售单与红字冲销单', '收付款'])
    expect(books.worksheets[0]?.rowCount).toBe(5)

    const printed = await report.print()
    keepPdf(testInfo, 'zh-CN-sales-report-print', printed.pdf)
    expect(printed.text).toContain('销售日报')
    expect(printed.text).toContain(localDay())
    expect(printed.text).toContain(yuan(sales))
    expect(printed.text).toContain('按付款方式')
    await keepScreenshot(page, testInfo, 'zh-CN-sales-report-print')
  })

  test('a customer who paid part of a sale is on money owed and gets a statement of what is owed', async ({
    page,
  }, testInfo) => {
    const setup = new SalesSetup(page)
    const owed = new MoneyOwed(page)
    const { owing } = await aDayAtTheCounter(setup)
    const due = owing.totalMinor - 40000

    await owed.open()
    await expect(owed.rows()).toHaveCount(1)
    await expect(owed.row('李雷')).toContainText('13900139000')
    await expect(owed.row('李雷').getByTestId('money-owed-balance')).toHaveText(yuan(due))
    await keepScreenshot(page, testInfo, 'zh-CN-money-owed')

    const statement = await owed.openStatement('李雷')
    keepPdf(testInfo, 'zh-CN-statement', statement.pdf)
    await expect(owed.statementClosing()).toHaveText(yuan(due))
    expect(statement.text).toContain('客户对账单')
    expect(statement.text).toContain('李雷')
    expect(statement.text).toContain(owing.number)
    expect(statement.text).toContain(`应付余额${yuan(due)}`)
    await keepScreenshot(page, testInfo, 'zh-CN-statement')

    await page.keyboard.press('Escape')
    await expect(owed.row('李雷')).toBeVisible()
    await owed.openCustomer('李雷')
    await expect(owed.customerBalance()).toHaveText(yuan(due))
    await keepScreenshot(page, testInfo, 'zh-CN-customer-money')
    const fromCustomer = await owed.statementFromCustomer('thisMonth')
    expect(fromCustomer.text).toContain(`应付余额${yuan(due)}`)
    await page.keyboard.press('Escape')
    await expect(owed.customerBalance()).toBeVisible()

    // Paid in full: nobody owes anything any more.
    await setup.api('invoices.pay', {
      invoiceId: owing.id,
      payments: [{ tender: 'alipay', amountMinor: due }],
    })
    // Paid outside the app's own screens: read everything again, as the counter would.
    await page.reload()
    await owed.open()
    await expect(page.getByTestId('money-owed-empty')).toBeVisible()
  })
})

import { DemoShop, localDay } from './pages/demoShop'
import { expect, keepScreenshot, test } from './fixtures'

/** A figure that is not nothing: "12", "¥1,234.00". */
const notNothing = /[1-9]/

test.describe('the demo shop (简体中文)', () => {
  test.use({
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    shopArgs: ['--demo', '--locale', 'zh-CN'],
  })

  test('shows its weeks: stock moved, sales in several tenders with a refund, closed drawer days and money owed', async ({
    page,
  }, testInfo) => {
    const demo = new DemoShop(page)
    const [start, end] = [localDay(-21), localDay(0)]

    await demo.openStockReport(start, end)
    await expect(demo.stockFigure('in')).toHaveText(notNothing)
    await expect(demo.stockFigure('out')).toHaveText(notNothing)
    await expect(demo.stockFigure('value')).toHaveText(/¥[1-9]/)
    await expect(demo.stockLines().nth(9)).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-CN-demo-stock-report')

    await demo.openSalesReport(start, end)
    await expect(demo.salesFigure('total')).toHaveText(/¥[1-9]/)
    await expect(demo.salesFigure('refunds')).toHaveText(notNothing)
    await expect(demo.salesTenders().nth(2)).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-CN-demo-sales-report')

    await demo.openDrawer()
    await expect(demo.drawerHistory().nth(19)).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-CN-demo-drawer-history')

    await demo.openMoneyOwed()
    await expect(demo.owing().first()).toBeVisible()
    await expect(demo.owedBalances().first()).toHaveText(/¥[1-9]/)
    await keepScreenshot(page, testInfo, 'zh-CN-demo-money-owed')
  })
})

/**
 * A day at the counter's drawer, through the real UI: open with a float, a cash sale and a card
 * sale, a paid-out, close the day counting notes and coins, and the Z report printed on 80 mm and
 * A4 with the figures of what was done.
 */
import fs from 'node:fs'
import { Counter } from './pages/counter'
import { callApi } from './pages/api'
import { Drawer } from './pages/drawer'
import { expect, keepScreenshot, test } from './fixtures'

interface Part {
  id: string
}

test.describe('the drawer and the day (简体中文)', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } })

  test('opens with a float, takes sales, pays out, closes counted and prints a Z report that matches', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    const counter = new Counter(page)
    const drawer = new Drawer(page)
    await counter.open()
    const settings = await callApi<Record<string, unknown>>(page, 'settings.get', {})
    await callApi(page, 'settings.update', {
      ...settings,
      currency: 'CNY',
      taxRateBp: 1300,
      pricesIncludeTax: true,
    })

    await drawer.open()
    await keepScreenshot(page, testInfo, 'zh-CN-drawer-closed')
    await drawer.openWithFloat('500')
    await expect(drawer.expected()).toHaveText('¥500.00')

    // The sales go through the API: the sale screen is another area's.
    const film = await callApi<Part>(page, 'parts.create', {
      sku: 'FILM-13',
      name: '钢化膜',
      priceMinor: 3000,
    })
    await callApi(page, 'stock.receive', { partId: film.id, quantity: 10, unitCostMinor: 500 })
    await callApi(page, 'invoices.sell', {
      lines: [{ kind: 'part', partId: film.id, quantity: 2 }],
      payments: [{ tender: 'cash', amountMinor: 6000, tenderedMinor: 10000 }],
    })
    await callApi(page, 'invoices.sell', {
      lines: [{ kind: 'other', description: '贴膜服务', quantity: 1, unitPriceMinor: 4500 }],
      payments: [{ tender: 'card', amountMinor: 4500 }],
    })
    await page.reload()
    await expect(drawer.expected()).toHaveText('¥560.00')

    await drawer.payOut('15', '快递费')
    await expect(drawer.expected()).toHaveText('¥545.00')
    await keepScreenshot(page, testInfo, 'zh-CN-drawer-open')

    // Counted 5 × ¥100 + 4 × ¥10 + 4 × ¥1 + 1 × 5角 = ¥544.50: fifty fen short.
    await drawer.countCash({ 10000: 5, 1000: 4, 100: 4, 50: 1 })
    await expect(page.getByTestId('close-expected')).toHaveText('¥545.00')
    await expect(page.getByTestId('close-counted')).toHaveText('¥544.50')
    await expect(page.getByTestId('close-variance')).toHaveText('短款 ¥0.50')
    await keepScreenshot(page, testInfo, 'zh-CN-drawer-count')
    await drawer.confirmClose('少了五毛')

    await expect(drawer.zFigure('z-sales-count')).toHaveText('2')
    await expect(drawer.zFigure('z-sales-total')).toHaveText('¥105.00')
    await expect(drawer.zFigure('z-tender-cash')).toHaveText('¥60.00')
    await expect(drawer.zFigure('z-tender-card')).toHaveText('¥45.00')
    await expect(drawer.zFigure('z-paid-out')).toHaveText('-¥15.00')
    await expect(drawer.zFigure('z-expected')).toHaveText('¥545.00')
    await expect(drawer.zFigure('z-counted')).toHaveText('¥544.50')
    await expect(drawer.zFigure('z-variance')).toHaveText('-¥0.50')
    await expect(page.getByTestId('drawer-history-row')).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'zh-CN-drawer-z-report')

    const roll = await drawer.printZReport('80mm')
    fs.writeFileSync(testInfo.outputPath('z-report-80mm.pdf'), roll.pdf)
    for (const figure of [
      '日结报表',
      'SC01-D000001',
      '¥105.00',
      '¥60.00',
      '¥45.00',
      '¥545.00',
      '¥544.50',
      '-¥0.50',
      '快递费',
    ]) {
      expect(roll.text).toContain(figure)
    }
    await page.goBack()
    await expect(page.getByTestId('drawer-closed')).toBeVisible()
    await page.getByTestId('drawer-history-row').first().click()
    const sheet = await drawer.printZReport('a4')
    fs.writeFileSync(testInfo.outputPath('z-report-a4.pdf'), sheet.pdf)
    expect(sheet.text).toContain('¥544.50')
    expect(sheet.text).toContain('税率 13%')
  })
})

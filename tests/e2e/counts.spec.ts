import { Counts } from './pages/counts'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

const screen = { sku: 'SCR-P40', name: 'P40 屏幕总成', barcode: '6975551234567', bin: 'B-07' }
const battery = { sku: 'BAT-P40', name: 'P40 电池', bin: 'B-07' }
const elsewhere = { sku: 'CAM-P40', name: 'P40 后摄像头', barcode: '6975559876543', bin: 'C-01' }

test.describe('stock counts (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager counts a bin by scanning and typing, posts the variances, and the stock follows', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const counts = new Counts(page)
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openParts()
    await stock.addPart(screen)
    await stock.receive('5', '120.00')
    await stock.openParts()
    await stock.addPart(battery)
    await stock.receive('4', '30.00')
    await stock.openParts()
    await stock.addPart(elsewhere)
    await stock.receive('2', '80.00')

    await counts.open()
    const number = await counts.start('库位', 'B-07', '月底盘点')
    expect(number).toBe('SC01-C000001')
    await expect(counts.status()).toHaveText('盘点中')
    await expect(page.getByTestId('count-line')).toHaveCount(2)
    await expect(page.getByTestId('count-progress')).toHaveText('0 / 2')

    // Each scan counts one, and the part scanned last shows large with its running count.
    for (let scan = 0; scan < 3; scan++) await counts.scan(screen.barcode)
    await expect(page.getByTestId('count-last-scanned')).toContainText(screen.name)
    await expect(page.getByTestId('count-last-counted')).toHaveText('3')
    // A code that is no part, or a part of another bin, is said plainly; the box keeps the focus.
    await counts.scan('0000000')
    await expect(page.getByTestId('count-scan-error')).toHaveText('没有条码或编码为“0000000”的配件。')
    await expect(page.getByTestId('count-scan')).toBeFocused()
    await counts.scan(elsewhere.barcode)
    await expect(page.getByTestId('count-scan-error')).toHaveText('CAM-P40 P40 后摄像头 不在本次盘点范围内。')

    await counts.type(battery.sku, '6')
    await expect(counts.line(screen.sku).getByTestId('count-line-variance')).toHaveText('−2')
    await expect(counts.line(screen.sku).getByTestId('count-line-value')).toHaveText('-¥240.00')
    await expect(counts.line(battery.sku).getByTestId('count-line-variance')).toHaveText('+2')
    await expect(counts.line(battery.sku).getByTestId('count-line-value')).toHaveText('¥60.00')
    await expect(page.getByTestId('count-progress')).toHaveText('2 / 2')
    await expect(page.getByTestId('count-variance-total')).toHaveText('-¥180.00')
    await keepScreenshot(page, testInfo, 'zh-CN-count')

    await counts.post()
    await expect(page.getByTestId('count-post-corrections')).toHaveText(
      '2 条盘点更正：盘盈 +2 件，盘亏 −2 件。',
    )
    await expect(page.getByTestId('count-post-value')).toHaveText('差异总金额：-¥180.00。')
    await keepScreenshot(page, testInfo, 'zh-CN-count-post')
    await counts.confirmPost()
    await expect(counts.status()).toHaveText('已过账')
    await expect(page.getByTestId('count-scan')).toHaveCount(0)
    await keepScreenshot(page, testInfo, 'zh-CN-count-posted')

    await stock.openParts()
    await stock.scan(screen.barcode)
    await expect(stock.onHand()).toHaveText('3')
    await expect(stock.movements().first().getByTestId('movement-kind')).toHaveText('盘点更正')
    await expect(stock.movements().first().getByTestId('movement-quantity')).toHaveText('−2')
    await expect(stock.movements().first()).toContainText(number)
    await keepScreenshot(page, testInfo, 'zh-CN-count-ledger')
    await stock.openParts()
    await stock.scan(battery.sku)
    await expect(stock.onHand()).toHaveText('6')
    await stock.openParts()
    await stock.scan(elsewhere.barcode)
    await expect(stock.onHand()).toHaveText('2')
  })
})

test.describe('stock counts (English)', () => {
  test.use({ locale: 'en-US' })

  test('a count left half done is still there later, and cancelling it moves no stock', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const counts = new Counts(page)
    await stock.setUpShop({ currency: 'USD' })
    await stock.openParts()
    await stock.addPart({ ...screen, name: 'P40 screen assembly' })
    await stock.receive('5', '120.00')
    await stock.openParts()
    await stock.addPart({ ...battery, name: 'P40 battery' })
    await stock.receive('4', '30.00')

    await counts.open()
    const number = await counts.start('All parts')
    await counts.scan(screen.sku)
    await counts.type(screen.sku, '4')
    await expect(counts.line(screen.sku).getByTestId('count-line-variance')).toHaveText('−1')
    await expect(page.getByTestId('count-variance-total')).toHaveText('-$120.00')

    // Another visit finds the count as it was left: it lives in the shop's database.
    await page.reload()
    await expect(counts.line(screen.sku).getByTestId('count-line-counted')).toHaveValue('4')
    await expect(page.getByTestId('count-progress')).toHaveText('1 of 2')
    await page.getByTestId('count-filter').getByText('Not counted (1)').click()
    await expect(page.getByTestId('count-line')).toHaveCount(1)
    await page.getByTestId('count-filter').getByText('All (2)').click()
    await keepScreenshot(page, testInfo, 'en-count')

    await counts.post()
    await expect(page.getByTestId('count-post-uncounted')).toHaveText(
      'Parts not counted: 1. Their stock is left unchanged.',
    )
    await page.keyboard.press('Escape')
    await counts.cancel()
    await expect(counts.status()).toHaveText('Cancelled')

    await counts.open()
    await expect(page.getByTestId('count-row')).toHaveCount(1)
    await expect(page.getByTestId('count-row').first()).toContainText(number)
    await expect(page.getByTestId('count-row').first()).toContainText('Cancelled')
    await keepScreenshot(page, testInfo, 'en-counts')
    await stock.openParts()
    await stock.scan(screen.sku)
    await expect(stock.onHand()).toHaveText('5')
  })
})

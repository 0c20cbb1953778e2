import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

const supplier = '华强北联发配件行'
const part = {
  sku: 'scr-ip13',
  name: 'iPhone 13 屏幕总成',
  brand: 'Apple',
  models: 'iPhone 13 / 13 Pro',
  barcode: '6971234567890',
  price: '380',
  reorderPoint: '5',
  bin: 'A-03',
  supplier,
}

test.describe('parts stock (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager receives stock at two costs, writes off a damaged one, and finds the part by its barcode', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openSuppliers()
    await stock.addSupplier({ name: supplier, contact: '李经理', phone: '0755 8321 4567' })

    await stock.openParts()
    await stock.addPart(part)
    await expect(page.getByTestId('part-sku')).toHaveText('SCR-IP13')
    await expect(stock.onHand()).toHaveText('0')
    await expect(page.getByTestId('part-supplier')).toHaveText(supplier)

    await stock.receive('10', '12.00')
    await expect(stock.onHand()).toHaveText('10')
    await stock.receive('10', '14.00')
    await expect(stock.onHand()).toHaveText('20')
    await expect(page.getByTestId('part-average-cost')).toHaveText('¥13.00')
    await expect(page.getByTestId('part-value')).toHaveText('¥260.00')

    await stock.adjust('-2', '损坏')
    await expect(stock.onHand()).toHaveText('18')
    await expect(page.getByTestId('part-value')).toHaveText('¥234.00')
    // Newest first: the write-off, then the two deliveries.
    await expect(stock.movements().getByTestId('movement-balance')).toHaveText(['18', '20', '10'])
    await expect(stock.movements().getByTestId('movement-kind')).toHaveText(['库存调整', '入库', '入库'])
    await expect(stock.movements().getByTestId('movement-quantity')).toHaveText(['−2', '+10', '+10'])
    await expect(stock.movements().first()).toContainText('损坏')
    await expect(stock.movements().nth(1)).toContainText(supplier)
    await keepScreenshot(page, testInfo, 'zh-CN-part')

    // More than is on the shelf is refused, with the figure, and nothing is written.
    await stock.startAdjustment('-50', '丢失')
    await expect(page.getByTestId('adjust-error')).toHaveText('库存不足：只剩 18 件。')
    await keepScreenshot(page, testInfo, 'zh-CN-not-enough-stock')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('adjust-form')).toBeHidden()
    await expect(stock.onHand()).toHaveText('18')
    await expect(stock.movements()).toHaveCount(3)

    await stock.openParts()
    await expect(page.getByTestId('part-row')).toHaveCount(1)
    await expect(page.getByTestId('part-row-on-hand')).toHaveText('18')
    await keepScreenshot(page, testInfo, 'zh-CN-parts')
    await stock.scan(part.barcode)
    await expect(page.getByTestId('part-name')).toHaveText(part.name)
    await expect(stock.onHand()).toHaveText('18')
  })
})

test.describe('parts stock (English)', () => {
  test.use({ locale: 'en-US' })

  test('a shop that allows negative stock sees a warning when a part goes below zero', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    await stock.setUpShop({ allowNegativeStock: true })

    await stock.openParts()
    await stock.addPart({ sku: 'BAT-P30', name: 'Huawei P30 battery', brand: 'Huawei', reorderPoint: '2' })
    await stock.receive('1', '45')
    await expect(page.getByTestId('part-reorder-badge')).toBeVisible()

    // "Other" needs a word on what happened.
    await stock.startAdjustment('-3', 'Other')
    await expect(page.getByTestId('adjust-form')).toContainText('Say what happened')
    await expect(page.getByTestId('adjust-negative')).toBeVisible()
    await page.getByTestId('adjust-note').fill('Used for a repair before it was booked in')
    await page.getByTestId('adjust-submit').click()
    await expect(page.getByTestId('adjust-form')).toBeHidden()

    await expect(stock.onHand()).toHaveText('−2')
    await expect(page.getByTestId('part-negative-warning')).toBeVisible()
    await expect(stock.movements().getByTestId('movement-balance')).toHaveText(['−2', '1'])
    await keepScreenshot(page, testInfo, 'en-part-negative')

    await stock.openParts()
    await page.getByTestId('parts-below-reorder').click()
    await expect(page.getByTestId('part-row')).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'en-parts')
  })
})

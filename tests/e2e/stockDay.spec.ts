/**
 * A store manager's day with the stock, end to end: order what is short, receive it by scanning,
 * count the shelf, and read the day's stock report — its figures are what was done.
 */
import { Counts } from './pages/counts'
import { Purchasing } from './pages/purchasing'
import { Reports } from './pages/reports'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

test.use({ locale: 'zh-CN' })

const supplier = { name: '华强北配件行', contact: '李经理', phone: '13800138000' }
const screen = {
  sku: 'SCR-P40',
  name: 'P40 屏幕总成',
  barcode: '6975551234567',
  reorderPoint: '2',
  bin: 'A-01',
  supplier: supplier.name,
}

test('order, receive by scanning, count with a variance, and read the same figures in the day report', async ({
  page,
}, testInfo) => {
  const stock = new Stock(page)
  const purchasing = new Purchasing(page)
  const counts = new Counts(page)
  const reports = new Reports(page)
  await purchasing.stubPrinting()
  await stock.setUpShop({ currency: 'CNY' })
  await stock.openSuppliers()
  await stock.addSupplier(supplier)
  await stock.openParts()
  await stock.addPart(screen)

  // Out of stock and below its reorder point: the suggestion orders 3.
  await purchasing.open()
  await purchasing.createFromSuggestions()
  await purchasing.setDraftCost(screen.sku, '118.00')
  await purchasing.saveDraft()
  await purchasing.order()
  for (let scan = 0; scan < 3; scan++) await purchasing.scan(screen.barcode)
  await purchasing.setActualCost(screen.sku, '120.00')
  await purchasing.receive()
  await expect(purchasing.status()).toHaveText('已到货')

  // The shelf holds 2, not 3: the count finds one missing and posts the correction.
  await counts.open()
  await counts.start('库位', screen.bin)
  await counts.scan(screen.barcode)
  await counts.scan(screen.barcode)
  await expect(counts.line(screen.sku).getByTestId('count-line-variance')).toHaveText('−1')
  await counts.post()
  await counts.confirmPost()

  // The day: nothing at the start, 3 in, 1 out, 2 left at ¥120.00 each.
  await reports.open()
  await reports.expectFigures({ opening: '0', in: '3', out: '1', closing: '2', value: '¥240.00' })
  await expect(reports.figure(screen.sku, 'received')).toHaveText('3')
  await keepScreenshot(page, testInfo, 'zh-CN-stock-day')

  // The supplier's page lists the order, received.
  await stock.openSuppliers()
  await page.getByTestId('supplier-row').first().click()
  await expect(page.getByTestId('supplier-order')).toContainText('已到货')
})

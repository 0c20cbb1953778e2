import fs from 'node:fs'
import { Purchasing } from './pages/purchasing'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

const supplier = { name: '华强北配件行', contact: '李经理', phone: '13800138000' }
const screen = {
  sku: 'SCR-P40',
  name: 'P40 屏幕总成',
  barcode: '6975551234567',
  reorderPoint: '2',
  supplier: supplier.name,
}
const battery = {
  sku: 'BAT-P40',
  name: 'P40 电池',
  barcode: '6975550000011',
  reorderPoint: '1',
  supplier: supplier.name,
}

test.describe('purchase orders (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager orders from the reorder suggestions, receives part by scanning, then the rest', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const purchasing = new Purchasing(page)
    await purchasing.stubPrinting()
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openSuppliers()
    await stock.addSupplier(supplier)
    await stock.openParts()
    await stock.addPart(screen)
    await stock.openParts()
    await stock.addPart(battery)

    // Neither part is in stock: both are at or below their reorder point, from the one supplier.
    await purchasing.open()
    await page.getByTestId('po-from-suggestions').click()
    await expect(purchasing.suggestion(screen.sku).getByTestId('suggestion-quantity')).toHaveText('3')
    await expect(purchasing.suggestion(battery.sku).getByTestId('suggestion-quantity')).toHaveText('2')
    await page.keyboard.press('Escape')
    const number = await purchasing.createFromSuggestions()
    expect(number).toBe('SC01-P000001')
    await expect(purchasing.status()).toHaveText('草稿')
    await expect(page.getByTestId('po-draft-line')).toHaveCount(2)
    // The parts have no cost yet: the manager types the prices agreed with the supplier and saves.
    await purchasing.setDraftCost(screen.sku, '118.00')
    await purchasing.setDraftCost(battery.sku, '25.00')
    await purchasing.saveDraft()
    await expect(page.getByTestId('po-draft-total')).toHaveText('合计：¥404.00')
    await keepScreenshot(page, testInfo, 'zh-CN-purchase-order-draft')

    await purchasing.order()
    await expect(purchasing.status()).toHaveText('已下单')

    // Three scans of the screen's barcode: three units receiving now on its line.
    for (let scan = 0; scan < 3; scan++) await purchasing.scan(screen.barcode)
    await expect(purchasing.receivingLine(screen.sku).getByTestId('po-receive-quantity')).toHaveValue('3')
    await purchasing.setActualCost(screen.sku, '120.00')
    await purchasing.scan('0000000')
    await expect(page.getByTestId('po-receive-message')).toHaveText('“0000000”不是这张采购单上的配件。')
    await purchasing.receive()
    await expect(purchasing.status()).toHaveText('部分到货')
    await expect(purchasing.line(screen.sku).getByTestId('po-line-received')).toHaveText('3')
    await expect(purchasing.line(screen.sku).getByTestId('po-line-outstanding')).toHaveText('0')
    await expect(purchasing.line(battery.sku).getByTestId('po-line-outstanding')).toHaveText('2')
    await expect(page.getByTestId('po-total')).toHaveText('¥404.00')
    await keepScreenshot(page, testInfo, 'zh-CN-purchase-order-partly')

    // The part's page shows the 3 on hand at the actual cost, received against the order.
    const orderUrl = page.url()
    await stock.openParts()
    await stock.scan(screen.barcode)
    await expect(stock.onHand()).toHaveText('3')
    await expect(stock.movements().first()).toContainText(number)
    await expect(stock.movements().first()).toContainText('¥120.00')
    // The order is still open (the battery is outstanding), so the part page lists it.
    await expect(page.getByTestId('part-open-order')).toContainText(number)
    await page.goto(orderUrl)
    await expect(purchasing.status()).toHaveText('部分到货')

    // The rest of the battery line, typed rather than scanned, at a different actual cost.
    await purchasing.setReceiving(battery.sku, '2')
    await purchasing.setActualCost(battery.sku, '25.00')
    await purchasing.receive()
    await expect(purchasing.status()).toHaveText('已到货')
    await expect(page.getByTestId('po-receive')).toBeHidden()
    await keepScreenshot(page, testInfo, 'zh-CN-purchase-order-received')

    const printed = await purchasing.print()
    fs.writeFileSync(testInfo.outputPath('purchase-order.pdf'), printed.pdf)
    await testInfo.attach('purchase-order.pdf', { body: printed.pdf, contentType: 'application/pdf' })
    expect(printed.text).toContain(number)
    expect(printed.text).toContain('采购单')
    expect(printed.text).toContain(supplier.name)
    expect(printed.text).toContain(screen.sku)
    expect(printed.text).toContain('¥404.00')
    await keepScreenshot(page, testInfo, 'zh-CN-purchase-order-print')
  })

  test('a manager writes a new order by hand: a part found by its code, a quantity, a cost', async ({
    page,
  }) => {
    const stock = new Stock(page)
    const purchasing = new Purchasing(page)
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openSuppliers()
    await stock.addSupplier(supplier)
    await stock.openParts()
    await stock.addPart(screen)

    await purchasing.open()
    await page.getByTestId('po-new').click()
    await purchasing.addPart('nothing-like-it')
    await expect(page.getByTestId('po-add-none')).toHaveText('没有与“nothing-like-it”匹配的配件。')
    // The scanner's code finds the part; its usual supplier is chosen with it.
    await purchasing.addPart(screen.barcode)
    await expect(page.getByTestId('po-supplier')).toHaveValue(supplier.name)
    await purchasing.addPart(screen.sku)
    const line = page.locator(`[data-testid="po-draft-line"][data-sku="${screen.sku}"]`)
    await expect(line.getByTestId('po-draft-quantity')).toHaveValue('2')
    await purchasing.setDraftCost(screen.sku, '118.00')
    await page.getByTestId('po-save').click()
    await expect(page.getByTestId('po-number')).toHaveText('SC01-P000001')
    await expect(page.getByTestId('po-draft-total')).toHaveText('合计：¥236.00')

    await purchasing.open()
    await expect(page.getByTestId('po-row')).toHaveCount(1)
    await expect(page.getByTestId('po-row')).toContainText('¥236.00')
  })
})

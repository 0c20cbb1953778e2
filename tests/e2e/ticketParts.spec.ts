import { Counter } from './pages/counter'
import { Purchasing } from './pages/purchasing'
import { Stock } from './pages/stock'
import { TicketParts } from './pages/ticketParts'
import { expect, keepScreenshot, test } from './fixtures'

const supplier = { name: '华强北配件行' }
const screen = { sku: 'SCR-P40', name: 'P40 屏幕总成', barcode: '6975551234567', supplier: supplier.name }
const battery = { sku: 'BAT-M60', name: 'Mate 60 电池', barcode: '6975550000011', supplier: supplier.name }
const repair = {
  customerName: '王芳',
  phone: '13800138000',
  brand: 'Huawei',
  model: 'P40',
  serial: '356938035643809',
  fault: '屏幕碎裂',
}

test.describe('parts on a ticket (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a technician reserves a screen, fits it, returns a spare; then the phone goes to the manufacturer and back', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const counter = new Counter(page)
    const parts = new TicketParts(page)
    await counter.open()
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openSuppliers()
    await stock.addSupplier(supplier)
    await stock.openParts()
    await stock.addPart(screen)
    await stock.receive('5', '120.00')
    const partUrl = page.url()
    await counter.open()
    const number = await counter.intakeNewCustomer(repair)
    await parts.openTicket(number)

    // Two set aside: the part page still has 5 on hand, 3 of them free.
    await parts.addPart(screen.barcode, '2', 'reserve')
    await expect(parts.row(screen.sku, 'reserved')).toBeVisible()
    await keepScreenshot(page, testInfo, 'ticket-parts-reserved')
    const ticketUrl = page.url()
    await page.goto(partUrl)
    await expect(stock.onHand()).toHaveText('5')
    await expect(page.getByTestId('part-reserved')).toHaveText('已预留 2 · 可用 3')
    await keepScreenshot(page, testInfo, 'part-reserved-available')

    // Fitted: on hand drops to 3; one more fitted then returned unused.
    await page.goto(ticketUrl)
    await parts.row(screen.sku, 'reserved').getByTestId('ticket-part-use').click()
    await expect(parts.row(screen.sku, 'used')).toBeVisible()
    await parts.addPart(screen.sku, '1', 'use-now')
    await expect(parts.row(screen.sku, 'used')).toHaveCount(2)
    await parts.row(screen.sku, 'used').last().getByTestId('ticket-part-return').click()
    await expect(parts.row(screen.sku, 'returned')).toBeVisible()
    await expect(parts.timeline()).toContainText(screen.sku)
    await page.goto(partUrl)
    await expect(stock.onHand()).toHaveText('3')
    await expect(page.getByTestId('part-reserved')).toBeHidden()

    // The screen did not fix it: the phone goes to the manufacturer, and comes back.
    await page.goto(ticketUrl)
    await parts.changeStatus('diagnosing')
    await parts.sendOut({ partner: '华为授权服务中心', tracking: 'SF1234567890' })
    await expect(page.getByTestId('send-out')).toContainText('SF1234567890')
    await expect(page.getByTestId('send-out-return')).toBeVisible()
    await keepScreenshot(page, testInfo, 'ticket-sent-out')
    await parts.recordReturn('原厂更换主板')
    await expect(page.getByTestId('send-out-return')).toBeHidden()
    await expect(page.getByTestId('send-out')).toHaveAttribute('data-returned', '1')
    await expect(page.getByTestId('send-out-open')).toBeHidden()
    await expect(parts.timeline()).toContainText('华为授权服务中心')
  })

  test('a part not in stock is special-ordered, received in purchasing, and the counter sees it arrive', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const counter = new Counter(page)
    const parts = new TicketParts(page)
    const purchasing = new Purchasing(page)
    await counter.open()
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openSuppliers()
    await stock.addSupplier(supplier)
    await stock.openParts()
    await stock.addPart(battery)
    await counter.open()
    const number = await counter.intakeNewCustomer({ ...repair, model: 'Mate 60', fault: '电池鼓包' })
    await parts.openTicket(number)
    await parts.changeStatus('in_repair')

    // None in stock: the panel offers the special order, with the part's own supplier.
    await parts.choosePart(battery.barcode)
    await expect(page.getByTestId('ticket-part-chosen-stock')).toContainText('可用 0')
    await keepScreenshot(page, testInfo, 'ticket-special-order-offer')
    const orderNumber = await parts.specialOrder('85.00')
    expect(orderNumber).toBe('SC01-P000001')
    await expect(parts.row(battery.sku, 'on_order')).toContainText(orderNumber)
    await expect(page.locator('[data-status="awaiting_parts"]').first()).toBeVisible()
    const ticketUrl = page.url()

    // Purchasing orders the draft and receives the battery: the line shows whose it is.
    await purchasing.open()
    await page.getByText(orderNumber).click()
    await purchasing.order()
    await expect(purchasing.line(battery.sku).getByTestId('po-line-ticket')).toContainText(number)
    await purchasing.scan(battery.barcode)
    await purchasing.receive()
    await keepScreenshot(page, testInfo, 'purchase-order-special-received')

    // The counter sees the arrival; the ticket holds the battery and its timeline says so.
    await counter.open()
    await expect(page.getByTestId('parts-arrived-ticket')).toContainText(number)
    await keepScreenshot(page, testInfo, 'counter-parts-arrived')
    await page.goto(ticketUrl)
    await expect(parts.row(battery.sku, 'reserved')).toBeVisible()
    await expect(page.getByTestId('ticket-parts-arrived')).toBeVisible()
    await expect(parts.timeline()).toContainText(orderNumber)
    await keepScreenshot(page, testInfo, 'ticket-parts-arrived')
  })
})

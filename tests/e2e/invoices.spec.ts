/**
 * Money at the counter, end to end through the real UI: a repaired device collected with its
 * intake deposit applied and a split payment (cash with change, WeChat Pay), the printed invoice
 * read back from its PDF; a counter sale by scanning, and a partial refund that puts an item back
 * in stock by credit note.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type { Page, TestInfo } from '@playwright/test'
import { Counter } from './pages/counter'
import { Estimates } from './pages/estimates'
import { Invoices } from './pages/invoices'
import { Workshop } from './pages/workshop'
import { expect, keepScreenshot, test } from './fixtures'

interface Ticket {
  id: string
  number: string
  version: number
  status: string
}

/** Keeps the printed PDF and a PNG of its first page beside the screenshots, to look at. */
function keepPdf(testInfo: TestInfo, name: string, pdf: Buffer): void {
  const file = testInfo.outputPath(`${name}.pdf`)
  fs.writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', file, testInfo.outputPath(name)])
  const shared = 'test-results/screens'
  fs.mkdirSync(shared, { recursive: true })
  for (const png of fs.readdirSync(testInfo.outputPath()).filter((entry) => entry.startsWith(`${name}-`)))
    fs.copyFileSync(testInfo.outputPath(png), `${shared}/chromium-${png}`)
}

async function moveTicket(workshop: Workshop, id: string, toStatus: string): Promise<void> {
  const ticket = await workshop.api<Ticket>('tickets.get', { id })
  await workshop.api('tickets.changeStatus', { id, version: ticket.version, toStatus })
}

/** A part in stock, made through the API (the stock screens are tested elsewhere). */
async function stockedPart(
  workshop: Workshop,
  part: { sku: string; name: string; priceMinor: number; barcode: string },
  quantity: number,
): Promise<string> {
  const made = await workshop.api<{ id: string }>('parts.create', {
    sku: part.sku,
    name: part.name,
    priceMinor: part.priceMinor,
    barcodes: [part.barcode],
  })
  await workshop.api('stock.receive', {
    partId: made.id,
    quantity,
    unitCostMinor: Math.round(part.priceMinor / 2),
  })
  return made.id
}

/** Intake with a deposit at the counter, then through the API: approved labour, a part used, ready. */
async function readyForPickup(page: Page, workshop: Workshop): Promise<Ticket> {
  const labour = await workshop.api<{ id: string }>('labour.create', {
    name: '屏幕更换 iPhone 13',
    priceMinor: 12_000,
    standardMinutes: 45,
    warrantyDays: 90,
  })
  const screen = await stockedPart(
    workshop,
    { sku: 'IP13-SCR', name: 'iPhone 13 屏幕总成', priceMinor: 45_000, barcode: '6901234567892' },
    3,
  )
  const counter = new Counter(page)
  await page.goto('/#/')
  const number = await counter.intakeNewCustomer({
    customerName: '王芳',
    phone: '138 0013 8000',
    brand: 'Apple',
    model: 'iPhone 13',
    serial: '356938035643809',
    fault: '屏幕碎裂，触摸失灵',
    estimate: '600',
    deposit: '100',
  })
  const ticket = await workshop.api<Ticket>('tickets.findByNumber', { number })
  await moveTicket(workshop, ticket.id, 'diagnosing')
  const estimate = await workshop.api<{ id: string }>('estimates.save', {
    ticketId: ticket.id,
    lines: [{ kind: 'labour', labourItemId: labour.id, quantity: 1 }],
  })
  await workshop.api('estimates.send', { id: estimate.id })
  await workshop.api('estimates.decide', { id: estimate.id, decision: 'approved', channel: 'phone' })
  await workshop.api('ticketParts.add', { ticketId: ticket.id, partId: screen, quantity: 1, use: true })
  await moveTicket(workshop, ticket.id, 'testing')
  await moveTicket(workshop, ticket.id, 'ready_for_pickup')
  return ticket
}

test.describe('money at the counter (简体中文)', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } })

  test('collects a repair with its deposit and a split payment, and prints the invoice', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000)
    const estimates = new Estimates(page)
    const workshop = new Workshop(page)
    const invoices = new Invoices(page)
    // First, before any page loads: the counter counts the print dialogs asked for.
    await new Counter(page).open()
    await estimates.setUpShop('CNY', '13', true)
    const ticket = await readyForPickup(page, workshop)

    // The receipt's barcode scanned at the counter opens the ticket; Enter starts the pickup.
    await new Counter(page).scan(ticket.number)
    await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)
    await expect(page.getByTestId('pickup-due')).toContainText('¥470.00')
    await keepScreenshot(page, testInfo, 'zh-CN-pickup-ticket')
    await invoices.startPickup()
    await expect(page.getByTestId('pickup-line')).toHaveCount(2)
    await expect(invoices.paymentPanel().getByTestId('payment-total')).toHaveText('¥570.00')
    await expect(invoices.paymentPanel().getByTestId('payment-deposit')).toHaveText('¥100.00')
    await expect(invoices.paymentPanel().getByTestId('payment-due')).toHaveText('¥470.00')

    // No drawer is open yet: the pickup says so as it opens, and the drawer opens in a dialog over it.
    await expect(invoices.drawerNotice()).toBeVisible()
    await invoices.openDrawerHere('500')
    await expect(page.getByTestId('pickup-line')).toHaveCount(2)

    // ¥300 in cash from a ¥400 note (¥100 change), the rest by WeChat Pay.
    await invoices.payCash(0, '300', '400')
    await expect(invoices.tenderLine(0).getByTestId('tender-change')).toHaveText('¥100.00')
    const wechat = await invoices.addTender('wechat', 'WX4200001234')
    await expect(wechat.getByTestId('tender-amount')).toHaveValue('170.00')
    await expect(page.getByTestId('payment-settled')).toBeVisible()
    await expect(page.getByTestId('payment-change')).toContainText('¥100.00')
    await keepScreenshot(page, testInfo, 'zh-CN-pickup-payment')
    await invoices.confirmPickup()

    const { text, pdf } = await invoices.printedInvoice()
    keepPdf(testInfo, 'zh-CN-pickup-invoice', pdf)
    const invoice = (
      await workshop.api<{ id: string; number: string; warrantyEnd: string | null }[]>('invoices.forTicket', {
        ticketId: ticket.id,
      })
    )[0]
    const printed = await workshop.api<{ warrantyEnd: string | null; number: string }>('invoices.get', {
      id: invoice?.id,
    })
    expect(printed.warrantyEnd).not.toBeNull()
    const warrantyEnd = printed.warrantyEnd?.slice(0, 10) ?? ''
    const in90Days = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10)
    expect(Math.abs(Date.parse(warrantyEnd) - Date.parse(in90Days))).toBeLessThanOrEqual(86_400_000)
    for (const expected of [
      printed.number,
      ticket.number,
      '王芳',
      '屏幕更换 iPhone 13',
      'iPhone 13 屏幕总成',
      '合计¥570.00',
      '税额¥65.58',
      '接单时已付定金-¥100.00',
      '已付¥470.00',
      '现金¥300.00',
      '现金实收¥400.00',
      '找零¥100.00',
      '微信支付 (WX4200001234)¥170.00',
      '尚欠¥0.00',
      `保修截止${warrantyEnd}`,
    ])
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''))
    await keepScreenshot(page, testInfo, 'zh-CN-pickup-print')

    // Back on the ticket: collected, with its paid invoice.
    await invoices.leavePrint()
    await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'collected')
    const row = page.getByTestId('ticket-invoice').filter({ hasText: printed.number })
    await expect(row.getByTestId('invoice-status')).toHaveAttribute('data-status', 'paid')
    await keepScreenshot(page, testInfo, 'zh-CN-pickup-collected')
  })

  test('sells two scanned items, then refunds one back into stock by credit note', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    const estimates = new Estimates(page)
    const workshop = new Workshop(page)
    const invoices = new Invoices(page)
    const counter = new Counter(page)
    await counter.open()
    await estimates.setUpShop('CNY', '13', true)
    const caseId = await stockedPart(
      workshop,
      { sku: 'CASE-13', name: 'iPhone 13 手机壳', priceMinor: 4_900, barcode: '6900000000011' },
      10,
    )
    const filmId = await stockedPart(
      workshop,
      { sku: 'FILM-13', name: 'iPhone 13 钢化膜', priceMinor: 2_900, barcode: '6900000000028' },
      10,
    )
    await workshop.api('drawer.open', { floatMinor: 50_000 })

    // F7, then the scanner: a case, a film, the film again (one more).
    await page.goto('/#/')
    await invoices.openSale()
    await invoices.scan('6900000000011')
    await invoices.scan('6900000000028')
    await invoices.scan('6900000000028')
    await expect(invoices.saleLine(caseId).getByTestId('counter-line-quantity')).toHaveValue('1')
    await expect(invoices.saleLine(filmId).getByTestId('counter-line-quantity')).toHaveValue('2')
    await expect(page.getByTestId('preview-total')).toHaveText('¥107.00')
    await invoices.tenderLine(0).getByTestId('tender-tendered').fill('200')
    await expect(page.getByTestId('payment-change')).toContainText('¥93.00')
    await keepScreenshot(page, testInfo, 'zh-CN-sale')
    // Enter in the payment confirms, as at a real till.
    await invoices.tenderLine(0).getByTestId('tender-tendered').press('Enter')

    const { text, pdf } = await invoices.printedInvoice()
    keepPdf(testInfo, 'zh-CN-sale-receipt', pdf)
    for (const expected of [
      'iPhone 13 手机壳',
      'iPhone 13 钢化膜',
      '合计¥107.00',
      '现金实收¥200.00',
      '找零¥93.00',
    ])
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''))
    await invoices.leavePrint()
    await expect(page.getByTestId('sale-empty')).toBeVisible()
    const sold = await workshop.api<{ onHand: number }>('parts.get', { id: filmId })
    expect(sold.onHand).toBe(8)

    // One film comes back: a credit note, the film back on the shelf.
    const number =
      (await workshop.api<{ items: { number: string }[] }>('invoices.list', {})).items[0]?.number ?? ''
    await invoices.openInvoice(number)
    await invoices.refundLine('iPhone 13 钢化膜', '1', '客户买错型号')
    await expect(page.getByTestId('invoice-kind')).toHaveText('红字冲销单')
    await expect(page.getByTestId('invoice-original')).toHaveText(number)
    await expect(page.getByTestId('invoice-total')).toHaveText('¥29.00')
    await expect(page.getByTestId('invoice-payment')).toContainText('现金')
    await keepScreenshot(page, testInfo, 'zh-CN-credit-note')
    const returned = await workshop.api<{ onHand: number }>('parts.get', { id: filmId })
    expect(returned.onHand).toBe(9)

    // The credit note prints as such on A4, naming the invoice it corrects.
    await page.getByTestId('invoice-reprint').click()
    await page.getByTestId('invoice-reprint-a4').click()
    const creditNote = await invoices.printedInvoice()
    keepPdf(testInfo, 'zh-CN-credit-note-a4', creditNote.pdf)
    for (const expected of [
      '红字冲销单',
      `原销售单${number}`,
      '客户买错型号',
      '冲红金额¥29.00',
      '退款，现金-¥29.00',
    ])
      expect(creditNote.text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''))
    await invoices.leavePrint()
    await expect(page.getByTestId('invoice-kind')).toHaveText('红字冲销单')

    // The invoice lists its credit note and the film given back.
    await page.getByTestId('invoice-original').click()
    await expect(page.getByTestId('invoice-credit-notes')).toContainText('¥29.00')
    await expect(page.getByTestId('invoice-line-credited')).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'zh-CN-sale-invoice-refunded')
  })
})

/**
 * What a manager does with an issued invoice later: the balance paid when an account customer comes
 * back, the official tax invoice (发票) number recorded, and a whole invoice voided — stock back,
 * money back, the invoice marked and its credit note beside it.
 */
import { Counter } from './pages/counter'
import { Estimates } from './pages/estimates'
import { Invoices } from './pages/invoices'
import { Workshop } from './pages/workshop'
import { expect, keepScreenshot, test } from './fixtures'

test.describe('an invoice after the sale (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('an account customer pays the balance, the 发票 number is recorded, and the invoice is voided', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    const counter = new Counter(page)
    const estimates = new Estimates(page)
    const workshop = new Workshop(page)
    const invoices = new Invoices(page)
    await counter.open()
    await estimates.setUpShop('CNY', '13', true)
    const part = await workshop.api<{ id: string }>('parts.create', {
      sku: 'CHG-20W',
      name: '20W 快充头',
      priceMinor: 9_900,
      barcodes: ['6900000000035'],
    })
    await workshop.api('stock.receive', { partId: part.id, quantity: 5, unitCostMinor: 4_000 })
    const customer = await workshop.api<{ id: string }>('customers.create', {
      name: '深圳某公司',
      phones: ['075588881234'],
    })
    await workshop.api('drawer.open', { floatMinor: 50_000 })
    // Two chargers on account, ¥50 paid now.
    const sold = await workshop.api<{ number: string }>('invoices.sell', {
      customerId: customer.id,
      lines: [{ kind: 'part', partId: part.id, quantity: 2 }],
      payments: [{ tender: 'cash', amountMinor: 5_000 }],
    })

    await invoices.openInvoice(sold.number)
    await expect(page.getByTestId('invoice-status')).toHaveAttribute('data-status', 'partly_paid')

    // The customer comes back and pays the rest by bank transfer.
    await page.getByTestId('invoice-take-payment').click()
    await expect(page.getByTestId('take-payment')).toBeVisible()
    await page.getByTestId('payment-panel').getByTestId('tender-transfer').click()
    await expect(invoices.tenderLine(0)).toHaveAttribute('data-tender', 'transfer')
    await expect(invoices.tenderLine(0).getByTestId('tender-amount')).toHaveValue('148.00')
    await page.getByTestId('take-payment-confirm').click()
    await expect(page.getByTestId('invoice-status')).toHaveAttribute('data-status', 'paid')
    await expect(page.getByTestId('invoice-payments')).toContainText('¥148.00')

    // The 发票 issued elsewhere is noted on the invoice.
    await page.getByTestId('tax-invoice-edit').click()
    await page.getByTestId('tax-invoice-input').fill('44031234')
    await page.getByTestId('tax-invoice-input').press('Enter')
    await expect(page.getByTestId('tax-invoice-number')).toHaveText('44031234')

    // Wrong customer: the whole invoice is voided; both chargers go back on the shelf.
    await page.getByTestId('invoice-void').click()
    await page.getByTestId('void-reason').fill('开错客户')
    await page.getByTestId('void-confirm').click()
    await expect(page.getByTestId('invoice-kind')).toHaveText('红字冲销单')
    await expect(page.getByTestId('invoice-original')).toHaveText(sold.number)
    await expect(page.getByTestId('invoice-total')).toHaveText('¥198.00')
    await keepScreenshot(page, testInfo, 'zh-CN-void-credit-note')
    const back = await workshop.api<{ onHand: number }>('parts.get', { id: part.id })
    expect(back.onHand).toBe(5)

    await invoices.openInvoice(sold.number)
    await expect(page.getByTestId('invoice-voided')).toBeVisible()
    await expect(page.getByTestId('invoice-status')).toHaveAttribute('data-status', 'voided')
    await expect(page.getByTestId('invoice-void')).toHaveCount(0)
    await expect(page.getByTestId('invoice-refund')).toHaveCount(0)
    await keepScreenshot(page, testInfo, 'zh-CN-voided-invoice')
  })
})

/**
 * A money write happens once, whatever the keyboard does: Ctrl+Enter (advertised on the buttons)
 * and Enter pressed twice issue one sale and one pickup; a closed drawer is said when the form
 * opens and is opened in a dialog without losing the form; a deposit larger than the bill goes back
 * the way it was paid, said before confirming, and only cash moves the drawer.
 */
import type { Page } from '@playwright/test'
import { Counter } from './pages/counter'
import { Invoices } from './pages/invoices'
import { callApi } from './pages/api'
import { expect, keepScreenshot, test } from './fixtures'

interface Ticket {
  id: string
  number: string
  version: number
}

const api = <T>(page: Page, method: string, input: unknown) => callApi<T>(page, method, input)

async function countInYuan(page: Page): Promise<void> {
  const settings = await api<Record<string, unknown>>(page, 'settings.get', {})
  await api(page, 'settings.update', { ...settings, currency: 'CNY' })
}

async function invoiceCount(page: Page): Promise<number> {
  const list = await api<{ items: unknown[] }>(page, 'invoices.list', {})
  return list.items.length
}

async function expectedCash(page: Page): Promise<number> {
  const drawer = await api<{ expectedMinor: number } | null>(page, 'drawer.current', {})
  return drawer?.expectedMinor ?? -1
}

/** A phone taken in with a deposit, moved to ready for pickup with nothing to charge. */
async function readyWithDeposit(page: Page, depositMinor: number, depositTender: string): Promise<Ticket> {
  const intake = await api<Ticket>(page, 'tickets.intake', {
    customer: { kind: 'new', name: '陈静', phones: ['13700137000'] },
    device: { kind: 'new', category: 'phone', brand: 'Huawei', model: 'Mate 40' },
    reportedFault: '不能充电',
    depositMinor,
    depositTender,
  })
  let ticket = intake
  for (const toStatus of ['diagnosing', 'in_repair', 'testing', 'ready_for_pickup']) {
    ticket = await api<Ticket>(page, 'tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus,
    })
  }
  return ticket
}

test.describe('money keys (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a sale opened with the drawer closed says so, opens it in place, and Ctrl+Enter issues one sale', async ({
    page,
  }, testInfo) => {
    const invoices = new Invoices(page)
    await new Counter(page).open()
    await countInYuan(page)
    const part = await api<{ id: string }>(page, 'parts.create', {
      sku: 'CASE-13',
      name: 'iPhone 13 手机壳',
      priceMinor: 4900,
      barcodes: ['6900000000011'],
    })
    await api(page, 'stock.receive', { partId: part.id, quantity: 5, unitCostMinor: 1000 })
    await page.reload()

    await invoices.openSale()
    // Said when the sale opens, not after it is filled in.
    await expect(invoices.drawerNotice()).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-CN-sale-drawer-closed')
    await invoices.scan('6900000000011')
    await expect(invoices.saleLine(part.id)).toBeVisible()
    await invoices.openDrawerHere('500')
    // The sale is still there.
    await expect(invoices.saleLine(part.id).getByTestId('counter-line-quantity')).toHaveValue('1')
    await invoices.tenderLine(0).getByTestId('tender-tendered').fill('50')
    await expect(page.getByTestId('payment-change')).toContainText('¥1.00')

    // Ctrl+Enter as the button advertises, pressed twice in a hurry.
    await page.keyboard.press('Control+Enter')
    await page.keyboard.press('Control+Enter')
    await invoices.printedInvoice()
    expect(await invoiceCount(page)).toBe(1)
    expect((await api<{ onHand: number }>(page, 'parts.get', { id: part.id })).onHand).toBe(4)
    expect(await expectedCash(page)).toBe(50000 + 4900)
  })

  test('Enter pressed twice in the payment issues one sale', async ({ page }) => {
    const invoices = new Invoices(page)
    await new Counter(page).open()
    await countInYuan(page)
    const part = await api<{ id: string }>(page, 'parts.create', {
      sku: 'FILM-13',
      name: 'iPhone 13 钢化膜',
      priceMinor: 2900,
      barcodes: ['6900000000028'],
    })
    await api(page, 'stock.receive', { partId: part.id, quantity: 5, unitCostMinor: 500 })
    await api(page, 'drawer.open', { floatMinor: 10000 })
    await page.reload()
    await invoices.openSale()
    await expect(invoices.drawerNotice()).toBeHidden()
    await invoices.scan('6900000000028')
    const tendered = invoices.tenderLine(0).getByTestId('tender-tendered')
    await tendered.fill('30')
    await tendered.press('Enter')
    await page.keyboard.press('Enter')
    await invoices.printedInvoice()
    expect(await invoiceCount(page)).toBe(1)
    expect((await api<{ onHand: number }>(page, 'parts.get', { id: part.id })).onHand).toBe(4)
  })

  test('an Alipay deposit on a free repair goes back to Alipay, said before confirming; Ctrl+Enter twice collects once', async ({
    page,
  }, testInfo) => {
    const invoices = new Invoices(page)
    await new Counter(page).open()
    await countInYuan(page)
    await api(page, 'drawer.open', { floatMinor: 20000 })
    const ticket = await readyWithDeposit(page, 5000, 'alipay')
    await page.goto(`/#/tickets/${ticket.id}`)
    await invoices.startPickup()
    await expect(invoices.depositReturn()).toContainText('¥50.00')
    await expect(invoices.depositReturn().getByRole('radio', { name: '原路退回（支付宝）' })).toBeChecked()
    await keepScreenshot(page, testInfo, 'zh-CN-pickup-deposit-return')

    await page.keyboard.press('Control+Enter')
    await page.keyboard.press('Control+Enter')
    const { text } = await invoices.printedInvoice()
    expect(text.replace(/\s+/g, '')).toContain('退还定金，支付宝-¥50.00')
    await expect(invoices.moneyError()).toBeHidden()
    expect(await invoiceCount(page)).toBe(1)
    // No cash left the drawer: the money went back to Alipay.
    expect(await expectedCash(page)).toBe(20000)
  })

  test('the clerk may give the deposit back in cash instead, and the drawer pays it out', async ({
    page,
  }) => {
    const invoices = new Invoices(page)
    await new Counter(page).open()
    await countInYuan(page)
    await api(page, 'drawer.open', { floatMinor: 20000 })
    const ticket = await readyWithDeposit(page, 3000, 'wechat')
    await page.goto(`/#/tickets/${ticket.id}`)
    await invoices.startPickup()
    await invoices.depositReturn().getByText('退现金').click()
    await page.getByTestId('pickup-confirm').click()
    const { text } = await invoices.printedInvoice()
    expect(text.replace(/\s+/g, '')).toContain('退还定金，现金-¥30.00')
    expect(await expectedCash(page)).toBe(20000 - 3000)
  })
})

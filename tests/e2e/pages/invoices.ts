/**
 * Page objects: money at the counter — pickup and pay, the counter sale, an invoice and its refund,
 * and the printed invoice. Selectors live here only.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { pdfText } from '../pdfText'

export class Invoices {
  constructor(readonly page: Page) {}

  // ---- Pickup ---------------------------------------------------------------------------------
  /** From the ticket page: "Pick up & pay" is focused, so Enter opens the pickup. */
  async startPickup(): Promise<void> {
    await expect(this.page.getByTestId('pickup-open')).toBeFocused()
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByTestId('pickup-form')).toBeVisible()
  }

  paymentPanel(): Locator {
    return this.page.getByTestId('payment-panel')
  }

  tenderLine(index: number): Locator {
    return this.paymentPanel().getByTestId('tender-line').nth(index)
  }

  /** The cash line: how much of the bill it pays, and what the customer handed over. */
  async payCash(index: number, amount: string, handedOver: string): Promise<void> {
    const line = this.tenderLine(index)
    await expect(line).toHaveAttribute('data-tender', 'cash')
    await line.getByTestId('tender-amount').fill(amount)
    await line.getByTestId('tender-tendered').fill(handedOver)
  }

  /** Adds a tender for what is left (e.g. 'wechat'), with a transaction number. */
  async addTender(tender: string, reference = ''): Promise<Locator> {
    await this.paymentPanel().getByTestId(`tender-${tender}`).click()
    const line = this.paymentPanel().getByTestId('tender-line').last()
    await expect(line).toHaveAttribute('data-tender', tender)
    if (reference) await line.getByTestId('tender-reference').fill(reference)
    return line
  }

  /** Confirms the pickup; expects to land on the printed invoice. */
  async confirmPickup(): Promise<void> {
    await this.page.getByTestId('pickup-confirm').click()
  }

  moneyError(): Locator {
    return this.page.getByTestId('money-error')
  }

  /** The warning a money form shows when it opens with the drawer closed. */
  drawerNotice(): Locator {
    return this.page.getByTestId('drawer-closed-notice')
  }

  /** Opens the day's drawer from the warning, in a dialog over the form, with a float. */
  async openDrawerHere(float: string): Promise<void> {
    await this.drawerNotice().getByTestId('drawer-open-here').click()
    const floatBox = this.page.getByTestId('drawer-float')
    await floatBox.fill(float)
    await floatBox.press('Enter')
    await expect(floatBox).toBeHidden()
    await expect(this.drawerNotice()).toBeHidden()
  }

  /** What the pickup says goes back of a deposit larger than the invoice, and how. */
  depositReturn(): Locator {
    return this.page.getByTestId('pickup-deposit-return')
  }

  // ---- The printed invoice --------------------------------------------------------------------
  /** Waits for the print view to be drawn and to ask for the print dialog; prints it to PDF. */
  async printedInvoice(): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await expect(page.getByTestId('invoice-print')).toBeVisible({ timeout: 20_000 })
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBeGreaterThan(0)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }

  /** Escape on the print view goes back where the clerk came from. */
  async leavePrint(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.page.getByTestId('invoice-print')).toBeHidden()
  }

  // ---- Counter sale ---------------------------------------------------------------------------
  async openSale(): Promise<void> {
    // Just after a page load the app's keys may not listen yet: press again until the sale opens.
    await expect(async () => {
      await this.page.keyboard.press('F7')
      await expect(this.page.getByTestId('sale-page')).toBeVisible({ timeout: 2_000 })
    }).toPass()
    await expect(this.page.getByTestId('scan-box')).toBeFocused()
  }

  /** Types into the scan box as a scanner does (the code, then Enter). */
  async scan(code: string): Promise<void> {
    const box = this.page.getByTestId('scan-box')
    await box.fill(code)
    await box.press('Enter')
    await expect(box).toHaveValue('')
  }

  saleLine(partId: string): Locator {
    return this.page.locator(`[data-testid="counter-line"][data-part-id="${partId}"]`)
  }

  async issueSale(): Promise<void> {
    await this.page.getByTestId('sale-issue').click()
  }

  // ---- Invoices -------------------------------------------------------------------------------
  async openInvoice(number: string): Promise<void> {
    await this.page.goto('/#/invoices')
    await this.page.getByTestId('invoices-search').fill(number)
    // The list redraws when the search answers; a click on a row being replaced is lost, so click
    // again until the invoice opens.
    await expect(async () => {
      await this.page.getByTestId('invoice-row').filter({ hasText: number }).first().click()
      await expect(this.page.getByTestId('invoice-number')).toHaveText(number, { timeout: 2_000 })
    }).toPass()
  }

  /** Gives back `quantity` of the line described, back to stock, to the original tenders. */
  async refundLine(description: string, quantity: string, reason: string): Promise<void> {
    await this.page.getByTestId('invoice-refund').click()
    const form = this.page.getByTestId('refund-form')
    const line = form.getByTestId('refund-line').filter({ hasText: description })
    await line.getByTestId('refund-quantity').fill(quantity)
    await expect(line.getByTestId('refund-restock')).toBeChecked()
    await form.getByTestId('refund-reason').fill(reason)
    await form.getByTestId('refund-confirm').click()
  }
}

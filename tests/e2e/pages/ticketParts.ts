import { expect, type Locator, type Page } from '@playwright/test'

/** Parts on a ticket, special orders and sending a device out, as a technician does them. Selectors live here only. */
export class TicketParts {
  constructor(readonly page: Page) {}

  /** Opens a ticket from the counter's search box, as a scanner would. */
  async openTicket(number: string): Promise<void> {
    const page = this.page
    await page.goto('/#/')
    const search = page.getByTestId('counter-search')
    await search.fill(number)
    await search.press('Enter')
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
  }

  /** Moves the ticket along the status machine from its page. */
  async changeStatus(status: string): Promise<void> {
    const page = this.page
    await page.getByTestId('change-status').click()
    await page.getByTestId(`status-to-${status}`).click()
    await page.getByTestId('status-confirm').click()
    await expect(page.getByTestId('status-note')).toBeHidden()
  }

  /** Scans (or types) a part's code into the ticket's part box and chooses it. */
  async choosePart(code: string): Promise<void> {
    const box = this.page.getByTestId('ticket-part-find')
    await box.fill(code)
    await box.press('Enter')
    await expect(this.page.getByTestId('ticket-part-chosen')).toBeVisible()
  }

  async addPart(code: string, quantity: string, how: 'reserve' | 'use-now'): Promise<void> {
    await this.choosePart(code)
    await this.page.getByTestId('ticket-part-quantity').fill(quantity)
    await this.page.getByTestId(`ticket-part-${how}`).click()
    await expect(this.page.getByTestId('ticket-part-chosen')).toBeHidden()
  }

  row(sku: string, status: string): Locator {
    return this.page.locator(`[data-testid="ticket-part"][data-sku="${sku}"][data-status="${status}"]`)
  }

  /** Orders the chosen part for this ticket from the special order form the panel offers. */
  async specialOrder(unitCost: string): Promise<string> {
    const page = this.page
    await expect(page.getByTestId('special-order')).toBeVisible()
    await page.getByTestId('special-order-cost').fill(unitCost)
    await page.getByTestId('special-order-submit').click()
    const done = page.getByTestId('special-order-done')
    await expect(done).toBeVisible()
    return /[A-Z0-9]+-P\d+/.exec((await done.textContent()) ?? '')?.[0] ?? ''
  }

  async sendOut(details: { partner: string; tracking: string }): Promise<void> {
    const page = this.page
    await page.getByTestId('send-out-open').click()
    await page.getByTestId('send-out-partner').fill(details.partner)
    await page.getByTestId('send-out-tracking').fill(details.tracking)
    await page.getByTestId('send-out-submit').click()
    await expect(page.getByTestId('send-out-submit')).toBeHidden()
  }

  async recordReturn(note: string): Promise<void> {
    const page = this.page
    await page.getByTestId('send-out-return').click()
    await page.getByTestId('send-out-return-note').fill(note)
    await page.getByTestId('send-out-return-submit').click()
    await expect(page.getByTestId('send-out-return-submit')).toBeHidden()
  }

  timeline(): Locator {
    return this.page.getByTestId('ticket-timeline')
  }
}

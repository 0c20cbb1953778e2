/**
 * Page objects: what a clerk does at the counter, in the clerk's words. Tests read as the flow
 * (`counter.intake({...})`), and selectors live here only.
 */
import { expect, type Page } from '@playwright/test'
import { pdfText } from '../pdfText'

export interface IntakeDetails {
  customerName: string
  phone: string
  brand: string
  model: string
  serial: string
  fault: string
  accessories?: string[]
  condition?: string
  unlockCode?: string
  estimate?: string
  deposit?: string
}

export class Counter {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    // The browser's print dialog cannot be driven from a test: count the requests for it instead,
    // and print to PDF through Chromium's own printing (the same print CSS).
    await this.page.addInitScript(() => {
      const browserWindow = globalThis as unknown as { print: () => void; printRequests: number }
      browserWindow.printRequests = 0
      browserWindow.print = () => {
        browserWindow.printRequests += 1
      }
    })
    await this.page.goto('/#/')
    await expect(this.page.getByTestId('counter-search')).toBeVisible()
  }

  /** Takes a walk-in repair for a new customer and device; returns the ticket number shown. */
  async intakeNewCustomer(details: IntakeDetails): Promise<string> {
    const page = this.page
    await page.keyboard.press('F2')
    await expect(page.getByTestId('intake-customer-search')).toBeFocused()
    await page.getByTestId('intake-customer-name').fill(details.customerName)
    await page.getByTestId('intake-customer-phone').fill(details.phone)
    await this.fillDeviceAndRepair(details)
    // Enter in a field saves, as at a real counter.
    await page.getByTestId('intake-condition').press('Enter')
    return this.savedTicketNumber()
  }

  /** Takes a repair for a customer found by the lookup (phone or name), with a new device. */
  async intakeExistingCustomer(lookup: string, details: IntakeDetails): Promise<string> {
    const page = this.page
    await page.keyboard.press('F2')
    await page.getByTestId('intake-customer-search').fill(lookup)
    await expect(page.getByTestId('intake-customer-match').first()).toBeVisible()
    await page.getByTestId('intake-customer-search').press('Enter')
    await expect(page.getByTestId('intake-customer-chosen')).toContainText(details.customerName)
    await this.fillDeviceAndRepair(details)
    await page.getByTestId('intake-save').click()
    return this.savedTicketNumber()
  }

  private async fillDeviceAndRepair(details: IntakeDetails): Promise<void> {
    const page = this.page
    await page.getByTestId('device-form-brand').fill(details.brand)
    await page.getByTestId('device-form-model').fill(details.model)
    await page.getByTestId('device-form-serial').fill(details.serial)
    await page.getByTestId('intake-fault').fill(details.fault)
    for (const accessory of details.accessories ?? []) {
      await page.getByTestId('intake-accessories').fill(accessory)
      await page.getByTestId('intake-accessories').press('Enter')
    }
    if (details.unlockCode) await page.getByTestId('intake-unlock-code').fill(details.unlockCode)
    if (details.estimate) await page.getByTestId('intake-estimate').fill(details.estimate)
    if (details.deposit) await page.getByTestId('intake-deposit').fill(details.deposit)
    await page.getByTestId('intake-condition').fill(details.condition ?? '')
  }

  private async savedTicketNumber(): Promise<string> {
    const number = this.page.getByTestId('saved-ticket-number')
    await expect(number).toBeVisible()
    return (await number.textContent())?.trim() ?? ''
  }

  async nextCustomer(): Promise<void> {
    await this.page.getByTestId('saved-next').click()
    await expect(this.page.getByTestId('intake-saved')).toBeHidden()
  }

  /** Types into the home search box as a scanner would (the text, then Enter). */
  async scan(text: string): Promise<void> {
    await this.page.keyboard.press('F1')
    const search = this.page.getByTestId('counter-search')
    await search.fill(text)
    await search.press('Enter')
  }

  async search(text: string): Promise<void> {
    await this.page.keyboard.press('F1')
    await this.page.getByTestId('counter-search').fill(text)
    await expect(this.page.getByTestId('counter-results')).toBeVisible()
  }

  /** Opens the receipt view of the ticket on screen and prints it to PDF; returns the PDF's text. */
  async printReceipt(layout: '80mm' | 'a4'): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await page.getByTestId(layout === '80mm' ? 'print-80mm' : 'print-a4').click()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    // The receipt asked the browser for its print dialog as soon as it was drawn.
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBe(1)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }
}

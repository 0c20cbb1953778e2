import { expect, type Locator, type Page } from '@playwright/test'
import { pdfText } from '../pdfText'

/** Purchase orders as a store manager uses them: suggest, order, receive, print. Selectors live here only. */
export class Purchasing {
  constructor(readonly page: Page) {}

  /** Counts requests for the print dialog instead of opening it; call before the first navigation. */
  async stubPrinting(): Promise<void> {
    await this.page.addInitScript(() => {
      const browserWindow = globalThis as unknown as { print: () => void; printRequests: number }
      browserWindow.printRequests = 0
      browserWindow.print = () => {
        browserWindow.printRequests += 1
      }
    })
  }

  async open(): Promise<void> {
    await this.page.goto('/#/purchase-orders')
    await expect(this.page.getByTestId('po-new')).toBeVisible()
  }

  /** Opens the reorder suggestions, keeps every supplier ticked and creates the drafts. */
  async createFromSuggestions(): Promise<string> {
    const page = this.page
    await page.getByTestId('po-from-suggestions').click()
    await expect(page.getByTestId('suggestion-group').first()).toBeVisible()
    await page.getByTestId('suggestions-create').click()
    await expect(page.getByTestId('po-draft')).toBeVisible()
    return (await page.getByTestId('po-number').textContent()) ?? ''
  }

  suggestion(sku: string): Locator {
    return this.page.locator(`[data-testid="suggestion-line"][data-sku="${sku}"]`)
  }

  status(): Locator {
    return this.page.getByTestId('po-status')
  }

  /** Types a code or name into the draft's part box, as a scanner does: the text, then Enter. */
  async addPart(code: string): Promise<void> {
    const box = this.page.getByTestId('po-add-part')
    await box.fill(code)
    await box.press('Enter')
  }

  async setDraftCost(sku: string, unitCost: string): Promise<void> {
    await this.page
      .locator(`[data-testid="po-draft-line"][data-sku="${sku}"]`)
      .getByTestId('po-draft-cost')
      .fill(unitCost)
  }

  async saveDraft(): Promise<void> {
    await this.page.getByTestId('po-save').click()
    await expect(this.page.getByTestId('po-draft-saved')).toBeVisible()
  }

  async order(): Promise<void> {
    await this.page.getByTestId('po-order').click()
    await expect(this.status()).toHaveAttribute('data-status', 'ordered')
  }

  /** Types a code into the receiving box as a scanner does: the code, then Enter. */
  async scan(code: string): Promise<void> {
    const box = this.page.getByTestId('po-receive-scan')
    await box.fill(code)
    await box.press('Enter')
    await expect(box).toHaveValue('')
  }

  receivingLine(sku: string): Locator {
    return this.page.locator(`[data-testid="po-receive-line"][data-sku="${sku}"]`)
  }

  line(sku: string): Locator {
    return this.page.locator(`[data-testid="po-line"][data-sku="${sku}"]`)
  }

  async setReceiving(sku: string, quantity: string): Promise<void> {
    await this.receivingLine(sku).getByTestId('po-receive-quantity').fill(quantity)
  }

  async setActualCost(sku: string, unitCost: string): Promise<void> {
    await this.receivingLine(sku).getByTestId('po-receive-cost').fill(unitCost)
  }

  async receive(): Promise<void> {
    await this.page.getByTestId('po-receive-submit').click()
    // Received: the panel says so, or, when nothing is outstanding any more, leaves with the order closed.
    await expect(
      this.page.locator(
        '[data-testid="po-receive-message"][data-kind="received"], [data-testid="po-status"][data-status="received"]',
      ),
    ).toBeVisible()
  }

  /** Prints the order: the printed view opens, asks for the print dialog once, and becomes a PDF. */
  async print(): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await page.getByTestId('po-print').click()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBe(1)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }
}

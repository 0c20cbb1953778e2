import { expect, type Locator, type Page } from '@playwright/test'

/** Stock counts as a store manager runs them: start, scan, type, post. Selectors live here only. */
export class Counts {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/counts')
    await expect(this.page.getByTestId('new-count')).toBeVisible()
  }

  /** Starts a count of a bin or category ("库位", "A-01"), or of all parts; lands on the count. */
  async start(scopeLabel: string, value = '', note = ''): Promise<string> {
    const page = this.page
    await page.getByTestId('new-count').click()
    await page.getByTestId('count-scope').getByText(scopeLabel, { exact: true }).click()
    if (value) await page.getByTestId('count-scope-value').fill(value)
    if (note) await page.getByTestId('count-note').fill(note)
    await page.getByTestId('count-start').click()
    await expect(page.getByTestId('count-scan')).toBeFocused()
    return (await page.getByTestId('count-number').textContent()) ?? ''
  }

  /** Types a code into the scan box as a scanner does: the code, then Enter. */
  async scan(code: string): Promise<void> {
    const box = this.page.getByTestId('count-scan')
    await box.fill(code)
    await box.press('Enter')
    await expect(box).toHaveValue('')
  }

  line(sku: string): Locator {
    return this.page.locator(`[data-testid="count-line"][data-sku="${sku}"]`)
  }

  /** Types a counted quantity into a line and leaves it with Enter, which saves it. */
  async type(sku: string, quantity: string): Promise<void> {
    const field = this.line(sku).getByTestId('count-line-counted')
    await field.fill(quantity)
    await field.press('Enter')
    await expect(this.line(sku).getByTestId('count-line-counted')).toHaveValue(quantity)
  }

  async post(): Promise<void> {
    await this.page.getByTestId('count-post').click()
    await expect(this.page.getByTestId('count-post-summary')).toBeVisible()
    // Settled, not fading in, so a screenshot shows the dialog as a person reads it.
    await expect(this.page.getByRole('dialog')).toHaveCSS('opacity', '1')
  }

  async confirmPost(): Promise<void> {
    await this.page.getByTestId('count-post-confirm').click()
    await expect(this.page.getByTestId('count-post-summary')).toBeHidden()
  }

  async cancel(): Promise<void> {
    await this.page.getByTestId('count-cancel').click()
    await this.page.getByTestId('count-cancel-confirm').click()
  }

  status(): Locator {
    return this.page.getByTestId('count-status')
  }
}

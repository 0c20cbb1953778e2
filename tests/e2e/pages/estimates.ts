import { expect, type Locator, type Page } from '@playwright/test'

export interface NewLabour {
  name: string
  category?: string
  price: string
  minutes?: string
  warrantyDays?: string
}

/** The labour catalogue, and an estimate on a ticket as a technician and the counter use them. Selectors live here only. */
export class Estimates {
  constructor(readonly page: Page) {}

  /** The shop's currency and tax settings on the settings page. */
  async setUpShop(currency: string, taxPercent: string, pricesIncludeTax: boolean): Promise<void> {
    const page = this.page
    await page.goto('/#/settings')
    await page.getByTestId('settings-currency').click()
    await page.getByRole('option', { name: new RegExp(`^${currency} ·`) }).click()
    await page.getByTestId('settings-tax-rate').fill(taxPercent)
    await page.getByTestId('settings-prices-include-tax').setChecked(pricesIncludeTax)
    await page.getByTestId('settings-save').click()
    await expect(page.getByTestId('settings-saved')).toBeVisible()
  }

  async openLabour(): Promise<void> {
    await this.page.goto('/#/labour')
    await expect(this.page.getByTestId('labour-search')).toBeVisible()
  }

  async addLabour(item: NewLabour): Promise<void> {
    const page = this.page
    await page.getByTestId('labour-new').click()
    await page.getByTestId('labour-form-name').fill(item.name)
    if (item.category) await page.getByTestId('labour-form-category').fill(item.category)
    await page.getByTestId('labour-form-price').fill(item.price)
    if (item.minutes) await page.getByTestId('labour-form-minutes').fill(item.minutes)
    if (item.warrantyDays) await page.getByTestId('labour-form-warranty').fill(item.warrantyDays)
    // Enter in a field saves.
    await page.getByTestId('labour-form-price').press('Enter')
    await expect(page.getByTestId('labour-form')).toBeHidden()
  }

  labourRow(name: string): Locator {
    return this.page.getByTestId('labour-row').filter({ hasText: name })
  }

  /** Opens a ticket from the counter's search by its number. */
  async openTicket(number: string): Promise<void> {
    const page = this.page
    await page.goto('/#/')
    await page.getByTestId('counter-search').fill(number)
    await page.getByTestId('counter-search').press('Enter')
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
  }

  /** The ticket's status menu: the move to another status, confirmed without a note. */
  async changeStatus(status: string): Promise<void> {
    const page = this.page
    await page.getByTestId('change-status').click()
    await page.getByTestId(`status-to-${status}`).click()
    await page.getByTestId('status-confirm').click()
    await expect(this.ticketStatus()).toHaveAttribute('data-status', status)
  }

  ticketStatus(): Locator {
    return this.page.getByTestId('ticket-number').locator('xpath=..').locator('[data-status]')
  }

  panel(): Locator {
    return this.page.getByTestId('estimate-panel')
  }

  /**
   * Starts the ticket's first estimate ('first') or a new version of one already answered
   * ('new-version'): the test knows which, so the page object waits for that button, never guesses.
   */
  async startEditing(which: 'first' | 'new-version' = 'first'): Promise<void> {
    const panel = this.panel()
    await panel.getByTestId(which === 'first' ? 'estimate-create' : 'estimate-change').click()
    await expect(panel.getByTestId('estimate-editor')).toBeVisible()
  }

  /** Types into the labour box (a fragment or pinyin initials) and takes the first match with Enter. */
  async addLabourLine(search: string, expected: string): Promise<void> {
    const box = this.panel().getByTestId('estimate-add-labour')
    await box.fill(search)
    await expect(this.page.getByRole('option', { name: new RegExp(expected) })).toBeVisible()
    await box.press('ArrowDown')
    await box.press('Enter')
    await expect(this.editorLine(expected)).toBeVisible()
  }

  async addPartLine(search: string, expected: string): Promise<void> {
    const box = this.panel().getByTestId('estimate-add-part')
    await box.fill(search)
    await this.page.getByRole('option', { name: new RegExp(expected) }).click()
    await expect(this.editorLine(expected)).toBeVisible()
  }

  editorLine(description: string): Locator {
    return this.panel()
      .getByTestId('estimate-editor-line')
      .filter({ has: this.page.locator(`input[value="${description}"]`) })
  }

  /** An "other" line (a fee of its own): the last row of the editor. */
  async addFreeLine(description: string, price: string): Promise<void> {
    const panel = this.panel()
    await panel.getByTestId('estimate-add-free').click()
    const line = panel.getByTestId('estimate-editor-line').last()
    await line.getByTestId('estimate-line-description').fill(description)
    await line.getByTestId('estimate-line-price').fill(price)
  }

  async setQuantity(description: string, quantity: string): Promise<void> {
    await this.editorLine(description).getByTestId('estimate-line-quantity').fill(quantity)
  }

  async save(): Promise<void> {
    await this.panel().getByTestId('estimate-save').click()
    await expect(this.panel().getByTestId('estimate-editor')).toBeHidden()
  }

  async send(): Promise<void> {
    await this.panel().getByTestId('estimate-send').click()
    await expect(this.panel().getByTestId('estimate-status')).toHaveAttribute('data-status', 'sent')
  }

  /** Opens the dialog for the customer's answer to the estimate sent. */
  async openAnswer(): Promise<void> {
    await this.panel().getByTestId('estimate-decide').click()
    await expect(this.page.getByTestId('decision-form')).toBeVisible()
  }

  /** Opens the answer dialog and records the customer's answer (see `answer`). */
  async recordAnswer(answer: string, channel: string, note = ''): Promise<void> {
    await this.openAnswer()
    await this.answer(answer, channel, note)
  }

  /** Records the answer in the dialog already open: the answer's and the channel's words as on the buttons. */
  async answer(answer: string, channel: string, note = ''): Promise<void> {
    const form = this.page.getByTestId('decision-form')
    await expect(form).toBeVisible()
    await form.getByTestId('decision-answer').getByText(answer, { exact: true }).click()
    await form.getByTestId('decision-channel').getByText(channel, { exact: true }).click()
    if (note) await form.getByTestId('decision-note').fill(note)
    await form.getByTestId('decision-save').click()
    await expect(form).toBeHidden()
  }
}

/**
 * Page object: notes, attachments, telling the customer, message templates and the job sheet, in
 * the clerk's words. Selectors live here only.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { callApi } from './api'
import { pdfText } from '../pdfText'

export class Messages {
  constructor(readonly page: Page) {}

  /** Calls the shop's API from the page (see pages/api.ts). */
  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  /** The id of the ticket on screen (from its address). */
  ticketId(): string {
    return /#\/tickets\/([0-9a-f-]{36})/.exec(this.page.url())?.[1] ?? ''
  }

  timelineEvents(): Locator {
    return this.page.getByTestId('timeline-event')
  }

  lastEvent(): Locator {
    return this.timelineEvents().last()
  }

  /** Types a note above the timeline and saves it with Ctrl+Enter. */
  async addNote(text: string, visibility: 'internal' | 'customer' = 'internal'): Promise<void> {
    const page = this.page
    if (visibility === 'customer') {
      await page
        .getByTestId('note-visibility')
        .getByText(/客户可见|客戶可見|Customer may see/)
        .click()
    }
    await page.getByTestId('note-text').fill(text)
    await page.getByTestId('note-text').press('Control+Enter')
    await expect(this.timelineEvents().filter({ hasText: text })).toHaveCount(1)
    await expect(page.getByTestId('note-text')).toHaveValue('')
  }

  async showCustomerFacingOnly(on: boolean): Promise<void> {
    await this.page.getByTestId('timeline-customer-only').setChecked(on)
  }

  /** Picks a file as the file button would (a phone photo, a scan). */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('attachment-input').setInputFiles(file)
    await expect(this.attachment(file.name)).toBeVisible()
  }

  attachments(): Locator {
    return this.page.getByTestId('attachment')
  }

  attachment(fileName: string): Locator {
    return this.page.locator(`[data-testid="attachment"][data-file-name="${fileName}"]`)
  }

  /** Opens "Tell the customer"; answers the composed text once it is in. */
  async openTellCustomer(): Promise<string> {
    await this.page.getByTestId('tell-customer').click()
    const text = this.page.getByTestId('tell-text')
    await expect(text).not.toHaveValue('')
    return text.inputValue()
  }

  async chooseChannel(label: string): Promise<void> {
    await this.page.getByTestId('tell-channel').click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }

  async copyMessage(): Promise<string> {
    await this.page.getByTestId('tell-copy').click()
    await expect(this.page.getByTestId('tell-copy')).toHaveText(/已复制|已複製|Copied/)
    return this.page.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText: () => Promise<string> } } }
      ).navigator.clipboard.readText(),
    )
  }

  async markTold(): Promise<void> {
    await this.page.getByTestId('tell-mark-told').click()
    await expect(this.page.getByTestId('tell-text')).toBeHidden()
  }

  /** Writes the owner's wording for one status and language in settings. */
  async saveTemplate(statusLabel: string, languageLabel: string, body: string): Promise<void> {
    const page = this.page
    await page.goto('/#/settings')
    const card = page.getByTestId('message-templates')
    await card.scrollIntoViewIfNeeded()
    await page.getByTestId('template-status').click()
    await page.getByRole('option', { name: statusLabel, exact: true }).click()
    await page.getByTestId('template-language').getByText(languageLabel, { exact: true }).click()
    await page.getByTestId('template-body').fill(body)
    await page.getByTestId('template-save').click()
    await expect(page.getByTestId('template-kind')).toHaveText(/已自定义|已自訂|Your wording/)
  }

  /** Opens the job sheet of the ticket on screen and prints it to PDF; returns the PDF's text. */
  async printJobSheet(layout: '80mm' | 'a4'): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await page.getByTestId('print-job-sheet').click()
    await page.getByTestId(layout === '80mm' ? 'print-job-80mm' : 'print-job-a4').click()
    await expect(page.getByTestId('job-sheet')).toBeVisible()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    // The sheet asked the browser for its print dialog as soon as it was drawn.
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBeGreaterThan(0)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }
}

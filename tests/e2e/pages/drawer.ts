/** Page object: the cash drawer and the day (F8), and its printed Z report. */
import { expect, type Locator, type Page } from '@playwright/test'
import { pdfText } from '../pdfText'

export class Drawer {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('F8')
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  }

  async openWithFloat(float: string): Promise<void> {
    await this.page.getByTestId('drawer-float').fill(float)
    await this.page.getByTestId('drawer-float').press('Enter')
    await expect(this.page.getByTestId('drawer-open-panel')).toBeVisible()
  }

  expected(): Locator {
    return this.page.getByTestId('drawer-expected')
  }

  async payOut(amount: string, reason: string): Promise<void> {
    const form = this.page.getByTestId('drawer-move-form')
    await form.getByTestId('drawer-move-amount').fill(amount)
    await form.getByTestId('drawer-move-reason').fill(reason)
    await form.getByTestId('drawer-move-submit').click()
    await expect(this.page.getByTestId('drawer-movement').filter({ hasText: reason })).toBeVisible()
  }

  /** Opens "Close the day" and types the count of each note or coin (value in minor units → count). */
  async countCash(counts: Record<number, number>): Promise<void> {
    await this.page.getByTestId('drawer-close-day').click()
    const grid = this.page.getByTestId('denomination-grid')
    await expect(grid).toBeVisible()
    for (const [value, count] of Object.entries(counts)) {
      await grid
        .locator(`[data-testid="denomination"][data-value="${value}"]`)
        .getByTestId('denomination-count')
        .fill(String(count))
    }
  }

  async confirmClose(note: string): Promise<void> {
    await this.page.getByTestId('close-note').fill(note)
    await this.page.getByTestId('close-confirm').click()
    await expect(this.page.getByTestId('drawer-closed')).toBeVisible()
    await expect(this.page.getByTestId('z-report')).toBeVisible()
  }

  zFigure(testId: string): Locator {
    return this.page.getByTestId('z-report').getByTestId(testId)
  }

  /** Prints the Z report shown on screen (the print dialog is counted, see Counter.open) to a PDF. */
  async printZReport(layout: '80mm' | 'a4'): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await page.getByTestId(layout === '80mm' ? 'z-print-80mm' : 'z-print-a4').click()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBeGreaterThan(0)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }
}

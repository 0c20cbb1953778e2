import fs from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'
import { pdfText } from '../pdfText'

export interface ReportFigures {
  opening: string
  in: string
  out: string
  closing: string
  value: string
}

/** The daily stock report as a store manager reads it in the evening. Selectors live here only. */
export class Reports {
  constructor(readonly page: Page) {}

  /**
   * The browser's print dialog cannot be driven from a test: count the requests for it instead, and
   * print to PDF through Chromium's own printing (the same print CSS). Call before the first page loads.
   */
  async countPrintRequests(): Promise<void> {
    await this.page.addInitScript(() => {
      const browserWindow = globalThis as unknown as { print: () => void; printRequests: number }
      browserWindow.printRequests = 0
      browserWindow.print = () => {
        browserWindow.printRequests += 1
      }
    })
  }

  /** From the navigation, as a manager does: the report of today. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /库存日报|庫存日報|Stock report/ })
      .click()
    await expect(this.page.getByTestId('report-opening')).toBeVisible()
  }

  /** The report of local days given as YYYY-MM-DD, straight from its address. */
  async openPeriod(start: string, end = start): Promise<void> {
    await this.page.goto(`/#/reports/stock?start=${start}&end=${end}`)
    await expect(this.page.getByTestId('report-opening')).toBeVisible()
  }

  /** Switches the period from a range to one day: the range's last day. */
  async chooseOneDay(): Promise<void> {
    await this.page
      .getByTestId('report-mode')
      .getByText(/^(单日|單日|One day)$/)
      .click()
    await expect(this.page.getByTestId('report-date')).toBeVisible()
  }

  dateShown(): Locator {
    return this.page.getByTestId('report-date')
  }

  async expectFigures(figures: ReportFigures): Promise<void> {
    const page = this.page
    await expect(page.getByTestId('report-opening')).toHaveText(figures.opening)
    await expect(page.getByTestId('report-in')).toHaveText(figures.in)
    await expect(page.getByTestId('report-out')).toHaveText(figures.out)
    await expect(page.getByTestId('report-closing')).toHaveText(figures.closing)
    await expect(page.getByTestId('report-value')).toHaveText(figures.value)
  }

  lines(): Locator {
    return this.page.getByTestId('report-line')
  }

  line(sku: string): Locator {
    return this.page.locator(`[data-testid="report-line"][data-sku="${sku}"]`)
  }

  /** One figure of a part's line: opening, received, usedOnRepairs, sold, adjusted, closing... */
  figure(sku: string, key: string): Locator {
    return this.line(sku).getByTestId(`report-line-${key}`)
  }

  chartKinds(): Locator {
    return this.page.getByTestId('report-kind')
  }

  belowReorder(): Locator {
    return this.page.getByTestId('report-reorder-line')
  }

  /** Prints the report: the printed view opens, asks for the print dialog once, and becomes a PDF. */
  async print(): Promise<{ text: string; pdf: Buffer }> {
    const page = this.page
    await page.getByTestId('report-print').click()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
      .toBe(1)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { text: await pdfText(pdf), pdf }
  }

  /** Leaves the printed view for the report with Escape. */
  async backFromPrint(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.page.getByTestId('report-opening')).toBeVisible()
  }

  /** Clicks an export button and answers the downloaded file's name and bytes. */
  async export(kind: 'csv' | 'xlsx'): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId(`report-${kind}`).click()
    const file = await download
    const path = await file.path()
    return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) }
  }
}

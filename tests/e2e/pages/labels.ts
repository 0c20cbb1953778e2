import { expect, type Locator, type Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { pdfText } from '../pdfText'

export interface PrintedLabels {
  pdf: Buffer
  text: string
  pages: number
}

async function pageCount(data: Buffer): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise
  const pages = document.numPages
  await document.destroy()
  return pages
}

/** Barcode labels for parts, as a store manager prints them from a part's page. Selectors live here only. */
export class Labels {
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

  /** On a part's page: "Print labels", a size ("40 × 30 mm", "A4 …") and copies; the labels view opens. */
  async open(size: RegExp, copies: string, start?: string): Promise<void> {
    const page = this.page
    await page.getByTestId('print-labels').click()
    await page.getByTestId('labels-form-size').click()
    await page.getByRole('option', { name: size }).click()
    await page.getByTestId('labels-form-copies').fill(copies)
    if (start) await page.getByTestId('labels-form-start').fill(start)
    await page.getByTestId('labels-form-submit').click()
    await expect(page.locator('body[data-ready="1"]')).toBeAttached()
  }

  /** The print dialog was asked for this many times since the page loaded. */
  async expectPrintRequests(count: number): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests),
      )
      .toBe(count)
  }

  labels(): Locator {
    return this.page.getByTestId('label')
  }

  emptyPositions(): Locator {
    return this.page.getByTestId('label-empty')
  }

  barcodes(): Locator {
    return this.page.getByTestId('label-barcode')
  }

  /** Changes the copies in the labels view's toolbar and waits for the labels to be drawn again. */
  async setCopies(copies: string): Promise<void> {
    await this.page.getByTestId('labels-copies').fill(copies)
    await expect(this.page.locator('body[data-ready="1"]')).toBeAttached()
  }

  async print(): Promise<PrintedLabels> {
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true })
    return { pdf, text: await pdfText(pdf), pages: await pageCount(pdf) }
  }

  /** Leaves the labels view with Escape, back to the part. */
  async back(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await expect(this.page.getByTestId('part-name')).toBeVisible()
  }
}

/**
 * Page objects: the sales report (chart, exports, the accountant's files, print), money owed and a
 * customer's statement. Selectors live here only.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'
import { callApi } from './api'
import { pdfText } from '../pdfText'

export interface DownloadedFile {
  name: string
  bytes: Buffer
}

interface Part {
  id: string
}

interface Invoice {
  id: string
  number: string
  totalMinor: number
  balanceMinor: number
  lines: { id: string; partId: string | null; totalMinor: number }[]
}

/** Sets up the day's money through the API: the sale and refund screens are tested elsewhere. */
export class SalesSetup {
  constructor(readonly page: Page) {}

  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  /** The shop counts in yuan (a new shop takes the computer's currency). */
  async countInYuan(): Promise<void> {
    const settings = await this.api<Record<string, unknown>>('settings.get', {})
    await this.api('settings.update', { ...settings, currency: 'CNY' })
  }

  /** A part of a category, in stock at a unit cost. */
  async part(
    sku: string,
    name: string,
    category: string,
    priceMinor: number,
    costMinor: number,
  ): Promise<Part> {
    const part = await this.api<Part>('parts.create', { sku, name, category, priceMinor })
    await this.api('stock.receive', { partId: part.id, quantity: 20, unitCostMinor: costMinor })
    return part
  }

  async customer(name: string, phone: string): Promise<{ id: string }> {
    return this.api('customers.create', { name, phones: [phone] })
  }

  async openDrawer(floatMinor = 50000): Promise<void> {
    await this.api('drawer.open', { floatMinor })
  }

  async sell(
    lines: { partId: string; quantity?: number }[],
    payments: { tender: string; amountMinor: number }[],
    customerId: string | null = null,
  ): Promise<Invoice> {
    return this.api<Invoice>('invoices.sell', {
      customerId,
      lines: lines.map((line) => ({ kind: 'part', partId: line.partId, quantity: line.quantity ?? 1 })),
      payments,
    })
  }

  /** What a sale of these lines comes to, before it is issued. */
  async totalOf(lines: { partId: string; quantity?: number }[]): Promise<number> {
    const preview = await this.api<{ totalMinor: number }>('invoices.preview', {
      lines: lines.map((line) => ({ kind: 'part', partId: line.partId, quantity: line.quantity ?? 1 })),
    })
    return preview.totalMinor
  }

  async refund(invoice: Invoice, partId: string, reason: string): Promise<Invoice> {
    const line = invoice.lines.find((candidate) => candidate.partId === partId)
    if (!line) throw new Error('no such line')
    return this.api<Invoice>('invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1, restock: true }],
      reason,
    })
  }
}

/** The sales report as a shop manager reads it in the evening. */
export class SalesReportScreen {
  constructor(readonly page: Page) {}

  /**
   * The browser's print dialog cannot be driven from a test: count the requests for it instead, and
   * print to PDF through Chromium's own printing. Call before the first page loads.
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

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /销售日报|銷售日報|Sales report/ })
      .click()
    await expect(this.page.getByTestId('sales-total')).toBeVisible()
  }

  /** One of the period buttons: today, week, month. */
  async choose(preset: RegExp): Promise<void> {
    await this.page.getByTestId('sales-period').getByText(preset).click()
  }

  figure(name: 'total' | 'refunds' | 'net' | 'tax' | 'margin'): Locator {
    return this.page.getByTestId(`sales-${name}`)
  }

  chartBars(): Locator {
    return this.page.getByTestId('sales-chart').locator('path.recharts-rectangle')
  }

  day(date: string): Locator {
    return this.page.locator(`[data-testid="sales-day"][data-date="${date}"]`)
  }

  dayFigure(date: string, figure: string): Locator {
    return this.day(date).locator(`[data-figure="${figure}"]`)
  }

  tender(tender: string): Locator {
    return this.page.locator(`[data-testid="sales-tender"][data-tender="${tender}"]`)
  }

  category(category: string): Locator {
    return this.page.locator(`[data-testid="sales-category"][data-category="${category}"]`)
  }

  private async download(click: () => Promise<void>, count = 1): Promise<DownloadedFile[]> {
    const files: DownloadedFile[] = []
    const done = new Promise<void>((resolve) => {
      this.page.on('download', (download) => {
        void download.path().then((path) => {
          files.push({ name: download.suggestedFilename(), bytes: fs.readFileSync(path) })
          if (files.length === count) resolve()
        })
      })
    })
    await click()
    await done
    return files
  }

  async export(kind: 'csv' | 'xlsx'): Promise<DownloadedFile> {
    const [file] = await this.download(() => this.page.getByTestId(`sales-${kind}`).click())
    if (!file) throw new Error('nothing was downloaded')
    return file
  }

  /** The accountant's export: two CSV files, or one workbook. */
  async exportForAccountant(kind: 'csv' | 'xlsx'): Promise<DownloadedFile[]> {
    return this.download(
      async () => {
        await this.page.getByTestId('sales-accountant').click()
        await this.page.getByTestId(`sales-accountant-${kind}`).click()
      },
      kind === 'csv' ? 2 : 1,
    )
  }

  /** Prints the report: the printed view asks for the print dialog once, and becomes a PDF. */
  async print(): Promise<{ text: string; pdf: Buffer }> {
    await this.page.getByTestId('sales-print').click()
    return printedDocument(this.page, 'sales-report-sheet')
  }
}

/** Money owed, a customer's account on their page, and the printed statement. */
export class MoneyOwed {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /客户欠款|客戶欠款|Money owed/ })
      .click()
    await expect(this.page.getByTestId('money-owed-page')).toBeVisible()
  }

  rows(): Locator {
    return this.page.getByTestId('money-owed-row')
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="money-owed-row"][data-customer="${name}"]`)
  }

  async openStatement(name: string): Promise<{ text: string; pdf: Buffer }> {
    await this.row(name).getByTestId('money-owed-statement').click()
    return printedDocument(this.page, 'statement-sheet')
  }

  async openCustomer(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name }).click()
    await expect(this.page.getByTestId('customer-details')).toBeVisible()
  }

  customerBalance(): Locator {
    return this.page.getByTestId('customer-balance')
  }

  /** The statement from the customer's page, for one of its periods (wholeHistory, thisMonth...). */
  async statementFromCustomer(period: string): Promise<{ text: string; pdf: Buffer }> {
    await this.page.getByTestId('customer-statement').click()
    await this.page.getByTestId(`statement-${period}`).click()
    return printedDocument(this.page, 'statement-sheet')
  }

  statementClosing(): Locator {
    return this.page.getByTestId('statement-closing')
  }
}

/** Waits for an A4 print view to be drawn with its fonts, then prints it to PDF as Chromium does. */
async function printedDocument(page: Page, testId: string): Promise<{ text: string; pdf: Buffer }> {
  await expect(page.getByTestId(testId)).toBeVisible({ timeout: 20_000 })
  await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  return { text: await pdfText(pdf), pdf }
}

/** Keeps a printed PDF and a PNG of its first page beside the screenshots, to look at. */
export function keepPdf(testInfo: TestInfo, name: string, pdf: Buffer): void {
  const file = testInfo.outputPath(`${name}.pdf`)
  fs.writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', file, testInfo.outputPath(name)])
  const shared = 'test-results/screens'
  fs.mkdirSync(shared, { recursive: true })
  for (const png of fs.readdirSync(testInfo.outputPath()).filter((entry) => entry.startsWith(`${name}-`)))
    fs.copyFileSync(testInfo.outputPath(png), `${shared}/chromium-${png}`)
}

/** The pages a newcomer opens in the demo shop to see its weeks. Selectors live here only. */
import { expect, type Locator, type Page } from '@playwright/test'

/** A local day as the reports' addresses take it, `offsetDays` from today. */
export function localDay(offsetDays = 0): string {
  const day = new Date()
  day.setDate(day.getDate() + offsetDays)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

export class DemoShop {
  constructor(readonly page: Page) {}

  /** The daily stock report over the demo's weeks. */
  async openStockReport(start: string, end: string): Promise<void> {
    await this.page.goto(`/#/reports/stock?start=${start}&end=${end}`)
    await expect(this.page.getByTestId('report-opening')).toBeVisible()
  }

  stockFigure(name: 'opening' | 'in' | 'out' | 'closing' | 'value'): Locator {
    return this.page.getByTestId(`report-${name}`)
  }

  stockLines(): Locator {
    return this.page.getByTestId('report-line')
  }

  async openSalesReport(start: string, end: string): Promise<void> {
    await this.page.goto(`/#/reports/sales?start=${start}&end=${end}`)
    await expect(this.page.getByTestId('sales-total')).toBeVisible()
  }

  salesFigure(name: 'total' | 'refunds' | 'net' | 'tax' | 'margin'): Locator {
    return this.page.getByTestId(`sales-${name}`)
  }

  salesTenders(): Locator {
    return this.page.getByTestId('sales-tender')
  }

  async openDrawer(): Promise<void> {
    await this.page.goto('/#/drawer')
    await expect(this.page.getByTestId('drawer-history')).toBeVisible()
  }

  drawerHistory(): Locator {
    return this.page.getByTestId('drawer-history-row')
  }

  async openMoneyOwed(): Promise<void> {
    await this.page.goto('/#/money-owed')
    await expect(this.page.getByTestId('money-owed-page')).toBeVisible()
  }

  owing(): Locator {
    return this.page.getByTestId('money-owed-row')
  }

  owedBalances(): Locator {
    return this.page.getByTestId('money-owed-balance')
  }
}

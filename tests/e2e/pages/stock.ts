import { expect, type Locator, type Page } from '@playwright/test'

export interface NewPart {
  sku: string
  name: string
  brand?: string
  models?: string
  barcode?: string
  price?: string
  reorderPoint?: string
  bin?: string
  supplier?: string
}

/** The parts stock and suppliers as a store manager uses them. Selectors live here only. */
export class Stock {
  constructor(readonly page: Page) {}

  /** The shop settings stock depends on: its currency, and whether stock may go below zero. */
  async setUpShop(settings: { currency?: string; allowNegativeStock?: boolean }): Promise<void> {
    const page = this.page
    await page.goto('/#/settings')
    if (settings.currency) {
      await page.getByTestId('settings-currency').click()
      await page.getByRole('option', { name: new RegExp(`^${settings.currency} ·`) }).click()
    }
    if (settings.allowNegativeStock !== undefined)
      await page.getByTestId('settings-allow-negative-stock').setChecked(settings.allowNegativeStock)
    await page.getByTestId('settings-save').click()
    await expect(page.getByTestId('settings-saved')).toBeVisible()
  }

  async openParts(): Promise<void> {
    await this.page.keyboard.press('F5')
    await expect(this.page.getByTestId('part-search')).toBeVisible()
  }

  async openSuppliers(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: /供应商|供應商|Suppliers/ })
      .click()
    await expect(this.page.getByTestId('supplier-search')).toBeVisible()
  }

  async addSupplier(supplier: { name: string; contact?: string; phone?: string }): Promise<void> {
    const page = this.page
    await page.getByTestId('new-supplier').click()
    await page.getByTestId('supplier-form-name').fill(supplier.name)
    if (supplier.contact) await page.getByTestId('supplier-form-contact').fill(supplier.contact)
    if (supplier.phone) await page.getByTestId('supplier-form-phone').fill(supplier.phone)
    await page.getByTestId('supplier-form-submit').click()
    await expect(page.getByTestId('supplier-name')).toHaveText(supplier.name)
  }

  /** From the parts list: adds a part to the catalogue and lands on its page. */
  async addPart(part: NewPart): Promise<void> {
    const page = this.page
    await page.getByTestId('new-part').click()
    await page.getByTestId('part-form-sku').fill(part.sku)
    await page.getByTestId('part-form-name').fill(part.name)
    if (part.brand) await page.getByTestId('part-form-brand').fill(part.brand)
    if (part.models) await page.getByTestId('part-form-models').fill(part.models)
    if (part.barcode) {
      await page.getByTestId('part-form-barcodes').fill(part.barcode)
      await page.getByTestId('part-form-barcodes').press('Enter')
    }
    if (part.price) await page.getByTestId('part-form-price').fill(part.price)
    if (part.reorderPoint) await page.getByTestId('part-form-reorder-point').fill(part.reorderPoint)
    if (part.bin) await page.getByTestId('part-form-bin').fill(part.bin)
    if (part.supplier) {
      await page.getByTestId('part-form-supplier').click()
      await page.getByRole('option', { name: part.supplier }).click()
    }
    await page.getByTestId('part-form-submit').click()
    await expect(page.getByTestId('part-name')).toHaveText(part.name)
  }

  async receive(quantity: string, unitCost: string): Promise<void> {
    const page = this.page
    await page.getByTestId('receive-stock').click()
    await page.getByTestId('receive-quantity').fill(quantity)
    await page.getByTestId('receive-cost').fill(unitCost)
    await page.getByTestId('receive-submit').click()
    await expect(page.getByTestId('receive-form')).toBeHidden()
  }

  /** Opens the adjustment dialog, picks the reason and types the signed quantity ("-2"). */
  async startAdjustment(quantity: string, reason: string, note = ''): Promise<void> {
    const page = this.page
    await page.getByTestId('adjust-stock').click()
    await page.getByTestId('adjust-reason').getByText(reason, { exact: true }).click()
    await page.getByTestId('adjust-quantity').fill(quantity)
    if (note) await page.getByTestId('adjust-note').fill(note)
    await page.getByTestId('adjust-submit').click()
  }

  async adjust(quantity: string, reason: string, note = ''): Promise<void> {
    await this.startAdjustment(quantity, reason, note)
    await expect(this.page.getByTestId('adjust-form')).toBeHidden()
  }

  onHand(): Locator {
    return this.page.getByTestId('part-on-hand')
  }

  movements(): Locator {
    return this.page.getByTestId('movement-row')
  }

  /** Types a code into the parts search as a scanner does: the code, then Enter. */
  async scan(code: string): Promise<void> {
    const search = this.page.getByTestId('part-search')
    await search.fill(code)
    await search.press('Enter')
  }
}

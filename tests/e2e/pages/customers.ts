import { expect, type Page } from '@playwright/test'

/** The customers area as a clerk uses it: find or add a customer, add their devices, start a repair. */
export class Customers {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.keyboard.press('F4')
    await expect(this.page.getByTestId('customer-search')).toBeVisible()
  }

  async add(name: string, phones: string[]): Promise<void> {
    const page = this.page
    await page.getByTestId('new-customer').click()
    await page.getByTestId('customer-form-name').fill(name)
    for (const [index, phone] of phones.entries()) {
      if (index > 0) await page.getByTestId('customer-form-add-phone').click()
      await page.getByTestId(`customer-form-phone-${index}`).fill(phone)
    }
    await page.getByTestId('customer-form-submit').click()
    await expect(page.getByTestId('customer-name')).toHaveText(name)
  }

  async addDevice(device: { brand: string; model: string; serial: string }): Promise<void> {
    const page = this.page
    await page.getByTestId('add-device').click()
    await page.getByTestId('device-form-brand').fill(device.brand)
    await page.getByTestId('device-form-model').fill(device.model)
    await page.getByTestId('device-form-serial').fill(device.serial)
    await page.getByTestId('device-form-submit').click()
    await expect(page.getByTestId('device-table')).toContainText(device.serial)
  }

  /** From the customer's page: a repair for one of their devices. Returns the ticket number. */
  async newRepair(fault: string): Promise<string> {
    const page = this.page
    await page.getByTestId('new-repair-for-customer').click()
    await expect(page.getByTestId('intake-customer-chosen')).toBeVisible()
    await page.getByTestId('intake-device-existing').first().check()
    await page.getByTestId('intake-fault').fill(fault)
    await page.getByTestId('intake-save').click()
    const number = page.getByTestId('saved-ticket-number')
    await expect(number).toBeVisible()
    return (await number.textContent())?.trim() ?? ''
  }
}

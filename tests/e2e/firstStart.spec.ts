/**
 * The first start of a new shop, as its owner meets it: a server started in the C locale (its
 * `LANG` says nothing about the shop), a browser in Simplified Chinese. The setup is offered in
 * Chinese with yuan, then the first walk-in repair, then its printed receipt. Every key and click a
 * person makes is counted (the measure of issue 10: first start to a printed receipt).
 */
import fs from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { pdfText } from './pdfText'
import { expect, keepScreenshot, test } from './fixtures'

test.use({ locale: 'zh-CN', firstStart: true, shopEnv: { LANG: 'C', LC_ALL: 'C', LC_MESSAGES: 'C' } })

/** What a person does, counted: a typed field is its characters; Tab, Enter, F2 are keys. */
class Person {
  keys = 0
  clicks = 0
  fields = 0
  characters = 0
  constructor(readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.keys += 1
    await this.page.keyboard.press(key)
  }
  /** Types into the field that has the focus (replacing what is selected there). */
  async type(text: string): Promise<void> {
    this.fields += 1
    this.characters += [...text].length
    await this.page.keyboard.type(text)
  }
  async click(target: Locator): Promise<void> {
    this.clicks += 1
    await target.click()
  }
  async fill(target: Locator, text: string): Promise<void> {
    await this.click(target)
    await target.selectText()
    await this.type(text)
  }
}

test('first start to a printed receipt: setup in Chinese on a C-locale server, an intake, the receipt', async ({
  page,
}, testInfo) => {
  // The browser's print dialog cannot be driven from a test: count the requests for it instead.
  await page.addInitScript(() => {
    const browserWindow = globalThis as unknown as { print: () => void; printRequests: number }
    browserWindow.printRequests = 0
    browserWindow.print = () => {
      browserWindow.printRequests += 1
    }
  })
  const person = new Person(page)
  const started = Date.now()
  await page.goto('/#/')

  // The setup, not the counter, and in the browser's language: a Chinese shop name, yuan, Chinese terms.
  await expect(page.getByTestId('setup')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欢迎使用维修服务中心')
  await expect(page.getByTestId('counter-search')).toHaveCount(0)
  const name = page.getByTestId('settings-outlet-name')
  await expect(name).toHaveValue('我的维修店')
  await expect(page.getByTestId('settings-currency')).toHaveValue('CNY · 人民币')
  await expect(page.getByTestId('settings-receipt-terms')).toHaveValue(/^1\. 请凭此单取机/)
  await expect(page.getByTestId('setup-staff-0-name')).toHaveValue('前台')
  await expect(page.getByTestId('load-demo')).toBeVisible()
  await keepScreenshot(page, testInfo, 'zh-first-start-setup')

  // The shop's name has the focus, selected: typing replaces the starter name. Tab moves on.
  await expect(name).toBeFocused()
  await person.type('华强北快修')
  await person.press('Tab')
  await person.type('HQ01')
  await person.press('Tab')
  await person.type('深圳市福田区华强北路1号')
  await person.press('Tab')
  await person.type('0755-8888 1234')
  await person.fill(page.getByTestId('setup-staff-0-name'), '王芳')
  await person.press('Enter')

  // The counter, with the shop's name in the header.
  await expect(page.getByTestId('counter-search')).toBeVisible()
  await expect(page.getByTestId('outlet-name')).toHaveText('华强北快修 · HQ01')
  const setupActions = { keys: person.keys, clicks: person.clicks, fields: person.fields }

  // The first walk-in repair.
  await person.press('F2')
  await expect(page.getByTestId('intake-customer-search')).toBeFocused()
  await person.fill(page.getByTestId('intake-customer-name'), '李娜')
  await person.press('Tab')
  await person.type('13800138000')
  await person.fill(page.getByTestId('device-form-brand'), '华为')
  await person.fill(page.getByTestId('intake-fault'), '屏幕碎裂')
  await person.press('Control+Enter')
  await expect(page.getByTestId('saved-ticket-number')).toHaveText(/^HQ01-000001$/)

  // Enter prints the 80 mm receipt (its button has the focus); the print dialog's OK is one more.
  await expect(page.getByTestId('saved-print-80mm')).toBeFocused()
  await person.press('Enter')
  await expect(page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
  await expect
    .poll(() => page.evaluate(() => (globalThis as unknown as { printRequests: number }).printRequests))
    .toBe(1)
  person.clicks += 1 // the print dialog's "Print"
  const seconds = (Date.now() - started) / 1000

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  fs.writeFileSync(testInfo.outputPath('first-receipt.pdf'), pdf)
  const text = await pdfText(pdf)
  expect(text).toContain('华强北快修')
  expect(text).toContain('深圳市福田区华强北路1号')
  expect(text).toContain('HQ01-000001')
  expect(text).toContain('¥')
  expect(text).toContain('请凭此单取机')
  expect(text).not.toContain('My repair shop')
  expect(text).not.toContain('US$')
  expect(text).not.toContain('Bring this receipt')
  await keepScreenshot(page, testInfo, 'zh-first-receipt')

  const summary =
    `setup: ${setupActions.fields} fields typed, ${setupActions.keys} keys, ${setupActions.clicks} clicks; ` +
    `first start to printed receipt: ${person.fields} fields typed (${person.characters} characters), ` +
    `${person.keys} keys, ${person.clicks} clicks (${seconds.toFixed(1)} s for the test)`
  await testInfo.attach('first-start-actions', { body: summary, contentType: 'text/plain' })
  console.log(`First start: ${summary}`)
  expect(person.keys + person.clicks).toBeLessThanOrEqual(16)
})

test('choosing another language words the setup and its starter texts in it, but not what was typed', async ({
  page,
}) => {
  await page.goto('/#/')
  await page.getByTestId('setup-staff-0-name').fill('王芳')
  await page.getByTestId('settings-language').click()
  await page.getByRole('option', { name: '繁體中文' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('歡迎使用維修服務中心')
  await expect(page.getByTestId('settings-outlet-name')).toHaveValue('我的維修店')
  await expect(page.getByTestId('settings-currency')).toHaveValue('TWD · 新臺幣')
  await expect(page.getByTestId('settings-receipt-terms')).toHaveValue(/^1\. 請憑此單取機/)
  await expect(page.getByTestId('setup-staff-0-name')).toHaveValue('王芳')
  await page.getByTestId('settings-outlet-name').fill('信義快修')
  await page.getByTestId('settings-language').click()
  await page.getByRole('option', { name: 'English' }).click()
  await expect(page.getByTestId('settings-outlet-name')).toHaveValue('信義快修')
  await expect(page.getByTestId('settings-currency')).toHaveValue('USD · US dollar')
})

test('the setup offers a demo shop, which opens the counter with it', async ({ page }) => {
  await page.goto('/#/')
  await expect(page.getByTestId('setup')).toBeVisible()
  await page.getByTestId('load-demo').click()
  await expect(page.getByTestId('counter-search')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('setup')).toHaveCount(0)
})

test.describe('started with --demo', () => {
  test.use({ shopArgs: ['--demo'] })

  test('skips the setup: the demo fills the shop', async ({ page }) => {
    await page.goto('/#/')
    await expect(page.getByTestId('counter-search')).toBeVisible()
    await expect(page.getByTestId('setup')).toHaveCount(0)
  })
})

test('a refused setup shows why under the field, and nothing is saved', async ({ page }) => {
  await page.goto('/#/')
  await page.getByTestId('settings-outlet-code').fill('S')
  await page.getByTestId('setup-add-staff').click()
  await page.getByTestId('setup-staff-1-name').fill('李师傅')
  await page.getByTestId('setup-staff-1-code').fill('C1')
  await page.getByTestId('setup-done').click()
  await expect(page.getByText('2至8位大写字母或数字，如 SZ01', { exact: true })).toBeVisible()
  await page.getByTestId('settings-outlet-code').fill('SZ01')
  await page.getByTestId('setup-done').click()
  await expect(page.getByText('已被其他记录使用', { exact: true })).toBeVisible()
  await expect(page.getByTestId('setup-staff-1-code')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByTestId('setup')).toBeVisible()
})

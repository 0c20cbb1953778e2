import { Counter } from './pages/counter'
import { Customers } from './pages/customers'
import { expect, keepScreenshot, test } from './fixtures'

test.use({ locale: 'zh-TW' })

test('a clerk adds a customer and a device, then takes a repair for that device (繁體中文)', async ({
  page,
}, testInfo) => {
  const counter = new Counter(page)
  const customers = new Customers(page)
  await counter.open()
  await customers.open()
  await customers.add('陳美玲', ['0912 345 678', '02-2345-6789'])
  await customers.addDevice({ brand: 'Apple', model: 'iPad Air 5', serial: 'DMPX2LL1Q1GC' })
  await keepScreenshot(page, testInfo, 'zh-TW-customer')

  const number = await customers.newRepair('螢幕無法顯示')
  await page.getByTestId('saved-open-ticket').click()
  await expect(page.getByTestId('ticket-number')).toHaveText(number)
  await expect(page.getByTestId('ticket-customer')).toHaveText('陳美玲')
  await expect(page.getByText('iPad Air 5')).toBeVisible()
  await keepScreenshot(page, testInfo, 'zh-TW-ticket')

  // The device is found by the last digits of its serial, the customer by her second phone.
  await counter.search('Q1GC')
  await expect(page.getByTestId('result-device')).toContainText('陳美玲')
  await counter.search('6789')
  await expect(page.getByTestId('result-customer')).toContainText('陳美玲')
})

test('the shop is named and its language switched in settings', async ({ page }, testInfo) => {
  const counter = new Counter(page)
  await counter.open()
  await page.getByRole('link', { name: '設定' }).click()
  await page.getByTestId('settings-outlet-name').fill('美玲手機維修')
  await page.getByTestId('settings-outlet-code').fill('tp01')
  await page.getByTestId('settings-save').click()
  await expect(page.getByTestId('outlet-name')).toHaveText('美玲手機維修 · TP01')
  await keepScreenshot(page, testInfo, 'zh-TW-settings')

  await page.getByTestId('settings-outlet-code').fill('台北')
  await page.getByTestId('settings-save').click()
  await expect(page.getByText('2至8位大寫字母或數字，如 TP01').first()).toBeVisible()

  await page.getByTestId('settings-outlet-code').fill('TP01')
  await page.getByTestId('settings-language').click()
  await page.getByRole('option', { name: 'English' }).click()
  await page.getByTestId('settings-save').click()
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('link', { name: 'New intake' })).toBeVisible()
})

test('an empty shop offers a demo shop, which then fills the counter', async ({ page }) => {
  const counter = new Counter(page)
  await counter.open()
  await page.getByTestId('counter-load-demo').click()
  // The offer goes once the shop has customers. (Its "loaded" note closes itself after a few
  // seconds, which a busy machine can miss: the test waits for what stays.)
  await expect(page.getByTestId('counter-load-demo')).toBeHidden()
  await page.keyboard.press('F3')
  await expect(page.getByTestId('ticket-table').locator('[data-ticket-number]').first()).toBeVisible()
})

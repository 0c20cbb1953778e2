/**
 * Input that is wrong but meant well: letters in a phone are refused under the field, full-width
 * digits from a Chinese input method are read, long text shows its limit before saving, and emoji
 * stay in the data but not on the printed receipt.
 */
import fs from 'node:fs'
import type { TicketDetail } from '../../shared/contract'
import { callApi } from './pages/api'
import { Counter } from './pages/counter'
import { expect, keepScreenshot, test } from './fixtures'

test.use({ locale: 'zh-CN' })

test('letters in a phone number are refused under the field; full-width digits are read', async ({
  page,
}, testInfo) => {
  const counter = new Counter(page)
  await counter.open()
  await page.keyboard.press('F2')
  await page.getByTestId('intake-customer-name').fill('张伟')
  await page.getByTestId('intake-customer-phone').fill('138abc12345')
  await page.getByTestId('device-form-brand').fill('华为')
  await page.getByTestId('intake-fault').fill('不充电')
  await page.getByTestId('intake-condition').press('Enter')
  await expect(page.getByText('电话号码只能填数字（可带空格、横线或开头的+号）')).toBeVisible()
  await expect(page.getByTestId('intake-saved')).toBeHidden()
  await keepScreenshot(page, testInfo, 'zh-intake-phone-letters')

  // The same number typed with a Chinese input method's full-width digits, space and dash.
  await page.getByTestId('intake-customer-phone').fill('１３８　００１３－８０００')
  await page.getByTestId('intake-condition').press('Enter')
  const number = (await page.getByTestId('saved-ticket-number').textContent())?.trim() ?? ''
  await counter.nextCustomer()
  await counter.scan(number)
  await expect(page.getByTestId('ticket-customer')).toHaveText('张伟')
  const id = /#\/tickets\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? ''
  const stored = await callApi<TicketDetail>(page, 'tickets.get', { id })
  expect(stored.customer.phones).toEqual(['13800138000'])
})

test('a long fault shows how much of its limit is used before saving', async ({ page }, testInfo) => {
  const counter = new Counter(page)
  await counter.open()
  await page.keyboard.press('F2')
  const fault = page.getByTestId('intake-fault')
  await fault.fill('屏'.repeat(500))
  await expect(page.getByTestId('intake-fault-length')).toBeHidden()
  await fault.fill('屏'.repeat(850))
  await expect(page.getByTestId('intake-fault-length')).toHaveText('已输入 850 / 1,000 字')
  await fault.fill('屏'.repeat(1020))
  await expect(page.getByTestId('intake-fault-length')).toHaveText(
    '已输入 1,020 / 1,000 字，超出 20 字，请删减',
  )
  await keepScreenshot(page, testInfo, 'zh-intake-fault-length')
})

test('emoji stay in the data and are left off the printed receipt', async ({ page }, testInfo) => {
  const counter = new Counter(page)
  await counter.open()
  const number = await counter.intakeNewCustomer({
    customerName: '王芳😀',
    phone: '13800138000',
    brand: 'Apple',
    model: 'iPhone 13 ❤️',
    serial: '',
    fault: '屏幕碎了😭请尽快 👍🏽',
    accessories: ['充电器🔌'],
  })
  await counter.nextCustomer()
  await counter.scan(number)
  await expect(page.getByTestId('ticket-customer')).toContainText('王芳😀')
  const id = /#\/tickets\/([0-9a-f-]+)/.exec(page.url())?.[1] ?? ''

  const receipt = await counter.printReceipt('80mm')
  fs.writeFileSync(testInfo.outputPath('receipt-emoji.pdf'), receipt.pdf)
  expect(receipt.text).toContain('王芳')
  expect(receipt.text).toContain('屏幕碎了请尽快')
  expect(receipt.text).toContain('iPhone 13')
  expect(receipt.text).toContain('充电器')
  for (const emoji of ['😀', '😭', '👍', '❤', '🔌', '\u{1f3fd}', '\ufe0f']) {
    expect(receipt.text).not.toContain(emoji)
  }

  const stored = await callApi<TicketDetail>(page, 'tickets.get', { id })
  expect(stored.customer.name).toBe('王芳😀')
  expect(stored.reportedFault).toBe('屏幕碎了😭请尽快 👍🏽')
  expect(stored.accessories).toEqual(['充电器🔌'])
})

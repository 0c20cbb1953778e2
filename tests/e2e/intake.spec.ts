import fs from 'node:fs'
import { Counter } from './pages/counter'
import { expect, keepScreenshot, test } from './fixtures'

const fault = '屏幕碎裂，触摸失灵'

test.describe('a walk-in repair at the counter (English)', () => {
  test.use({ locale: 'en-US' })

  test('takes in a repair, finds it from the home search, and prints its receipt', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    await counter.open()
    await keepScreenshot(page, testInfo, 'counter-empty')

    const number = await counter.intakeNewCustomer({
      customerName: '王芳',
      phone: '138 0013 8000',
      brand: 'Apple',
      model: 'iPhone 13',
      serial: '356938035643809',
      fault,
      accessories: ['Charger', 'Case'],
      condition: 'Scratches on the back',
      unlockCode: '970412',
      estimate: '480',
      deposit: '100',
    })
    expect(number).toMatch(/^SC01-\d{6}$/)
    await keepScreenshot(page, testInfo, 'intake-saved')
    await counter.nextCustomer()

    // The name search finds her by one character, by two, and by pinyin initials.
    for (const query of ['王', '王芳', 'wf', '8000']) {
      await counter.search(query)
      await expect(page.getByTestId('result-customer').first()).toContainText('王芳')
    }
    await keepScreenshot(page, testInfo, 'counter-search')

    // A scanner types the number and Enter: the ticket opens.
    await counter.scan(number)
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
    await expect(page.getByTestId('ticket-fault')).toHaveText(fault)
    await expect(page.getByTestId('unlock-code')).toHaveText('••••••')
    await page.getByTestId('unlock-reveal').click()
    await expect(page.getByTestId('unlock-code')).toHaveText('970412')
    await expect(page.getByTestId('ticket-timeline')).toContainText('Deposit')
    await keepScreenshot(page, testInfo, 'ticket-detail')

    const receipt = await counter.printReceipt('80mm')
    fs.writeFileSync(testInfo.outputPath('receipt-80mm.pdf'), receipt.pdf)
    await testInfo.attach('receipt-80mm.pdf', { body: receipt.pdf, contentType: 'application/pdf' })
    expect(receipt.text).toContain(number)
    expect(receipt.text).toContain(fault)
    expect(receipt.text).toContain('王芳')
    expect(receipt.text).not.toContain('970412')
    await keepScreenshot(page, testInfo, 'receipt-80mm')

    // Escape leaves the receipt for the ticket again.
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
  })

  test('shows what is missing instead of saving an incomplete intake', async ({ page }) => {
    const counter = new Counter(page)
    await counter.open()
    await page.keyboard.press('F2')
    await page.getByTestId('intake-customer-phone').fill('12')
    await page.getByTestId('intake-save').click()
    await expect(page.getByText('Required').first()).toBeVisible()
    await expect(page.getByText('Enter a phone number of 5 to 15 digits')).toBeVisible()
    await expect(page.getByTestId('intake-saved')).toBeHidden()
  })
})

test.describe('a walk-in repair at the counter (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('接单、搜索、打印服务单', async ({ page }, testInfo) => {
    const counter = new Counter(page)
    await counter.open()
    await expect(page.getByRole('heading', { name: '前台' })).toBeVisible()
    const number = await counter.intakeNewCustomer({
      customerName: '李娜',
      phone: '13912345678',
      brand: 'Huawei',
      model: 'Mate 60 Pro',
      serial: '864123045678907',
      fault: '无法开机，充电无反应',
      accessories: ['充电器'],
      estimate: '260.50',
    })
    await expect(page.getByText('接单成功')).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-intake-saved')
    await counter.nextCustomer()

    await counter.scan(number)
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
    await expect(page.getByText('前台接单')).toBeVisible()

    // The technician starts on it: the move and its note go on the timeline.
    await page.getByTestId('change-status').click()
    await page.getByTestId('status-to-diagnosing').click()
    await page.getByTestId('status-note').fill('主板进水，需检测')
    await page.getByTestId('status-confirm').click()
    await expect(page.getByTestId('ticket-timeline')).toContainText('状态变更：检测中')
    await expect(page.getByTestId('ticket-timeline')).toContainText('主板进水，需检测')
    await expect(page.locator('[data-status="diagnosing"]').first()).toBeVisible()
    const receipt = await counter.printReceipt('a4')
    fs.writeFileSync(testInfo.outputPath('receipt-a4.pdf'), receipt.pdf)
    expect(receipt.text).toContain(number)
    expect(receipt.text).toContain('无法开机，充电无反应')
    expect(receipt.text).toContain('李娜')
    await keepScreenshot(page, testInfo, 'zh-receipt-a4')
  })
})

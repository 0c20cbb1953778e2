/**
 * The keyboard and the barcode scanner anywhere in the app (issue 10, items 4–8 and 16): a scan
 * never presses the focused button and never gets lost, a bad scan does not spoil the next one,
 * an F-key asks before throwing a half-filled form away, intake moves the focus where the clerk
 * goes next, ? and F12 list every key, and the navigation is grouped by what a person does.
 */
import { Keys } from './pages/keys'
import { expect, keepScreenshot, test } from './fixtures'

// These tests start at the counter of a shop already set up.
test.use({ locale: 'zh-CN', viewport: { width: 1366, height: 768 }, shopArgs: ['--setup-done'] })

test('a scan while a ready ticket is on screen opens the scanned ticket instead of pressing 取机收款', async ({
  page,
}) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  const ready = await keys.walkIn('王芳', '13800138000', '屏幕碎裂')
  await keys.makeReady(ready)
  const other = await keys.walkIn('李娜', '13912345678', '无法开机')

  await keys.openTicket(ready)
  await expect(page.getByTestId('pickup-open')).toBeFocused()
  await keys.scan(other.number)
  await expect(page.getByTestId('ticket-number')).toHaveText(other.number)
  await expect(page.getByTestId('pickup-form')).toHaveCount(0)

  // A person pressing Enter on the focused button still starts the pickup.
  await keys.openTicket(ready)
  await expect(page.getByTestId('pickup-open')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('pickup-form')).toBeVisible()
})

test('a scan from a screen without a scan box goes to the counter search; a code found nowhere is named and the box is ready for the next scan', async ({
  page,
}, testInfo) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  const ticket = await keys.walkIn('王芳', '13800138000', '屏幕碎裂')

  await page.keyboard.press('F3')
  await keys.focusNothing()
  await keys.scan('QX-7731-JUNK')
  await expect(keys.counterMissed()).toContainText('QX-7731-JUNK')
  await expect(keys.counterSearch()).toHaveValue('')
  await expect(keys.counterSearch()).toBeFocused()
  await keepScreenshot(page, testInfo, 'zh-CN-scan-not-found')

  // In the counter's own box: a number no ticket has, then a good one, which opens at once.
  await keys.scan('SC01-999999')
  await expect(keys.counterMissed()).toContainText('SC01-999999')
  await expect(keys.counterSearch()).toHaveValue('')
  await keys.scan(ticket.number)
  await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)

  // From a screen with no scan box, a ticket number opens its ticket directly.
  await page.keyboard.press('F6')
  await keys.focusNothing()
  await keys.scan(ticket.number)
  await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)
})

test('the sale scan box names a code no part has, empties itself, and takes scans made with the focus on a button', async ({
  page,
}) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  const partId = await keys.stockedPart('CBL-USBC', 'USB-C 数据线', '6901234500017')

  await page.keyboard.press('F7')
  const box = page.getByTestId('scan-box')
  await expect(box).toBeFocused()
  await keys.scan('0000-NOT-A-PART')
  await expect(page.getByTestId('scan-problem')).toContainText('0000-NOT-A-PART')
  await expect(box).toHaveValue('')
  await keys.scan('6901234500017')
  const line = page.locator(`[data-testid="counter-line"][data-part-id="${partId}"]`)
  await expect(line).toHaveCount(1)
  await expect(page.getByTestId('scan-problem')).toHaveCount(0)

  // The focus on the line's remove button: the scan adds one more, and removes nothing.
  await line.getByTestId('counter-line-remove').focus()
  await keys.scan('6901234500017')
  await expect(line.getByTestId('counter-line-quantity')).toHaveValue('2')

  // A sale with items on it is not thrown away by an F-key without asking.
  await page.keyboard.press('F1')
  await expect(keys.leaveConfirm()).toBeVisible()
  await page.getByTestId('leave-stay').click()
  await expect(line.getByTestId('counter-line-quantity')).toHaveValue('2')
})

test('an F-key or a navigation click asks before leaving a half-filled intake', async ({
  page,
}, testInfo) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  await expect(keys.counterSearch()).toBeVisible()

  await page.keyboard.press('F2')
  await page.getByTestId('intake-fault').fill('屏幕碎裂，触摸失灵')
  await page.keyboard.press('F1')
  await expect(keys.leaveConfirm()).toBeVisible()
  await keepScreenshot(page, testInfo, 'zh-CN-leave-confirm')
  // Staying is the default: Enter keeps the form and what was typed.
  await page.keyboard.press('Enter')
  await expect(keys.leaveConfirm()).toBeHidden()
  await expect(page.getByTestId('intake-fault')).toHaveValue('屏幕碎裂，触摸失灵')

  await keys.navLink('库存').click()
  await expect(keys.leaveConfirm()).toBeVisible()
  await page.getByTestId('leave-go').click()
  await expect(page.getByTestId('part-search')).toBeVisible()

  // A form with nothing typed is left at once.
  await page.keyboard.press('F2')
  await expect(page.getByTestId('intake-customer-search')).toBeFocused()
  await page.keyboard.press('F1')
  await expect(keys.counterSearch()).toBeVisible()
  await expect(keys.leaveConfirm()).toHaveCount(0)
})

test('intake: the chosen customer’s only device is taken and the focus moves on; a refused save focuses the first error', async ({
  page,
}) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  await keys.walkIn('王芳', '13800138000', '屏幕碎裂')

  await page.keyboard.press('F2')
  await page.getByTestId('intake-customer-search').fill('13800138000')
  await expect(page.getByTestId('intake-customer-match')).toHaveCount(1)
  await page.getByTestId('intake-customer-search').press('Enter')
  await expect(page.getByTestId('intake-customer-chosen')).toContainText('王芳')
  await expect(page.getByTestId('intake-device-existing')).toBeChecked()
  await expect(page.getByTestId('intake-fault')).toBeFocused()

  // A new customer with a name but no phone, and no fault: the phone is the first thing to fix.
  await page.getByRole('button', { name: '更换客户' }).click()
  await page.getByTestId('intake-customer-name').fill('赵磊')
  await page.getByTestId('device-form-brand').fill('Xiaomi')
  await page.getByTestId('intake-save').click()
  await expect(page.getByTestId('intake-customer-phone')).toBeFocused()
  await page.getByTestId('intake-customer-phone').fill('13700137000')
  await page.getByTestId('intake-save').click()
  await expect(page.getByTestId('intake-fault')).toBeFocused()
})

test('? and F12 open a list of every key; the navigation is grouped, each screen with its F-key', async ({
  page,
}, testInfo) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  await expect(keys.counterSearch()).toBeFocused()

  // In a text box, ? is typed like any other character.
  await page.keyboard.press('?')
  await expect(keys.counterSearch()).toHaveValue('?')
  await expect(keys.shortcutHelp()).toHaveCount(0)
  await keys.focusNothing()
  await page.keyboard.press('?')
  await expect(keys.shortcutHelp()).toBeVisible()
  await expect(keys.shortcutHelp()).toContainText('F8')
  await expect(keys.shortcutHelp()).toContainText('打开“钱箱日结”')
  await expect(keys.shortcutHelp()).toContainText('扫码枪')
  await keepScreenshot(page, testInfo, 'zh-CN-shortcut-help')
  await page.keyboard.press('Escape')
  await expect(keys.shortcutHelp()).toBeHidden()

  await page.keyboard.press('F7')
  await page.keyboard.press('F12')
  await expect(keys.shortcutHelp()).toBeVisible()
  await page.keyboard.press('Escape')

  await expect(keys.navGroups()).toHaveCount(6)
  const money = keys.navGroup('money')
  await expect(money).toContainText('收银')
  await expect(money.getByRole('link')).toHaveCount(4)
  await expect(money.getByRole('link', { name: /柜台销售/ })).toContainText('F7')
  await expect(money.getByRole('link', { name: /钱箱日结/ })).toContainText('F8')
  await expect(keys.navGroup('workshop').getByRole('link', { name: /维修车间/ })).toContainText('F6')
  await keepScreenshot(page, testInfo, 'zh-CN-navigation')
})

test('the parts search and a purchase order’s part box are ready for the next scan after a code that found nothing', async ({
  page,
}) => {
  const keys = new Keys(page)
  await page.goto('/#/')
  await keys.stockedPart('CBL-USBC', 'USB-C 数据线', '6901234500017')

  // The parts search keeps the code as its search ("no part matches"), selected: the next scan replaces it.
  await page.keyboard.press('F5')
  const search = page.getByTestId('part-search')
  await expect(search).toBeFocused()
  await keys.scan('JUNK-0000')
  await expect(page.getByTestId('parts-empty')).toContainText('JUNK-0000')
  await expect(search).toHaveJSProperty('selectionStart', 0)
  await expect(search).toHaveJSProperty('selectionEnd', 'JUNK-0000'.length)
  await keys.scan('6901234500017')
  await expect(page.getByTestId('part-name')).toHaveText('USB-C 数据线')

  // The order's part box names the code it could not find and empties itself.
  await page.goto('/#/purchase-orders')
  await page.getByTestId('po-new').click()
  const box = page.getByTestId('po-add-part')
  await box.focus()
  await keys.scan('JUNK-0000')
  await expect(page.getByTestId('po-add-none')).toContainText('JUNK-0000')
  await expect(box).toHaveValue('')
  await keys.scan('6901234500017')
  await expect(page.locator('[data-testid="po-draft-line"][data-sku="CBL-USBC"]')).toHaveCount(1)
})

import { Counter } from './pages/counter'
import { Estimates } from './pages/estimates'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

const labour = {
  name: '屏幕更换 iPhone 13',
  category: '手机维修',
  price: '120',
  minutes: '45',
  warrantyDays: '90',
}
const part = { sku: 'IP13-SCR', name: 'iPhone 13 屏幕总成', price: '450' }

test.describe('an estimate and the customer approval (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a technician prices the repair from the catalogue and stock, the counter records the answer, a changed scope is approved again', async ({
    page,
  }, testInfo) => {
    const estimates = new Estimates(page)
    const stock = new Stock(page)
    const counter = new Counter(page)
    await estimates.setUpShop('CNY', '13', true)

    // The price list of work: added on the labour page, found again by pinyin initials.
    await estimates.openLabour()
    await estimates.addLabour(labour)
    await expect(estimates.labourRow(labour.name)).toContainText('¥120.00')
    await expect(estimates.labourRow(labour.name)).toContainText('90 天')
    await page.getByTestId('labour-search').fill('pmgh')
    await expect(page.getByTestId('labour-row')).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'zh-CN-labour-catalogue')

    // A screen in stock: three received at ¥280.00.
    await stock.openParts()
    await stock.addPart(part)
    await stock.receive('3', '280')

    await counter.open()
    const number = await counter.intakeNewCustomer({
      customerName: '王芳',
      phone: '138 0013 8000',
      brand: 'Apple',
      model: 'iPhone 13',
      serial: '356938035643809',
      fault: '屏幕碎裂，触摸失灵',
    })
    await estimates.openTicket(number)
    await expect(estimates.panel().getByTestId('estimate-none')).toBeVisible()
    await estimates.changeStatus('diagnosing')

    // Version 1: the labour found by pinyin initials, the part found by its SKU.
    await estimates.startEditing()
    await estimates.addLabourLine('pmgh', labour.name)
    await estimates.addPartLine('IP13', part.name)
    await expect(estimates.panel().getByTestId('estimate-editor-total')).toHaveText('合计 ¥570.00')
    await estimates.panel().screenshot({ path: '/tmp/estimates-editor.png' })
    await estimates.save()
    const panel = estimates.panel()
    await expect(panel.getByTestId('estimate-version')).toHaveText('第 1 版')
    await expect(panel.getByTestId('estimate-status')).toHaveText('草稿')
    await expect(panel.getByTestId('estimate-line')).toHaveCount(2)
    await expect(panel.getByTestId('estimate-total')).toHaveText('合计 ¥570.00')
    // The cost is the part's average cost, for the staff's eyes.
    await expect(panel.getByTestId('estimate-cost')).toContainText('¥280.00')

    await estimates.send()
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'awaiting_approval')
    await expect(estimates.ticketStatus()).toHaveText('待客户确认')
    await estimates.recordAnswer('同意维修', '电话', '客户电话确认')
    await expect(panel.getByTestId('estimate-status')).toHaveText('已同意')
    await expect(panel.getByTestId('estimate-history')).toContainText('电话同意')
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'in_repair')
    await page.screenshot({ path: '/tmp/estimates-approved.png', fullPage: true })
    await keepScreenshot(page, testInfo, 'zh-CN-estimate-approved')

    // On the bench the scope changes: version 2, and the customer must approve again.
    await estimates.startEditing('new-version')
    await estimates.addFreeLine('主板清洁', '50')
    await expect(panel.getByTestId('estimate-editor-total')).toHaveText('合计 ¥620.00')
    await estimates.save()
    await expect(panel.getByTestId('estimate-version')).toHaveText('第 2 版')
    await expect(panel.getByTestId('estimate-status')).toHaveText('草稿')
    // Until version 2 is sent, version 1 stays approved and the repair goes on.
    await expect(panel.getByTestId('estimate-earlier-version')).toContainText('已同意')
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'in_repair')
    await estimates.send()
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'awaiting_approval')
    await expect(panel.getByTestId('estimate-earlier-version')).toContainText('已作废')
    await page.screenshot({ path: '/tmp/estimates-version2.png', fullPage: true })
    await keepScreenshot(page, testInfo, 'zh-CN-estimate-version-2')
    await estimates.openAnswer()
    await page.screenshot({ path: '/tmp/estimates-answer.png' })
    await estimates.answer('同意维修', '短信/微信')
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'in_repair')
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
  })

  test('sending before the diagnosis has started is refused with a clear message', async ({ page }) => {
    const estimates = new Estimates(page)
    const counter = new Counter(page)
    await estimates.setUpShop('CNY', '0', true)
    await estimates.openLabour()
    await estimates.addLabour(labour)
    await counter.open()
    const number = await counter.intakeNewCustomer({
      customerName: '李雷',
      phone: '139 0013 9000',
      brand: 'Huawei',
      model: 'P40',
      serial: 'SN12345678',
      fault: '无法充电',
    })
    await estimates.openTicket(number)
    await estimates.startEditing()
    await estimates.addLabourLine('屏幕', labour.name)
    await estimates.save()
    await estimates.panel().getByTestId('estimate-send').click()
    await expect(estimates.panel().getByTestId('estimate-send-error')).toHaveText(
      '请先开始检测：把维修单改为“检测中”，再发送报价。',
    )
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'received')
  })
})

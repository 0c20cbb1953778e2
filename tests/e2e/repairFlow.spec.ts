/**
 * The life of a repair, end to end through the real UI: intake → a technician → diagnosis → an
 * estimate the customer approves → a part used from stock → testing → ready for pickup. At each step
 * the workshop board and the technician's queue show the ticket in the right place, and at the end
 * the timeline reads back every step.
 */
import type { Page } from '@playwright/test'
import { Counter } from './pages/counter'
import { Estimates } from './pages/estimates'
import { StaffDesk } from './pages/staff'
import { Stock } from './pages/stock'
import { TicketParts } from './pages/ticketParts'
import { Workshop } from './pages/workshop'
import { expect, keepScreenshot, test } from './fixtures'

const statusNames: Record<string, string> = {
  received: '已接收',
  diagnosing: '检测中',
  awaiting_approval: '待客户确认',
  in_repair: '维修中',
  testing: '测试中',
  ready_for_pickup: '待取机',
}

/** Where the ticket stands on the board and in its technician's queue. */
async function expectOnBoardAndQueue(
  page: Page,
  workshop: Workshop,
  ticket: { id: string; number: string },
  technicianId: string,
  status: string,
): Promise<void> {
  await page.goto(`/#/workshop/queue/${technicianId}`)
  const row = workshop.queueRows().filter({ hasText: ticket.number })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(statusNames[status] ?? status)
  await workshop.openBoard()
  await expect(workshop.column(status).locator(workshop.card(ticket.number))).toBeVisible()
  await page.goto(`/#/tickets/${ticket.id}`)
  await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)
}

test.describe('a repair from intake to ready for pickup (简体中文)', () => {
  test.use({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } })

  test('goes through diagnosis, approval, a part from stock and testing, seen on the board, in the queue and on the timeline', async ({
    page,
  }, testInfo) => {
    // A whole day's workflow in one test: longer than the default minute on a 2-core machine.
    test.setTimeout(180_000)
    const counter = new Counter(page)
    const staff = new StaffDesk(page)
    const stock = new Stock(page)
    const estimates = new Estimates(page)
    const parts = new TicketParts(page)
    const workshop = new Workshop(page)

    // The shop: prices with 13 % tax included, a technician, a labour item and a screen in stock.
    await estimates.setUpShop('CNY', '13', true)
    await staff.openSettings()
    await staff.addStaff({ name: '李师傅', code: 'T2', role: '技术员' })
    const technicianId = (await workshop.api<{ id: string; name: string }[]>('staff.list', {})).find(
      (member) => member.name === '李师傅',
    )?.id
    expect(technicianId).toBeTruthy()
    await estimates.openLabour()
    await estimates.addLabour({ name: '屏幕更换 iPhone 13', price: '120', warrantyDays: '90' })
    await stock.openParts()
    await stock.addPart({ sku: 'IP13-SCR', name: 'iPhone 13 屏幕总成', price: '450' })
    await stock.receive('3', '280')

    // Intake at the counter, then the ticket goes to 李师傅.
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
    const id = /#\/tickets\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
    const ticket = { id, number }
    await workshop.assignOnTicket('T2 · 李师傅')
    await expect(workshop.technicianPicker()).toHaveValue('T2 · 李师傅')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'received')

    // Diagnosis, then the estimate: the labour item and the screen from stock, sent for approval.
    await estimates.changeStatus('diagnosing')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'diagnosing')
    await estimates.startEditing()
    await estimates.addLabourLine('pmgh', '屏幕更换 iPhone 13')
    await estimates.addPartLine('IP13', 'iPhone 13 屏幕总成')
    await expect(estimates.panel().getByTestId('estimate-editor-total')).toHaveText('合计 ¥570.00')
    await estimates.save()
    await estimates.send()
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'awaiting_approval')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'awaiting_approval')

    // The customer approves by phone: the ticket goes on the bench.
    await estimates.recordAnswer('同意维修', '电话')
    await expect(estimates.ticketStatus()).toHaveAttribute('data-status', 'in_repair')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'in_repair')

    // The screen is fitted from stock: on hand drops from 3 to 2.
    await parts.addPart('IP13-SCR', '1', 'use-now')
    await expect(parts.row('IP13-SCR', 'used')).toBeVisible()
    const screen = (
      await workshop.api<{ items: { id: string; onHand: number }[] }>('parts.search', {
        query: 'IP13-SCR',
      })
    ).items[0]
    expect(screen?.onHand).toBe(2)

    // Testing, then ready for pickup.
    await estimates.changeStatus('testing')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'testing')
    await estimates.changeStatus('ready_for_pickup')
    await expectOnBoardAndQueue(page, workshop, ticket, technicianId!, 'ready_for_pickup')

    // The timeline reads back every step.
    const timeline = parts.timeline()
    for (const step of [
      '前台接单',
      '指派给 李师傅',
      '状态变更：检测中',
      '报价第 1 版已发给客户：¥570.00',
      '状态变更：待客户确认',
      '客户同意报价第 1 版（电话确认）',
      '状态变更：维修中',
      '领用配件 iPhone 13 屏幕总成（IP13-SCR）× 1',
      '状态变更：测试中',
      '状态变更：待取机',
    ]) {
      await expect(timeline).toContainText(step)
    }
    await keepScreenshot(page, testInfo, 'zh-CN-repair-ready-for-pickup')
  })
})

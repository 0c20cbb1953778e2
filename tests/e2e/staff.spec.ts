import { Counter } from './pages/counter'
import { RepeatIntake, StaffDesk } from './pages/staff'
import { expect, keepScreenshot, test } from './fixtures'

interface Ticket {
  id: string
  number: string
  version: number
  customer: { id: string }
  device: { id: string }
}

const walkIn = {
  customer: { kind: 'new', name: '王芳', phones: ['13800138000'] },
  device: { kind: 'new', category: 'phone', brand: 'Apple', model: 'iPhone 13', serial: '356938035643809' },
  reportedFault: 'Screen cracked',
}

test.describe('staff and who is working (English)', () => {
  test.use({ locale: 'en-US' })

  test('a technician added in settings is picked in the header and named on the timeline', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    await counter.open()
    await desk.openSettings()
    // Until someone is chosen, writes go to the first staff member, and the header says so.
    await expect(desk.working()).toContainText('Working: Counter')
    await expect(desk.working()).toContainText('default')
    await desk.addStaff({ name: '王师傅', code: 't1', role: 'Technician' })
    await expect(desk.staffRow('王师傅')).toContainText('T1')
    await keepScreenshot(page, testInfo, 'staff-settings')

    // Taken in by the counter; then 王师傅 picks himself in the header and starts the diagnosis.
    const ticket = await desk.api<Ticket>('tickets.intake', walkIn)
    await desk.openTicket(ticket.id)
    await desk.chooseWorking('王师傅')
    await expect(desk.working()).toHaveText('Working: 王师傅')
    await keepScreenshot(page, testInfo, 'staff-picker')
    await desk.changeStatus('Diagnosing', 'Back cover opened')
    await expect(desk.timeline()).toContainText('Back cover opened')
    await expect(desk.timeline().getByText(/王师傅/)).toHaveCount(1)
    await expect(desk.timeline().getByText(/Counter/)).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'staff-timeline')

    // This computer remembers who is working.
    await page.reload()
    await expect(desk.working()).toHaveText('Working: 王师傅')

    // Once deactivated, they are no longer offered and the counter falls back to the default.
    await desk.openSettings()
    await desk.staffRow('王师傅').getByTestId('staff-deactivate').click()
    await expect(desk.staffRow('王师傅')).toContainText('Inactive')
    await expect(desk.working()).toContainText('Working: Counter')
    await expect(desk.working()).toContainText('default')

    // The last active staff member cannot be deactivated.
    await desk.staffRow('Counter').getByTestId('staff-deactivate').click()
    await expect(page.getByTestId('staff-error')).toContainText('last active staff member')
  })

  test('the owner adds a label inside a status and a clerk sets it on a ticket', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    await counter.open()
    const ticket = await desk.api<Ticket>('tickets.intake', walkIn)
    await desk.openSettings()
    await desk.addLabel('Received', 'Waiting for the customer’s call')
    await desk.addLabel('Received', 'Waiting for a loan phone')
    // The owner moves the second label up with the keyboard.
    await page.getByTestId('status-label-up').last().focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('status-label-name').first()).toHaveValue('Waiting for a loan phone')
    await keepScreenshot(page, testInfo, 'status-labels-settings')

    await desk.openTicket(ticket.id)
    await desk.setLabel('Waiting for the customer’s call')
    await expect(page.getByTestId('ticket-status-label')).toHaveValue('Waiting for the customer’s call')
    await keepScreenshot(page, testInfo, 'ticket-with-label')
    // A new status leaves the label behind (and this status has none to offer).
    await desk.changeStatus('Diagnosing')
    await expect(page.getByTestId('ticket-status-label')).toBeHidden()
  })

  test('two clerks edit one ticket: the second sees what changed and keeps their changes', async ({
    page,
    context,
  }, testInfo) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    await counter.open()
    const ticket = await desk.api<Ticket>('tickets.intake', walkIn)
    await desk.openTicket(ticket.id)
    await desk.startEdit()
    await page.getByTestId('ticket-edit-fault').fill('Screen cracked, touch does not respond')

    // Meanwhile, at another counter, someone notes a dent and makes the job urgent.
    const other = new StaffDesk(await context.newPage())
    await other.openTicket(ticket.id)
    await other.startEdit()
    await other.page.getByTestId('ticket-edit-condition').fill('Dent on the top corner')
    await other.page.getByText('Urgent', { exact: true }).click()
    await other.saveEdit()
    await expect(other.page.getByTestId('ticket-edit-form')).toBeHidden()

    await desk.saveEdit()
    const notice = page.getByTestId('conflict-notice')
    await expect(notice).toBeVisible()
    await expect(page.getByTestId('conflict-row-condition')).toContainText('Dent on the top corner')
    await expect(page.getByTestId('conflict-row-priority')).toContainText('Urgent')
    await expect(page.getByTestId('ticket-edit-fault')).toHaveValue('Screen cracked, touch does not respond')
    await keepScreenshot(page, testInfo, 'edit-conflict')

    await page.getByTestId('conflict-keep-mine').click()
    await expect(page.getByTestId('ticket-edit-form')).toBeHidden()
    await expect(page.getByTestId('ticket-fault')).toHaveText('Screen cracked, touch does not respond')
    await expect(page.getByText('Dent on the top corner')).toBeVisible()
    await keepScreenshot(page, testInfo, 'edit-conflict-kept')
  })

  test('a status change after someone else moved the ticket keeps the note and shows the move', async ({
    page,
    context,
  }) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    await counter.open()
    const ticket = await desk.api<Ticket>('tickets.intake', walkIn)
    await desk.openTicket(ticket.id)
    await page.getByTestId('change-status').click()
    await page.getByRole('menuitem', { name: 'Sent out', exact: true }).click()
    await page.getByTestId('status-note').fill('To the Apple service centre')

    const other = new StaffDesk(await context.newPage())
    await other.openTicket(ticket.id)
    await other.changeStatus('Diagnosing')
    await expect(other.timeline()).toContainText('Diagnosing')

    await page.getByTestId('status-confirm').click()
    await expect(page.getByTestId('conflict-row-status')).toContainText('Diagnosing')
    await expect(page.getByTestId('status-note')).toHaveValue('To the Apple service centre')
    await page.getByTestId('conflict-keep-mine').click()
    await expect(page.getByTestId('status-note')).toBeHidden()
    await expect(desk.timeline()).toContainText('To the Apple service centre')
  })

  test('a device back within our repair warranty is offered and linked as a warranty repair', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    const intake = new RepeatIntake(page)
    await counter.open()
    await desk.openSettings()
    await desk.addStaff({ name: '李师傅', code: 'T2', role: 'Technician' })
    const original = await desk.api<Ticket>('tickets.intake', walkIn)
    await desk.repairedAndCollected(original.id, 90)

    await intake.start('13800138000', 'iPhone 13')
    await expect(intake.offer()).toContainText(original.number)
    await expect(intake.offer()).toContainText('更换屏幕 iPhone 13')
    await keepScreenshot(page, testInfo, 'warranty-offer')
    await intake.acceptWarranty()
    await intake.chooseTechnician('李师傅')
    const number = await intake.save('Touch fails again')

    await page.getByTestId('saved-open-ticket').click()
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
    await expect(page.getByTestId('warranty-of')).toContainText(original.number)
    await keepScreenshot(page, testInfo, 'warranty-repair-ticket')
    await page.getByTestId('warranty-of').getByRole('link').click()
    await expect(page.getByTestId('ticket-number')).toHaveText(original.number)
    await expect(page.getByTestId('repeat-repairs')).toContainText(number)
    await expect(page.getByTestId('repair-warranty-end')).toContainText('Our repair warranty until')
    await keepScreenshot(page, testInfo, 'warranty-original-ticket')
  })
})

test.describe('who is working (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('值班人员一目了然', async ({ page }, testInfo) => {
    const counter = new Counter(page)
    const desk = new StaffDesk(page)
    await counter.open()
    await desk.openSettings()
    await desk.addStaff({ name: '王师傅', code: 'T1', role: '技术员' })
    await desk.chooseWorking('王师傅')
    await expect(desk.working()).toHaveText('当前：王师傅')
    await keepScreenshot(page, testInfo, 'zh-CN-staff-settings')
  })
})

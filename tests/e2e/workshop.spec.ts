import { Workshop } from './pages/workshop'
import { expect, keepScreenshot, test } from './fixtures'

test.describe('the workshop (简体中文)', () => {
  // A workshop screen: wide enough for most of the board's columns side by side.
  test.use({ locale: 'zh-CN', viewport: { width: 1920, height: 1080 } })

  test('a ticket given to a technician shows in their queue and on the board, and moves by keyboard and drag', async ({
    page,
  }, testInfo) => {
    const workshop = new Workshop(page)
    await workshop.addTechnician('王师傅', 'T1')
    await workshop.addTechnician('李师傅', 'T2')
    const screen = await workshop.intake('屏幕碎裂，触摸失灵', 48, '13800138001')
    const late = await workshop.intake('无法开机', -5, '13800138002')

    // The clerk gives the screen repair to 王师傅 on the ticket page; technicians are offered first.
    await workshop.openTicket(screen.id, screen.number)
    await workshop.technicianPicker().click()
    const options = page.getByRole('listbox').getByRole('option')
    await expect(options.first()).toHaveText('T1 · 王师傅')
    await page.getByRole('option', { name: 'T1 · 王师傅' }).click()
    await expect(workshop.technicianPicker()).toHaveValue('T1 · 王师傅')
    await expect(page.getByText('王师傅').first()).toBeVisible()

    // His queue lists it.
    await page.getByTestId('technician-queue').click()
    await expect(page.getByTestId('queue-title')).toHaveText('王师傅（T1）的工单队列')
    await expect(workshop.queueRows()).toHaveCount(1)
    await expect(workshop.queueRows().first()).toHaveAttribute('data-ticket-number', screen.number)

    // The board, filtered to him, has it in "received"; the other ticket is nobody's yet.
    await workshop.openBoard()
    await expect(workshop.column('received').getByTestId('column-total')).toHaveText('2')
    await workshop.filterBoard('T1 · 王师傅')
    await expect(workshop.column('received').getByTestId('column-total')).toHaveText('1')
    await expect(workshop.card(screen.number)).toBeVisible()
    await expect(workshop.card(screen.number).getByTestId('card-technician')).toHaveText('T1 · 王师傅')
    await expect(workshop.card(late.number)).toHaveCount(0)
    await workshop.filterBoard('全部技术员')

    // From the keyboard: M opens the moves the status machine allows, and only those.
    const menu = await workshop.openMoveMenu(screen.number)
    await expect(menu.getByRole('menuitem')).toHaveText(['检测中', '维修中', '外送维修', '已取消'])
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('menuitem', { name: '检测中' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(workshop.column('diagnosing').locator(workshop.card(screen.number))).toBeVisible()
    await expect(workshop.column('received').getByTestId('column-total')).toHaveText('1')

    // By drag and drop: to "in repair", which diagnosing allows...
    await workshop.card(screen.number).dragTo(workshop.column('in_repair'))
    await expect(workshop.column('in_repair').locator(workshop.card(screen.number))).toBeVisible()
    // ...but not straight to "ready for pickup": the column refuses the drop and nothing moves.
    await workshop.card(screen.number).dragTo(workshop.column('ready_for_pickup'))
    await expect(workshop.column('in_repair').locator(workshop.card(screen.number))).toBeVisible()
    await expect(workshop.column('ready_for_pickup').getByTestId('column-total')).toHaveText('0')

    // The overdue ticket stands out with a word, not only a colour.
    const overdue = workshop.card(late.number)
    await expect(overdue).toHaveAttribute('data-overdue', 'true')
    await expect(overdue.getByTestId('overdue-badge')).toHaveText('⚠ 已超期')
    await expect(workshop.card(screen.number)).not.toHaveAttribute('data-overdue')
    await workshop.scrollBoardToStart()
    await keepScreenshot(page, testInfo, 'zh-CN-workshop-board')
    await page.screenshot({ path: '/tmp/h2-board.png' })

    // Enter on a card opens the ticket, whose timeline reads the assignment and both moves.
    await workshop.card(screen.number).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('ticket-number')).toHaveText(screen.number)

    // The ticket list marks the overdue one too, and shows who works on each.
    await page.goto('/#/tickets')
    const lateRow = page.locator(`[data-ticket-number="${late.number}"]`)
    await expect(lateRow).toHaveAttribute('data-overdue', 'true')
    await expect(lateRow.getByTestId('overdue-badge')).toBeVisible()
    await expect(page.locator(`[data-ticket-number="${screen.number}"]`)).toContainText('王师傅')
    await page.screenshot({ path: '/tmp/h2-tickets.png' })
  })

  test('a move someone else already made is refused with the reason, and the board refreshes', async ({
    page,
  }) => {
    const workshop = new Workshop(page)
    const ticket = await workshop.intake('进水', 24, '13800138003')
    await workshop.openBoard()
    await expect(workshop.card(ticket.number)).toBeVisible()
    // Another counter moves the ticket on while this board still shows it as received.
    await workshop.api('tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus: 'diagnosing',
    })
    await workshop.card(ticket.number).dragTo(workshop.column('in_repair'))
    await expect(page.getByTestId('move-refused')).toContainText('其他人同时修改了此内容')
    await expect(workshop.column('diagnosing').locator(workshop.card(ticket.number))).toBeVisible()
  })

  test('reassigning on a ticket someone else changed meanwhile reloads it and says so', async ({ page }) => {
    const workshop = new Workshop(page)
    const wang = await workshop.addTechnician('王师傅', 'T1')
    await workshop.addTechnician('李师傅', 'T2')
    const ticket = await workshop.intake('换电池', null, '13800138004')
    await workshop.openTicket(ticket.id, ticket.number)
    await workshop.api('tickets.assign', { id: ticket.id, version: ticket.version, staffId: wang, note: '' })
    await workshop.assignOnTicket('T2 · 李师傅')
    await expect(page.getByText('这张工单刚被其他人修改过，已重新载入，请重新选择。')).toBeVisible()
    await expect(workshop.technicianPicker()).toHaveValue('T1 · 王师傅')
    await workshop.assignOnTicket('T2 · 李师傅')
    await expect(workshop.technicianPicker()).toHaveValue('T2 · 李师傅')
  })
})

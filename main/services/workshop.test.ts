import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStatuses } from '../../shared/domain/status'
import {
  call,
  countRows,
  dumpRows,
  makeTechnician,
  makeTicket,
  openTestShop,
  send,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()

async function assign(id: string, version: number, staffId: string | null, note = '') {
  return call(shop, 'tickets.assign', { id, version, staffId, note })
}

describe('assigning a technician', () => {
  it('puts the technician on the ticket with an event and an audit row', async () => {
    const ticket = await makeTicket(shop)
    const wang = await makeTechnician(shop, '王师傅', 'T1')
    const audits = countRows(shop, 'auditLog')
    const assigned = await assign(ticket.id, ticket.version, wang, '屏幕急修')
    expect(assigned.assignedTo).toEqual({ id: wang, name: '王师傅' })
    expect(assigned.version).toBe(ticket.version + 1)
    const event = assigned.events.at(-1)
    expect(event).toMatchObject({ kind: 'assigned', note: '屏幕急修', data: { staffName: '王师傅' } })
    expect(countRows(shop, 'auditLog')).toBe(audits + 1)
  })

  it('reassigns to another technician and takes the technician off again', async () => {
    const ticket = await makeTicket(shop)
    const wang = await makeTechnician(shop, '王师傅', 'T1')
    const li = await makeTechnician(shop, '李师傅', 'T2')
    const first = await assign(ticket.id, ticket.version, wang)
    const second = await assign(ticket.id, first.version, li)
    expect(second.assignedTo?.name).toBe('李师傅')
    const third = await assign(ticket.id, second.version, null)
    expect(third.assignedTo).toBeNull()
    expect(third.events.filter((event) => event.kind === 'assigned').map((event) => event.data)).toEqual([
      { staffName: '王师傅' },
      { staffName: '李师傅' },
      { staffName: null },
    ])
  })

  it('writes nothing when the technician chosen is the one already on the ticket', async () => {
    const ticket = await makeTicket(shop)
    const wang = await makeTechnician(shop)
    const assigned = await assign(ticket.id, ticket.version, wang)
    const before = dumpRows(shop)
    const again = await assign(ticket.id, assigned.version, wang)
    expect(again.version).toBe(assigned.version)
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses with CONFLICT when someone else changed the ticket meanwhile, writing nothing', async () => {
    const ticket = await makeTicket(shop)
    const wang = await makeTechnician(shop, '王师傅', 'T1')
    const li = await makeTechnician(shop, '李师傅', 'T2')
    await assign(ticket.id, ticket.version, wang)
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.assign', { id: ticket.id, version: ticket.version, staffId: li })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a staff member who no longer works here', async () => {
    const ticket = await makeTicket(shop)
    const gone = await makeTechnician(shop, '赵师傅', 'T9')
    await shop.db.updateTable('staff').set({ active: 0 }).where('id', '=', gone).execute()
    const result = await send(shop, 'tickets.assign', {
      id: ticket.id,
      version: ticket.version,
      staffId: gone,
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { staffId: 'notAllowed' },
        detail: { key: 'workshop:errors.technicianInactive', name: '赵师傅' },
      },
    })
  })

  it('refuses a staff member who does not exist', async () => {
    const ticket = await makeTicket(shop)
    const result = await send(shop, 'tickets.assign', {
      id: ticket.id,
      version: ticket.version,
      staffId: missingId,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it.each(['collected', 'cancelled'] as const)('refuses a ticket that is %s', async (status) => {
    const ticket = await makeTicket(shop)
    const wang = await makeTechnician(shop)
    await setTicketStatus(shop, ticket.id, status)
    const result = await send(shop, 'tickets.assign', {
      id: ticket.id,
      version: ticket.version,
      staffId: wang,
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'workshop:errors.ticketClosed', status } },
    })
  })
})

describe('the workshop board', () => {
  it('has a column for every open status in the status machine order, empty ones included', async () => {
    const board = await call(shop, 'workshop.board', { technician: 'all' })
    expect(board.columns.map((column) => column.status)).toEqual(openStatuses)
    expect(board.columns.every((column) => column.total === 0 && column.tickets.length === 0)).toBe(true)
  })

  it('orders a column by priority, then promised time with none promised last, then oldest', async () => {
    const normalLate = await makeTicket(shop, { promisedAt: inDays(5) })
    const normalNone = await makeTicket(shop, { promisedAt: null })
    const normalSoon = await makeTicket(shop, { promisedAt: inDays(1) })
    const urgentNone = await makeTicket(shop, { priority: 'urgent', promisedAt: null })
    const highLate = await makeTicket(shop, { priority: 'high', promisedAt: inDays(3) })
    const highSoon = await makeTicket(shop, { priority: 'high', promisedAt: inDays(2) })
    const normalNoneLater = await makeTicket(shop, { promisedAt: null })
    const board = await call(shop, 'workshop.board', { technician: 'all' })
    const received = board.columns.find((column) => column.status === 'received')
    expect(received?.tickets.map((ticket) => ticket.id)).toEqual([
      urgentNone.id,
      highSoon.id,
      highLate.id,
      normalSoon.id,
      normalLate.id,
      normalNone.id,
      normalNoneLater.id,
    ])
    expect(received?.total).toBe(7)
  })

  it('shows at most the limit per column with the whole total, and closed tickets nowhere', async () => {
    const tickets = []
    for (let index = 0; index < 4; index += 1) tickets.push(await makeTicket(shop))
    await setTicketStatus(shop, tickets[0]!.id, 'in_repair')
    await setTicketStatus(shop, tickets[1]!.id, 'collected')
    const board = await call(shop, 'workshop.board', { technician: 'all', limitPerColumn: 1 })
    const column = (status: string) => board.columns.find((entry) => entry.status === status)
    expect(column('received')).toMatchObject({ total: 2, tickets: [{ id: tickets[2]!.id }] })
    expect(column('in_repair')).toMatchObject({ total: 1, tickets: [{ id: tickets[0]!.id }] })
    expect(board.columns.some((entry) => entry.status === 'collected')).toBe(false)
  })

  it("filters by technician: everyone's, nobody's, or one technician's, with totals to match", async () => {
    const wang = await makeTechnician(shop, '王师傅', 'T1')
    const li = await makeTechnician(shop, '李师傅', 'T2')
    const forWang = await makeTicket(shop, { reportedFault: '换电池' })
    const forLi = await makeTicket(shop)
    const nobody = await makeTicket(shop)
    await assign(forWang.id, forWang.version, wang)
    await assign(forLi.id, forLi.version, li)
    const received = async (technician: string) =>
      (await call(shop, 'workshop.board', { technician })).columns.find(
        (column) => column.status === 'received',
      )
    expect((await received('all'))?.total).toBe(3)
    expect((await received('unassigned'))?.tickets.map((ticket) => ticket.id)).toEqual([nobody.id])
    const wangs = await received(wang)
    expect(wangs?.total).toBe(1)
    expect(wangs?.tickets[0]).toMatchObject({
      id: forWang.id,
      number: forWang.number,
      customerName: '王芳',
      deviceLabel: 'Apple iPhone 13',
      reportedFault: '换电池',
      assignedTo: { id: wang, name: '王师傅', code: 'T1' },
      version: forWang.version + 1,
      isWarranty: false,
    })
  })
})

describe("a technician's queue", () => {
  it('lists their open tickets of every status, most urgent first, and no one else’s', async () => {
    const wang = await makeTechnician(shop, '王师傅', 'T1')
    const li = await makeTechnician(shop, '李师傅', 'T2')
    const later = await makeTicket(shop, { promisedAt: inDays(4) })
    const sooner = await makeTicket(shop, { promisedAt: inDays(1) })
    const urgent = await makeTicket(shop, { priority: 'urgent', promisedAt: inDays(6) })
    const done = await makeTicket(shop)
    const others = await makeTicket(shop)
    for (const ticket of [later, sooner, urgent, done]) await assign(ticket.id, ticket.version, wang)
    await assign(others.id, others.version, li)
    await setTicketStatus(shop, sooner.id, 'testing')
    await setTicketStatus(shop, done.id, 'collected')
    const queue = await call(shop, 'workshop.queue', { staffId: wang })
    expect(queue.map((ticket) => ticket.id)).toEqual([urgent.id, sooner.id, later.id])
    expect(queue[1]?.status).toBe('testing')
  })
})

describe('tickets whose parts arrived', () => {
  it('lists tickets awaiting parts whose parts are in, longest waiting first', async () => {
    const first = await makeTicket(shop)
    const second = await makeTicket(shop)
    const notYet = await makeTicket(shop)
    const movedOn = await makeTicket(shop)
    for (const ticket of [first, second, notYet]) await setTicketStatus(shop, ticket.id, 'awaiting_parts')
    await setTicketStatus(shop, movedOn.id, 'in_repair')
    const arrived = (id: string, at: string) =>
      shop.db.updateTable('tickets').set({ partsArrivedAt: at }).where('id', '=', id).execute()
    await arrived(second.id, '2026-03-02T08:00:00.000Z')
    await arrived(first.id, '2026-03-01T08:00:00.000Z')
    await arrived(movedOn.id, '2026-02-01T08:00:00.000Z')
    const list = await call(shop, 'workshop.partsArrived', {})
    expect(list.map((ticket) => [ticket.id, ticket.partsArrivedAt])).toEqual([
      [first.id, '2026-03-01T08:00:00.000Z'],
      [second.id, '2026-03-02T08:00:00.000Z'],
    ])
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../shared/contract'
import { dispatch } from '../handlers'
import {
  call,
  countRows,
  dumpRows,
  makeCustomer,
  makeDevice,
  makeTicket,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { intakeTicket } from './tickets'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'

describe('walk-in intake', () => {
  it('gives the first ticket of an outlet its number and records the intake on the timeline', async () => {
    const ticket = await makeTicket(shop)
    expect(ticket.number).toBe('SC01-000001')
    expect(ticket.status).toBe('received')
    expect(ticket.events.map((event) => event.kind)).toEqual(['intake'])
    expect(ticket.events[0]?.actorName).toBe('前台')
    expect(ticket.events[0]?.toStatus).toBe('received')
    expect(ticket.version).toBe(1)
    expect(() => contract['tickets.intake'].output.parse(ticket)).not.toThrow()
  })

  it('creates the customer and device in the same write when they are new', async () => {
    const result = await dispatch(shop.context, 'tickets.intake', {
      customer: { kind: 'new', name: '李娜', phones: ['139 1234 5678'] },
      device: { kind: 'new', category: 'phone', brand: 'Xiaomi', model: '14', serial: '35-693803-564380-9' },
      reportedFault: '无法开机',
      depositMinor: 5000,
      estimateMinor: 30000,
      unlockCode: '970412',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const ticket = contract['tickets.intake'].output.parse(result.value)
    expect(ticket.customer.phones).toEqual(['13912345678'])
    expect(ticket.device.serial).toBe('356938035643809')
    expect(ticket.device.customerId).toBe(ticket.customer.id)
    expect(ticket.hasUnlockCode).toBe(true)
    expect(JSON.stringify(ticket)).not.toContain('970412')
    expect(ticket.depositMinor).toBe(5000)
    const deposits = await shop.db.selectFrom('ticketDeposits').selectAll().execute()
    expect(deposits).toHaveLength(1)
    expect(deposits[0]?.amountMinor).toBe(5000)
    const actions = await shop.db.selectFrom('auditLog').select('action').orderBy('id').execute()
    expect(actions.map((row) => row.action)).toEqual(['customers.create', 'devices.create', 'tickets.intake'])
  })

  it('keeps what was left with the device and when it was promised', async () => {
    const ticket = await call(shop, 'tickets.intake', {
      customer: { kind: 'new', name: 'Emma Wong', phones: ['85291234567'] },
      device: { kind: 'new', category: 'laptop', brand: 'Lenovo' },
      reportedFault: 'Keyboard does not type',
      accessories: ['充电器', ' 电脑包 '],
      condition: '屏幕边角有磕碰',
      promisedAt: '2026-12-01T10:00:00.000Z',
      priority: 'urgent',
    })
    expect(ticket).toMatchObject({
      accessories: ['充电器', '电脑包'],
      condition: '屏幕边角有磕碰',
      promisedAt: '2026-12-01T10:00:00.000Z',
      priority: 'urgent',
      hasUnlockCode: false,
      estimateMinor: null,
      depositMinor: 0,
      currency: 'CNY',
    })
  })

  it('refuses an intake with no fault and writes nothing', async () => {
    const customer = await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await dispatch(shop.context, 'tickets.intake', {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '   ',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reportedFault: 'required' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('answers NOT_FOUND for an unknown customer, and writes neither the device nor the ticket', async () => {
    await makeTicket(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: missingId },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.customer' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('answers NOT_FOUND for an unknown device, and does not keep the new customer', async () => {
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'new', name: '李娜', phones: ['13912345678'] },
      device: { kind: 'existing', id: missingId },
      reportedFault: '屏幕碎裂',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.device' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it("refuses another customer's device and writes nothing", async () => {
    const owner = await makeCustomer(shop, { name: '王芳' })
    const device = await makeDevice(shop, owner.id)
    const other = await makeCustomer(shop, { name: '李娜', phones: ['13912345678'] })
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: other.id },
      device: { kind: 'existing', id: device.id },
      reportedFault: '屏幕碎裂',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { device: 'otherCustomer' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('ticket numbers', () => {
  it('follow each other without gaps', async () => {
    const numbers: string[] = []
    for (let index = 0; index < 5; index += 1) numbers.push((await makeTicket(shop)).number)
    expect(numbers).toEqual(['SC01-000001', 'SC01-000002', 'SC01-000003', 'SC01-000004', 'SC01-000005'])
  })

  it('stay gapless when an intake is refused in between', async () => {
    expect((await makeTicket(shop)).number).toBe('SC01-000001')
    const refused = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: missingId },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
    })
    expect(refused.ok).toBe(false)
    expect((await makeTicket(shop)).number).toBe('SC01-000002')
  })

  it('give the number back when the write fails after taking it', async () => {
    expect((await makeTicket(shop)).number).toBe('SC01-000001')
    const customer = await makeCustomer(shop, { name: '李娜', phones: ['13912345678'] })
    const input = contract['tickets.intake'].input.parse({
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
    })
    let taken = ''
    await expect(
      shop.db.transaction().execute(async (trx) => {
        taken = (await intakeTicket(trx, input, shop.actor)).number
        throw new Error('the printer caught fire')
      }),
    ).rejects.toThrow('printer')
    expect(taken).toBe('SC01-000002')
    expect(countRows(shop, 'tickets')).toBe(1)
    expect((await makeTicket(shop)).number).toBe('SC01-000002')
  })
})

describe('deposits', () => {
  it('keep a ledger row equal to the deposit shown on each ticket', async () => {
    const amounts = [0, 5000, 12345, 0, 100]
    for (const depositMinor of amounts) await makeTicket(shop, { estimateMinor: 20000, depositMinor })
    const tickets = await shop.db.selectFrom('tickets').select(['id', 'depositMinor']).execute()
    const ledger = await shop.db
      .selectFrom('ticketDeposits')
      .select(['ticketId', (eb) => eb.fn.sum<number>('amountMinor').as('total')])
      .groupBy('ticketId')
      .execute()
    const totals = new Map(ledger.map((row) => [row.ticketId, row.total]))
    for (const ticket of tickets) expect(totals.get(ticket.id) ?? 0).toBe(ticket.depositMinor)
    expect(countRows(shop, 'ticketDeposits')).toBe(3)
  })

  it('show on the timeline with the amount and the tender', async () => {
    const ticket = await makeTicket(shop, {
      estimateMinor: 30000,
      depositMinor: 8800,
      depositTender: 'wechat',
    })
    expect(ticket.events.map((event) => [event.kind, event.amountMinor, event.note])).toEqual([
      ['intake', null, ''],
      ['deposit', 8800, 'wechat'],
    ])
    const rows = await shop.db.selectFrom('ticketDeposits').selectAll().execute()
    expect(rows).toMatchObject([
      { ticketId: ticket.id, amountMinor: 8800, tender: 'wechat', actorId: shop.actor.id },
    ])
  })

  it('may equal the estimate, or stand alone when there is no estimate yet', async () => {
    expect((await makeTicket(shop, { estimateMinor: 5000, depositMinor: 5000 })).depositMinor).toBe(5000)
    expect((await makeTicket(shop, { estimateMinor: null, depositMinor: 5000 })).depositMinor).toBe(5000)
  })

  it('may not exceed the estimate, and nothing is written', async () => {
    const customer = await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
      estimateMinor: 10000,
      depositMinor: 10001,
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { depositMinor: 'depositOverEstimate' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses negative, fractional and huge amounts', async () => {
    const customer = await makeCustomer(shop)
    const base = {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
    }
    expect(await send(shop, 'tickets.intake', { ...base, depositMinor: -1 })).toMatchObject({
      error: { fields: { depositMinor: 'negative' } },
    })
    expect(await send(shop, 'tickets.intake', { ...base, estimateMinor: 12.5 })).toMatchObject({
      error: { fields: { estimateMinor: 'invalid' } },
    })
    expect(await send(shop, 'tickets.intake', { ...base, estimateMinor: 1e13 })).toMatchObject({
      error: { fields: { estimateMinor: 'tooLarge' } },
    })
    expect(countRows(shop, 'tickets')).toBe(0)
  })
})

describe('the unlock code', () => {
  const code = 'ZQ7731#pin'

  it('never leaves the core in an answer, the audit log or the search', async () => {
    const ticket = await makeTicket(shop, { unlockCode: code })
    const customerId = ticket.customer.id
    const answers = [
      ticket,
      await call(shop, 'tickets.get', { id: ticket.id }),
      await call(shop, 'tickets.findByNumber', { number: ticket.number }),
      await call(shop, 'tickets.list', {}),
      await call(shop, 'customers.get', { id: customerId }),
      await call(shop, 'search.counter', { query: ticket.number }),
      await call(shop, 'search.counter', { query: '王芳' }),
    ]
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(code)
    const audit = await shop.db.selectFrom('auditLog').select('data').execute()
    for (const row of audit) expect(row.data).not.toContain(code)
    expect(answers[1]).toMatchObject({ hasUnlockCode: true })
  })

  it('is shown on purpose to staff, and each showing is recorded', async () => {
    const ticket = await makeTicket(shop, { unlockCode: code })
    expect(await call(shop, 'tickets.revealUnlockCode', { id: ticket.id })).toEqual({ unlockCode: code })
    await call(shop, 'tickets.revealUnlockCode', { id: ticket.id })
    const reveals = await shop.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'tickets.revealUnlockCode')
      .execute()
    expect(reveals).toHaveLength(2)
    expect(reveals[0]).toMatchObject({ entity: 'ticket', entityId: ticket.id, actorId: shop.actor.id })
  })

  it('cannot be shown for a ticket that does not exist, and nothing is recorded', async () => {
    const before = dumpRows(shop)
    expect(await send(shop, 'tickets.revealUnlockCode', { id: missingId })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('finding a ticket', () => {
  it('opens a ticket by id, and answers NOT_FOUND for an unknown one', async () => {
    const ticket = await makeTicket(shop)
    expect((await call(shop, 'tickets.get', { id: ticket.id })).number).toBe(ticket.number)
    expect(await send(shop, 'tickets.get', { id: missingId })).toMatchObject({
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.ticket' } },
    })
  })

  it('opens a ticket by its number however it was typed or scanned', async () => {
    const ticket = await makeTicket(shop)
    for (const number of ['SC01-000001', ' sc01-000001 ', 'ＳＣ０１－０００００１']) {
      expect((await call(shop, 'tickets.findByNumber', { number })).id, number).toBe(ticket.id)
    }
    expect(await send(shop, 'tickets.findByNumber', { number: 'SC01-000002' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    })
    expect(await send(shop, 'tickets.findByNumber', { number: '  ' })).toMatchObject({
      error: { code: 'VALIDATION' },
    })
  })
})

describe('moving a ticket along the status machine', () => {
  it('records each move on the timeline with who and the note, and bumps the version', async () => {
    const ticket = await makeTicket(shop)
    const diagnosing = await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus: 'diagnosing',
      note: '屏幕排线松动',
    })
    expect(diagnosing.status).toBe('diagnosing')
    expect(diagnosing.version).toBe(ticket.version + 1)
    const last = diagnosing.events.at(-1)
    expect(last).toMatchObject({
      kind: 'status',
      fromStatus: 'received',
      toStatus: 'diagnosing',
      note: '屏幕排线松动',
    })
    expect(last?.actorName).toBe('前台')
  })

  it('refuses a move the machine does not allow, and one from a version someone else moved, writing nothing', async () => {
    const ticket = await makeTicket(shop)
    const before = dumpRows(shop)
    expect(
      await send(shop, 'tickets.changeStatus', {
        id: ticket.id,
        version: ticket.version,
        toStatus: 'collected',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { toStatus: 'notAllowed' } } })
    await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus: 'diagnosing',
    })
    const after = dumpRows(shop)
    expect(
      await send(shop, 'tickets.changeStatus', {
        id: ticket.id,
        version: ticket.version,
        toStatus: 'cancelled',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(dumpRows(shop)).toEqual(after)
    expect(after).not.toEqual(before)
  })
})

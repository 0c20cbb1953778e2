import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  dumpRows,
  makeCustomer,
  makeDevice,
  makeTicket,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { collectTicket, writeEstimate } from '../../tests/support/workflow'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

function editOf(ticket: Awaited<ReturnType<typeof makeTicket>>) {
  return {
    id: ticket.id,
    version: ticket.version,
    reportedFault: ticket.reportedFault,
    accessories: ticket.accessories,
    condition: ticket.condition,
    promisedAt: ticket.promisedAt,
    priority: ticket.priority,
  }
}

describe('editing a ticket', () => {
  it('changes the details, bumps the version and lists what changed on the timeline', async () => {
    const ticket = await makeTicket(shop, { promisedAt: '2026-12-01T10:00:00.000Z' })
    const edited = await call(shop, 'tickets.update', {
      ...editOf(ticket),
      reportedFault: '屏幕碎裂，无法触控',
      promisedAt: '2026-12-02T10:00:00.000Z',
      accessories: ['充电器'],
    })
    expect(edited).toMatchObject({
      reportedFault: '屏幕碎裂，无法触控',
      promisedAt: '2026-12-02T10:00:00.000Z',
      accessories: ['充电器'],
      version: ticket.version + 1,
    })
    expect(edited.events.at(-1)).toMatchObject({
      kind: 'edited',
      data: { fields: 'reportedFault,accessories,promisedAt' },
      actorName: '前台',
    })
    const audit = await shop.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'tickets.update')
      .execute()
    expect(audit).toHaveLength(1)
  })

  it('writes nothing when nothing changed (the same instant written another way included)', async () => {
    const ticket = await makeTicket(shop, { promisedAt: '2026-12-01T10:00:00.000Z' })
    const before = dumpRows(shop)
    const same = await call(shop, 'tickets.update', { ...editOf(ticket), promisedAt: '2026-12-01T10:00:00Z' })
    expect(same.version).toBe(ticket.version)
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses the second of two edits made from the same version, and writes nothing of it', async () => {
    const ticket = await makeTicket(shop)
    const first = await call(shop, 'tickets.update', { ...editOf(ticket), condition: '背面划痕' })
    const afterFirst = dumpRows(shop)
    const second = await send(shop, 'tickets.update', {
      ...editOf(ticket),
      reportedFault: '无法开机',
      priority: 'urgent',
    })
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } },
    })
    expect(dumpRows(shop)).toEqual(afterFirst)
    // Kept on the latest version, the second clerk's changes go in.
    const kept = await call(shop, 'tickets.update', {
      ...editOf(first),
      reportedFault: '无法开机',
      priority: 'urgent',
    })
    expect(kept).toMatchObject({ reportedFault: '无法开机', priority: 'urgent', condition: '背面划痕' })
  })

  it('answers NOT_FOUND for a ticket that does not exist', async () => {
    const ticket = await makeTicket(shop)
    expect(
      await send(shop, 'tickets.update', { ...editOf(ticket), id: '01900000-0000-7000-8000-000000000000' }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})

/** An approved estimate on the ticket with these labour lines, then the device handed back. */
async function collectWithWork(
  ticketId: string,
  lines: { description: string; warrantyDays: number }[],
  collectedAt: string | null = null,
) {
  await writeEstimate(shop, ticketId, { status: 'approved', lines })
  await collectTicket(shop, ticketId, collectedAt ?? undefined)
}

describe('warranties of a device at intake', () => {
  it('names the manufacturer warranty while it runs, and not after', async () => {
    const customer = await makeCustomer(shop)
    const running = await makeDevice(shop, customer.id, { warrantyEnd: '2999-01-01' })
    const ended = await makeDevice(shop, customer.id, { warrantyEnd: '2020-01-01', serial: '' })
    expect(await call(shop, 'tickets.warrantyCheck', { deviceId: running.id })).toEqual({
      manufacturerWarrantyEnd: '2999-01-01',
      repairWarranties: [],
    })
    expect(
      (await call(shop, 'tickets.warrantyCheck', { deviceId: ended.id })).manufacturerWarrantyEnd,
    ).toBeNull()
  })

  it('lists collected repairs whose warranty still runs, with their approved work', async () => {
    const ticket = await makeTicket(shop)
    await collectWithWork(ticket.id, [
      { description: '更换屏幕 iPhone 13', warrantyDays: 90 },
      { description: '清洁', warrantyDays: 0 },
    ])
    const check = await call(shop, 'tickets.warrantyCheck', { deviceId: ticket.device.id })
    const collected = await call(shop, 'tickets.get', { id: ticket.id })
    expect(check.repairWarranties).toEqual([
      {
        ticketId: ticket.id,
        number: ticket.number,
        collectedAt: collected.collectedAt,
        warrantyEnd: collected.repairWarrantyEnd,
        work: ['更换屏幕 iPhone 13', '清洁'],
      },
    ])
  })

  it('leaves out repairs whose warranty ended, and tickets not yet collected', async () => {
    const old = await makeTicket(shop)
    await collectWithWork(old.id, [{ description: '更换电池', warrantyDays: 90 }], '2020-01-01T00:00:00.000Z')
    await makeTicket(shop, {
      customer: { kind: 'existing', id: old.customer.id },
      device: { kind: 'existing', id: old.device.id },
    })
    expect((await call(shop, 'tickets.warrantyCheck', { deviceId: old.device.id })).repairWarranties).toEqual(
      [],
    )
  })

  it('answers NOT_FOUND for an unknown device', async () => {
    expect(
      await send(shop, 'tickets.warrantyCheck', { deviceId: '01900000-0000-7000-8000-000000000000' }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})

/** What a status move leaves behind, the repair warranty, warranty repairs and a technician chosen at intake. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  dumpRows,
  makeCustomer,
  makeDevice,
  makeTicket,
  openTestShop,
  makeTechnician,
  send,
  setTicketStatus,
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

const missingId = '01900000-0000-7000-8000-000000000000'

describe('moving a ticket: what a move leaves behind', () => {
  it('hears "changed meanwhile" rather than "not allowed" when someone else moved it first', async () => {
    const ticket = await makeTicket(shop)
    await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus: 'cancelled',
    })
    expect(
      await send(shop, 'tickets.changeStatus', {
        id: ticket.id,
        version: ticket.version,
        toStatus: 'diagnosing',
      }),
    ).toMatchObject({ error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } } })
  })

  it('records when the device was collected, and nothing before', async () => {
    const ticket = await makeTicket(shop)
    expect(ticket.collectedAt).toBeNull()
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const collected = await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: ticket.version,
      toStatus: 'collected',
    })
    expect(collected.collectedAt).not.toBeNull()
    expect(collected.collectedAt).toBe(collected.events.at(-1)?.createdAt)
  })
})

/** An estimate with labour lines of these warranties, in the given status. */
function estimateWith(ticketId: string, version: number, status: string, warrantyDays: number[]) {
  const lines = warrantyDays.map((days, position) => ({
    description: `维修 ${position + 1}`,
    warrantyDays: days,
  }))
  return writeEstimate(shop, ticketId, { version, status, lines })
}

function collect(ticketId: string, collectedAt?: string) {
  return collectTicket(shop, ticketId, collectedAt)
}

const dayMs = 24 * 60 * 60 * 1000

describe('the repair warranty', () => {
  it('runs from pickup for the longest warranty of the latest approved estimate', async () => {
    const ticket = await makeTicket(shop)
    await estimateWith(ticket.id, 1, 'superseded', [365])
    await estimateWith(ticket.id, 2, 'approved', [30, 90])
    await estimateWith(ticket.id, 3, 'declined', [180])
    expect((await call(shop, 'tickets.get', { id: ticket.id })).repairWarrantyEnd).toBeNull()
    const collected = await collect(ticket.id)
    expect(collected.repairWarrantyEnd).toBe(
      new Date(Date.parse(collected.collectedAt ?? '') + 90 * dayMs).toISOString(),
    )
  })

  it('is none for a ticket collected without approved work', async () => {
    const ticket = await makeTicket(shop)
    await estimateWith(ticket.id, 1, 'sent', [90])
    expect((await collect(ticket.id)).repairWarrantyEnd).toBeNull()
  })
})

describe('a warranty repair taken in', () => {
  async function original(collectedAt?: string) {
    const ticket = await makeTicket(shop)
    await estimateWith(ticket.id, 1, 'approved', [90])
    return collect(ticket.id, collectedAt)
  }

  function repeatOf(ticket: Awaited<ReturnType<typeof original>>, deviceId = ticket.device.id) {
    return {
      customer: { kind: 'existing' as const, id: ticket.customer.id },
      device: { kind: 'existing' as const, id: deviceId },
      reportedFault: '屏幕又失灵了',
      warrantyOfTicketId: ticket.id,
    }
  }

  it('links both tickets: the repeat names its original, the original lists its repeat', async () => {
    const first = await original()
    const repeat = await call(shop, 'tickets.intake', repeatOf(first))
    expect(repeat.warrantyOf).toEqual({ id: first.id, number: first.number })
    expect(repeat.events[0]).toMatchObject({ kind: 'intake', data: { warrantyOf: first.number } })
    const after = await call(shop, 'tickets.get', { id: first.id })
    expect(after.repeatRepairs).toEqual([{ id: repeat.id, number: repeat.number }])
    expect(after.events.at(-1)).toMatchObject({ kind: 'warranty', data: { number: repeat.number } })
    expect(after.version).toBe(first.version + 1)
  })

  it("refuses another device's ticket, an expired warranty and a ticket not collected, writing nothing", async () => {
    const first = await original()
    const otherDevice = await makeDevice(shop, first.customer.id, { serial: '' })
    const expired = await original('2020-01-01T00:00:00.000Z')
    const open = await makeTicket(shop, {
      customer: { kind: 'existing', id: first.customer.id },
      device: { kind: 'existing', id: first.device.id },
    })
    const before = dumpRows(shop)
    const refused = { ok: false, error: { code: 'VALIDATION', fields: { warrantyOfTicketId: 'notAllowed' } } }
    expect(await send(shop, 'tickets.intake', repeatOf(first, otherDevice.id))).toMatchObject(refused)
    expect(await send(shop, 'tickets.intake', repeatOf(expired))).toMatchObject(refused)
    expect(
      await send(shop, 'tickets.intake', { ...repeatOf(first), warrantyOfTicketId: open.id }),
    ).toMatchObject(refused)
    expect(
      await send(shop, 'tickets.intake', {
        ...repeatOf(first),
        device: { kind: 'new', category: 'phone', brand: 'Apple' },
      }),
    ).toMatchObject(refused)
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('a technician chosen at intake', () => {
  it('puts the ticket in their hands, on the timeline too', async () => {
    const technician = await makeTechnician(shop)
    const ticket = await makeTicket(shop, { assignedTo: technician })
    expect(ticket.assignedTo).toEqual({ id: technician, name: '王师傅' })
    expect(ticket.events.map((event) => event.kind)).toEqual(['intake', 'assigned'])
    expect(ticket.events[1]?.data).toEqual({ staffName: '王师傅' })
  })

  it('must be an active staff member', async () => {
    const technician = await makeTechnician(shop)
    await shop.db.updateTable('staff').set({ active: 0 }).where('id', '=', technician).execute()
    const customer = await makeCustomer(shop)
    const before = dumpRows(shop)
    for (const assignedTo of [technician, missingId]) {
      expect(
        await send(shop, 'tickets.intake', {
          customer: { kind: 'existing', id: customer.id },
          device: { kind: 'new', category: 'phone', brand: 'Apple' },
          reportedFault: '屏幕碎裂',
          assignedTo,
        }),
      ).toMatchObject({ error: { code: 'VALIDATION', fields: { assignedTo: 'invalid' } } })
    }
    expect(dumpRows(shop)).toEqual(before)
  })
})

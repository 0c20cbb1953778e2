import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  dumpRows,
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

function eventsOf(ticketId: string) {
  return (
    shop.sqlite
      .prepare('select kind, fromStatus, toStatus, data from ticketEvents where ticketId = ? order by id')
      .all(ticketId) as { kind: string; fromStatus: string | null; toStatus: string | null; data: string }[]
  ).map((event) => ({ ...event, data: JSON.parse(event.data) as unknown }))
}

async function sendOut(ticketId: string, version: number) {
  return call(shop, 'sendOuts.create', {
    ticketId,
    version,
    partner: '华为授权服务中心',
    trackingNumber: 'SF1234567890',
    expectedBackAt: '2030-05-01T10:00:00.000Z',
    note: '主板故障，送原厂',
  })
}

describe('sending a device out', () => {
  it('moves the ticket to sent_out with the send-out, a status event and a sent_out event', async () => {
    const ticket = await makeTicket(shop)
    const created = await sendOut(ticket.id, ticket.version)
    expect(created).toMatchObject({
      partner: '华为授权服务中心',
      trackingNumber: 'SF1234567890',
      expectedBackAt: '2030-05-01T10:00:00.000Z',
      returnedAt: null,
    })
    const detail = await call(shop, 'tickets.get', { id: ticket.id })
    expect(detail).toMatchObject({ status: 'sent_out', version: ticket.version + 1 })
    expect(eventsOf(ticket.id).slice(1)).toEqual([
      { kind: 'status', fromStatus: 'received', toStatus: 'sent_out', data: {} },
      {
        kind: 'sent_out',
        fromStatus: null,
        toStatus: null,
        data: { partner: '华为授权服务中心', trackingNumber: 'SF1234567890' },
      },
    ])
    expect(await call(shop, 'sendOuts.forTicket', { ticketId: ticket.id })).toEqual([created])
  })

  it('refuses a ticket whose status cannot be sent out, or a version that moved, writing nothing', async () => {
    const ticket = await makeTicket(shop)
    const before = dumpRows(shop)
    const stale = await send(shop, 'sendOuts.create', { ticketId: ticket.id, version: 99, partner: 'Apple' })
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } },
    })
    await setTicketStatus(shop, ticket.id, 'testing')
    const wrong = await send(shop, 'sendOuts.create', {
      ticketId: ticket.id,
      version: ticket.version,
      partner: 'A',
    })
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        detail: { key: 'errors.transitionNotAllowed', from: 'testing', to: 'sent_out' },
      },
    })
    await setTicketStatus(shop, ticket.id, 'received')
    expect(dumpRows(shop)).toEqual(before)
  })

  it('records the return once and moves the ticket on to the chosen status', async () => {
    const ticket = await makeTicket(shop)
    const created = await sendOut(ticket.id, ticket.version)
    const back = await call(shop, 'sendOuts.markReturned', {
      id: created.id,
      note: '已换主板',
      toStatus: 'testing',
    })
    expect(back.returnedAt).not.toBeNull()
    expect(back.returnNote).toBe('已换主板')
    expect((await call(shop, 'tickets.get', { id: ticket.id })).status).toBe('testing')
    expect(eventsOf(ticket.id).slice(-2)).toEqual([
      { kind: 'status', fromStatus: 'sent_out', toStatus: 'testing', data: {} },
      { kind: 'returned', fromStatus: null, toStatus: null, data: { partner: '华为授权服务中心' } },
    ])
    const before = dumpRows(shop)
    expect(
      await send(shop, 'sendOuts.markReturned', { id: created.id, toStatus: 'ready_for_pickup' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.alreadyReturned' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a return for a ticket moved away from sent_out meanwhile', async () => {
    const ticket = await makeTicket(shop)
    const created = await sendOut(ticket.id, ticket.version)
    await setTicketStatus(shop, ticket.id, 'cancelled')
    expect(await send(shop, 'sendOuts.markReturned', { id: created.id, toStatus: 'testing' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.transitionNotAllowed' } },
    })
  })
})

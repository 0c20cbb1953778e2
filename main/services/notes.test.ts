import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
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

describe('notes on a ticket', () => {
  it('puts an internal note on the timeline by default, with who wrote it', async () => {
    const ticket = await makeTicket(shop)
    const after = await call(shop, 'tickets.addNote', { ticketId: ticket.id, note: '  主板进水，需清洗  ' })
    const note = after.events.at(-1)
    expect(note).toMatchObject({
      kind: 'note',
      note: '主板进水，需清洗',
      visibility: 'internal',
      actorName: '前台',
    })
    expect(after.version).toBe(ticket.version + 1)
  })

  it('keeps a note the customer may see as customer-facing', async () => {
    const ticket = await makeTicket(shop)
    const after = await call(shop, 'tickets.addNote', {
      ticketId: ticket.id,
      note: '已联系客户，下午来取',
      visibility: 'customer',
    })
    expect(after.events.at(-1)).toMatchObject({ kind: 'note', visibility: 'customer' })
  })

  it('records the note in the audit log in the same write', async () => {
    const ticket = await makeTicket(shop)
    const before = countRows(shop, 'auditLog')
    await call(shop, 'tickets.addNote', { ticketId: ticket.id, note: '屏幕排线松动' })
    expect(countRows(shop, 'auditLog')).toBe(before + 1)
    const audit = shop.sqlite
      .prepare("select action, entityId, data from auditLog where action = 'tickets.addNote'")
      .get() as { action: string; entityId: string; data: string }
    expect(audit.entityId).toBe(ticket.id)
    expect(JSON.parse(audit.data)).toEqual({ visibility: 'internal', note: '屏幕排线松动' })
  })

  it('takes notes on a collected ticket too (the customer calls back after pickup)', async () => {
    const ticket = await makeTicket(shop)
    await setTicketStatus(shop, ticket.id, 'collected')
    const after = await call(shop, 'tickets.addNote', { ticketId: ticket.id, note: '客户反馈一切正常' })
    expect(after.events.at(-1)?.note).toBe('客户反馈一切正常')
  })

  it('answers NOT_FOUND for a ticket that does not exist, writing nothing', async () => {
    const before = countRows(shop, 'ticketEvents')
    const result = await send(shop, 'tickets.addNote', {
      ticketId: '01900000-0000-7000-8000-000000000000',
      note: '备注',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(countRows(shop, 'ticketEvents')).toBe(before)
  })
})

/** The one entry both doors call: what it answers when the method, the input or the core goes wrong. */
import { afterEach, describe, expect, it } from 'vitest'
import { dumpRows, makeTicket, openTestShop, send, type TestShop } from '../tests/support/shop'
import { dispatch } from './handlers'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  shop = undefined
})

describe('dispatch', () => {
  it('answers NOT_FOUND for a method that does not exist', async () => {
    shop = await openTestShop()
    for (const method of ['tickets.delete', '', '__proto__', 'constructor', 'toString']) {
      expect(await send(shop, method, {}), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', detail: { key: 'errors.noSuchMethod' } },
      })
    }
  })

  it('takes a missing input for an empty one', async () => {
    shop = await openTestShop()
    expect(await dispatch(shop.context, 'tickets.countByStatus', undefined)).toMatchObject({ ok: true })
    expect(await dispatch(shop.context, 'settings.get', null)).toMatchObject({ ok: true })
  })

  it('answers CONFLICT, writing nothing, when a ticket number is already taken', async () => {
    shop = await openTestShop()
    const ticket = await makeTicket(shop)
    // A sequence set back (say, by restoring an old copy of the settings): the next number exists.
    await shop.db
      .updateTable('documentSequences')
      .set({ nextValue: 1 })
      .where('name', '=', 'ticket:SC01')
      .execute()
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: ticket.customer.id },
      device: { kind: 'existing', id: ticket.device.id },
      reportedFault: '无法开机',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('answers INTERNAL without the details, and logs them, when something unforeseen breaks', async () => {
    shop = await openTestShop()
    const logged: unknown[] = []
    const context = { ...shop.context, log: (_message: string, error: unknown) => logged.push(error) }
    shop.sqlite.exec('drop trigger "auditLog_no_update"; alter table "auditLog" rename to "auditLogGone"')
    const result = await dispatch(context, 'customers.create', { name: '李娜', phones: ['13912345678'] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', detail: { key: 'errors.internal' } },
    })
    expect(JSON.stringify(result)).not.toMatch(/auditLog|sqlite|at /i)
    expect(logged).toHaveLength(1)
    expect(String(logged[0])).toMatch(/auditLog/)
    expect(shop.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(0)
  })
})

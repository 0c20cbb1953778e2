import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../shared/contract'
import { dispatch } from '../handlers'
import { makeCustomer, makeTicket, openTestShop, type TestShop } from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

describe('walk-in intake', () => {
  it('gives the first ticket of an outlet its number and records the intake on the timeline', async () => {
    const ticket = await makeTicket(shop)
    expect(ticket.number).toBe('SC01-000001')
    expect(ticket.status).toBe('received')
    expect(ticket.events.map((event) => event.kind)).toEqual(['intake'])
    expect(ticket.events[0]?.actorName).toBe('前台')
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
    expect(ticket.hasUnlockCode).toBe(true)
    expect(JSON.stringify(ticket)).not.toContain('970412')
    expect(ticket.depositMinor).toBe(5000)
    const deposits = await shop.db.selectFrom('ticketDeposits').selectAll().execute()
    expect(deposits).toHaveLength(1)
    expect(deposits[0]?.amountMinor).toBe(5000)
  })

  it('refuses an intake with no fault and writes nothing', async () => {
    const customer = await makeCustomer(shop)
    const result = await dispatch(shop.context, 'tickets.intake', {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '   ',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reportedFault: 'required' } } })
    expect(await shop.db.selectFrom('tickets').selectAll().execute()).toHaveLength(0)
    expect(await shop.db.selectFrom('devices').selectAll().execute()).toHaveLength(0)
  })
})

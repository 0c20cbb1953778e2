import { afterEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
  dumpRows,
  makeCustomer,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  shop = undefined
})

describe('demo data', () => {
  it('fills an empty shop with customers, devices and tickets that search finds', async () => {
    shop = await openTestShop()
    const loaded = await call(shop, 'system.loadDemo', { locale: 'zh-CN' })
    expect(loaded.customers).toBe(40)
    expect(loaded.tickets).toBeGreaterThanOrEqual(40)
    expect(countRows(shop, 'customers')).toBe(loaded.customers)
    expect(countRows(shop, 'tickets')).toBe(loaded.tickets)
    expect(countRows(shop, 'devices')).toBe(loaded.customers)
    const page = await call(shop, 'tickets.list', { limit: 200 })
    expect(page.items).toHaveLength(loaded.tickets)
    expect(new Set(page.items.map((item) => item.number)).size).toBe(loaded.tickets)
    const anyone = page.items[0]!
    const found = await call(shop, 'search.counter', { query: anyone.customerName })
    expect(found.customers.map((customer) => customer.name)).toContain(anyone.customerName)
  })

  it('keeps every deposit within its estimate and in the ledger', async () => {
    shop = await openTestShop()
    await call(shop, 'system.loadDemo', {})
    const tickets = await shop.db
      .selectFrom('tickets')
      .select(['id', 'estimateMinor', 'depositMinor'])
      .execute()
    const ledger = await shop.db.selectFrom('ticketDeposits').select(['ticketId', 'amountMinor']).execute()
    const paid = new Map(ledger.map((row) => [row.ticketId, row.amountMinor]))
    for (const ticket of tickets) {
      expect(ticket.depositMinor).toBeLessThanOrEqual(ticket.estimateMinor ?? Infinity)
      expect(paid.get(ticket.id) ?? 0).toBe(ticket.depositMinor)
    }
  })

  it('writes English faults for an English shop', async () => {
    shop = await openTestShop('en')
    await call(shop, 'system.loadDemo', { locale: 'en' })
    const faults = await shop.db.selectFrom('tickets').select('reportedFault').execute()
    expect(faults.every((row) => /^[\x20-\x7e]+$/.test(row.reportedFault))).toBe(true)
  })

  it('is refused in a shop that already has customers, and nothing is written', async () => {
    shop = await openTestShop()
    await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'system.loadDemo', { locale: 'zh-CN' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.demoNotEmpty' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('is refused the second time', async () => {
    shop = await openTestShop()
    await call(shop, 'system.loadDemo', {})
    expect(await send(shop, 'system.loadDemo', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('refuses a language it does not ship', async () => {
    shop = await openTestShop()
    expect(await send(shop, 'system.loadDemo', { locale: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { locale: 'invalid' } },
    })
    expect(countRows(shop, 'customers')).toBe(0)
  })
})

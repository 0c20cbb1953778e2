import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { currentActor } from './settings'
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

  it('spreads its repairs over the workflow, oldest furthest along, with most promises still ahead', async () => {
    shop = await openTestShop()
    await call(shop, 'system.loadDemo', { locale: 'zh-CN' })
    const rows = await shop.db.selectFrom('tickets').select(['status', 'promisedAt']).execute()
    const statuses = new Set(rows.map((row) => row.status))
    for (const status of [
      'received',
      'diagnosing',
      'in_repair',
      'testing',
      'ready_for_pickup',
      'collected',
    ]) {
      expect(statuses, status).toContain(status)
    }
    const open = rows.filter((row) => row.status !== 'collected')
    const late = open.filter((row) => row.promisedAt !== null && row.promisedAt < new Date().toISOString())
    expect(late.length).toBeGreaterThan(0)
    expect(late.length).toBeLessThan(open.length / 2)
  })

  it('writes English faults for an English shop', async () => {
    shop = await openTestShop('en')
    await call(shop, 'system.loadDemo', { locale: 'en' })
    const faults = await shop.db.selectFrom('tickets').select('reportedFault').execute()
    expect(faults.every((row) => /^[\x20-\x7e]+$/.test(row.reportedFault))).toBe(true)
  })

  it('publishes a labour price list in the shop language, with warranties, that search finds', async () => {
    for (const [locale, word] of [
      ['zh-CN', '屏幕'],
      ['zh-TW', '螢幕'],
      ['en', 'screen'],
    ] as const) {
      const localShop = await openTestShop(locale)
      try {
        await call(localShop, 'system.loadDemo', { locale })
        const items = await call(localShop, 'labour.list', {})
        expect(items.length).toBeGreaterThanOrEqual(8)
        expect(items.length).toBeLessThanOrEqual(12)
        expect(items.every((item) => item.active && item.priceMinor > 0)).toBe(true)
        expect(items.filter((item) => item.warrantyDays >= 90).length).toBeGreaterThan(items.length / 2)
        expect(await call(localShop, 'labour.list', { query: word })).toHaveLength(1)
      } finally {
        await localShop.close()
      }
    }
  })

  it('adds two technicians and gives most repairs to one of them', async () => {
    shop = await openTestShop()
    const loaded = await call(shop, 'system.loadDemo', { locale: 'zh-CN' })
    const technicians = await shop.db
      .selectFrom('staff')
      .select(['id', 'name'])
      .where('role', '=', 'technician')
      .execute()
    expect(technicians.map((technician) => technician.name)).toEqual(['张师傅', '李师傅'])
    const assigned = await shop.db
      .selectFrom('tickets')
      .select(['assignedTo'])
      .where('assignedTo', 'is not', null)
      .execute()
    expect(assigned.length).toBeGreaterThan(loaded.tickets / 2)
    expect(assigned.length).toBeLessThan(loaded.tickets)
    const ids = new Set(technicians.map((technician) => technician.id))
    expect(assigned.every((ticket) => ids.has(ticket.assignedTo!))).toBe(true)
    // Each of them has some.
    expect(new Set(assigned.map((ticket) => ticket.assignedTo)).size).toBe(2)
  })

  it('writes three weeks of a living shop in each language, its ledgers and kept figures agreeing', async () => {
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
      const localShop = await openTestShop(locale)
      try {
        await call(localShop, 'system.loadDemo', { locale })
        await expectALivingShop(localShop, locale)
        // The counter still starts as the shop's own clerk, not a demo technician.
        expect((await currentActor(localShop.db)).id).toBe(localShop.actor.id)
      } finally {
        await localShop.close()
      }
    }
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

/** What the demo promises: stock, purchasing, estimates, repairs that charge, and weeks of money. */
async function expectALivingShop(shop: TestShop, locale: string) {
  const db = shop.db
  const now = new Date().toISOString()
  // Stock: each part's level is the sum of its ledger, which holds more than the opening stock.
  const levels = await db.selectFrom('stockLevels').select(['partId', 'onHand']).execute()
  const ledger = await db
    .selectFrom('stockMovements')
    .select(['partId', (eb) => eb.fn.sum<number>('quantity').as('sum')])
    .groupBy('partId')
    .execute()
  expect(levels.length, locale).toBeGreaterThanOrEqual(12)
  const sums = new Map(ledger.map((row) => [row.partId, row.sum]))
  for (const level of levels) expect(level.onHand).toBe(sums.get(level.partId))
  const kinds = new Set(
    (await db.selectFrom('stockMovements').select('kind').execute()).map((row) => row.kind),
  )
  for (const kind of ['receipt', 'repair_use', 'sale', 'count', 'adjustment'])
    expect(kinds, kind).toContain(kind)
  expect(countRows(shop, 'suppliers')).toBe(3)
  const orders = await call(shop, 'purchaseOrders.list', {})
  const statuses = new Set(orders.items.map((order) => order.status))
  for (const status of ['draft', 'received', 'partly_received']) expect(statuses, status).toContain(status)
  const counts = await call(shop, 'stockCounts.list', {})
  expect(counts.map((count) => count.status)).toContain('posted')

  // Estimates approved and declined; every repair waiting at the counter charges something.
  const estimates = new Set(
    (await db.selectFrom('estimates').select('status').execute()).map((row) => row.status),
  )
  expect(estimates).toContain('approved')
  expect(estimates).toContain('declined')
  const ready = await db.selectFrom('tickets').select('id').where('status', '=', 'ready_for_pickup').execute()
  expect(ready.length).toBeGreaterThan(0)
  for (const ticket of ready) {
    const preview = await call(shop, 'invoices.preview', { ticketId: ticket.id })
    expect(preview.dueMinor).toBeGreaterThan(0)
  }
  expect(countRows(shop, 'ticketParts')).toBeGreaterThan(5)

  // Money: closed drawer days with their Z reports, today's drawer open, invoices over the weeks.
  const drawers = await db.selectFrom('drawerSessions').selectAll().orderBy('openedAt').execute()
  expect(drawers.length).toBeGreaterThanOrEqual(20)
  expect(drawers.at(-1)?.status).toBe('open')
  for (const drawer of drawers.slice(0, -1)) {
    expect(drawer.status).toBe('closed')
    expect(drawer.zReport).not.toBeNull()
    expect(drawer.closedAt! > drawer.openedAt).toBe(true)
  }
  expect(drawers.some((drawer) => (drawer.varianceMinor ?? 0) < 0)).toBe(true)
  const invoices = await db.selectFrom('invoices').select(['kind', 'isVoid', 'issuedAt']).execute()
  const issued = invoices.map((invoice) => invoice.issuedAt).sort()
  expect(Date.parse(issued.at(-1)!) - Date.parse(issued[0]!)).toBeGreaterThan(14 * 24 * 3600 * 1000)
  expect(issued.at(-1)! <= now).toBe(true)
  expect(invoices.filter((invoice) => invoice.kind === 'invoice').length).toBeGreaterThan(40)
  expect(invoices.some((invoice) => invoice.kind === 'credit_note' && invoice.isVoid === 0)).toBe(true)
  expect(invoices.some((invoice) => invoice.kind === 'credit_note' && invoice.isVoid === 1)).toBe(true)
  const tenders = new Set(
    (await db.selectFrom('payments').select('tender').execute()).map((row) => row.tender),
  )
  expect(tenders.size).toBeGreaterThanOrEqual(3)
  const owed = await call(shop, 'customers.balances', {})
  expect(owed.items.length).toBeGreaterThan(0)
  expect(owed.items.every((row) => row.balanceMinor > 0)).toBe(true)

  // The hourly sales buckets kept with each document equal a fresh grouping of the lines.
  const sorted = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).sort()
  const kept = await db.selectFrom('salesLineBuckets').selectAll().execute()
  const fresh = await sql<(typeof kept)[number]>`select substr(i."issuedAt", 1, 13) as "hour",
      i."kind" as "documentKind", l."kind" as "lineKind", coalesce(p."category", '') as "category",
      sum(l."totalMinor") as "totalMinor", sum(l."unitCostMinor" * l."quantity") as "costMinor"
    from "invoices" i join "invoiceLines" l on l."invoiceId" = i."id"
    left join "parts" p on p."id" = l."partId"
    group by 1, 2, 3, 4`.execute(db)
  expect(sorted(kept)).toEqual(sorted(fresh.rows))
  // Nothing was written in the future.
  const latest = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.max('at').as('at'))
    .executeTakeFirstOrThrow()
  expect(latest.at <= now).toBe(true)
}

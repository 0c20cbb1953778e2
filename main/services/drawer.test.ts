import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, countRows, makeTicket, openTestShop, send, type TestShop } from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

function movementSum(sessionId: string): number {
  return shop.sqlite
    .prepare('select coalesce(sum(amountMinor), 0) from cashMovements where sessionId = ?')
    .pluck()
    .get(sessionId) as number
}

describe('opening the drawer', () => {
  it('opens one session with its number and the float as its first movement', async () => {
    const session = await call(shop, 'drawer.open', { floatMinor: 50000 })
    expect(session).toMatchObject({
      number: 'SC01-D000001',
      status: 'open',
      currency: 'CNY',
      floatMinor: 50000,
      expectedMinor: 50000,
      countedMinor: null,
      closedAt: null,
    })
    expect(session.movements).toMatchObject([{ kind: 'float', amountMinor: 50000 }])
    expect(await call(shop, 'drawer.current', {})).toMatchObject({ id: session.id })
  })

  it('answers no drawer before one is opened', async () => {
    expect(await call(shop, 'drawer.current', {})).toBeNull()
  })

  it('refuses a second drawer while one is open', async () => {
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const result = await send(shop, 'drawer.open', { floatMinor: 10000 })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(countRows(shop, 'drawerSessions')).toBe(1)
  })

  it('opens without a float movement when the float is zero', async () => {
    const session = await call(shop, 'drawer.open', { floatMinor: 0 })
    expect(session.movements).toEqual([])
    expect(session.expectedMinor).toBe(0)
  })
})

describe('cash paid in and out', () => {
  it('adds paid-ins and takes off paid-outs, with their reasons', async () => {
    await call(shop, 'drawer.open', { floatMinor: 20000 })
    await call(shop, 'drawer.move', { kind: 'paid_in', amountMinor: 5000, reason: '补零钱' })
    const session = await call(shop, 'drawer.move', { kind: 'paid_out', amountMinor: 1250, reason: '买水' })
    expect(session.expectedMinor).toBe(23750)
    expect(session.movements.map((m) => [m.kind, m.amountMinor, m.reason])).toEqual([
      ['float', 20000, ''],
      ['paid_in', 5000, '补零钱'],
      ['paid_out', -1250, '买水'],
    ])
    expect(session.expectedMinor).toBe(movementSum(session.id))
  })

  it('refuses to pay out more cash than the drawer holds', async () => {
    await call(shop, 'drawer.open', { floatMinor: 1000 })
    const result = await send(shop, 'drawer.move', { kind: 'paid_out', amountMinor: 1001, reason: '快递费' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(countRows(shop, 'cashMovements')).toBe(1)
  })

  it('refuses any movement without an open drawer', async () => {
    const result = await send(shop, 'drawer.move', { kind: 'paid_in', amountMinor: 100, reason: '零钱' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!result.ok) expect(result.error.message).toContain('drawer')
  })
})

describe('deposits taken at intake', () => {
  it('go into the open drawer: a cash deposit is a cash movement, a card deposit is not', async () => {
    const session = await call(shop, 'drawer.open', { floatMinor: 10000 })
    await makeTicket(shop, { depositMinor: 5000, depositTender: 'cash' })
    await makeTicket(shop, { depositMinor: 3000, depositTender: 'card' })
    const deposits = shop.sqlite
      .prepare('select tender, drawerSessionId from ticketDeposits order by tender')
      .all()
    expect(deposits).toEqual([
      { tender: 'card', drawerSessionId: session.id },
      { tender: 'cash', drawerSessionId: session.id },
    ])
    const after = await call(shop, 'drawer.get', { id: session.id })
    expect(after.expectedMinor).toBe(15000)
    expect(after.movements.at(-1)).toMatchObject({ kind: 'deposit', amountMinor: 5000 })
  })

  it('are still taken with no drawer open, recorded without a session', async () => {
    await makeTicket(shop, { depositMinor: 5000, depositTender: 'cash' })
    expect(shop.sqlite.prepare('select drawerSessionId from ticketDeposits').pluck().get()).toBeNull()
    expect(countRows(shop, 'cashMovements')).toBe(0)
  })
})

describe('closing the day', () => {
  it('counts the cash by denomination against the movements and freezes the session', async () => {
    const opened = await call(shop, 'drawer.open', { floatMinor: 30000 })
    await call(shop, 'drawer.move', { kind: 'paid_out', amountMinor: 2000, reason: '快递费' })
    // Expected 280.00; counted 2 × 100 + 1 × 50 + 2 × 10 + 9 × 1 + 1 × 0.5 = 279.50.
    const closed = await call(shop, 'drawer.close', {
      id: opened.id,
      denominations: { '10000': 2, '5000': 1, '2000': 0, '1000': 2, '100': 9, '50': 1 },
      note: '少五毛',
    })
    expect(closed).toMatchObject({
      status: 'closed',
      expectedMinor: 28000,
      countedMinor: 27950,
      varianceMinor: -50,
      note: '少五毛',
      denominations: { '10000': 2, '5000': 1, '1000': 2, '100': 9, '50': 1 },
      closedByName: shop.actor.name,
    })
    expect(closed.closedAt).not.toBeNull()
    expect(await call(shop, 'drawer.current', {})).toBeNull()
    expect(() => shop.sqlite.prepare("update drawerSessions set note = 'x'").run()).toThrow(/frozen/)
  })

  it('refuses a note or coin the currency does not have', async () => {
    const opened = await call(shop, 'drawer.open', { floatMinor: 0 })
    const result = await send(shop, 'drawer.close', { id: opened.id, denominations: { '200': 1 } })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'denominations.200': 'invalid' } },
    })
  })

  it('refuses to close a drawer twice', async () => {
    const opened = await call(shop, 'drawer.open', { floatMinor: 0 })
    await call(shop, 'drawer.close', { id: opened.id, denominations: {} })
    const result = await send(shop, 'drawer.close', { id: opened.id, denominations: {} })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('takes money again only once a new drawer is opened, numbered on', async () => {
    const first = await call(shop, 'drawer.open', { floatMinor: 0 })
    await call(shop, 'drawer.close', { id: first.id, denominations: {} })
    const refused = await send(shop, 'drawer.move', { kind: 'paid_in', amountMinor: 100, reason: '零钱' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const second = await call(shop, 'drawer.open', { floatMinor: 100 })
    expect(second.number).toBe('SC01-D000002')
  })
})

describe('the list of sessions', () => {
  it('pages newest first by cursor, each session once', async () => {
    const numbers: string[] = []
    for (let day = 0; day < 5; day += 1) {
      const session = await call(shop, 'drawer.open', { floatMinor: day * 100 })
      numbers.push(session.number)
      if (day < 4) await call(shop, 'drawer.close', { id: session.id, denominations: { '100': day } })
    }
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { items: { number: string }[]; nextCursor: string | null } = await call(
        shop,
        'drawer.list',
        { cursor, limit: 2 },
      )
      seen.push(...page.items.map((item) => item.number))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual([...numbers].reverse())
    const [open] = (await call(shop, 'drawer.list', { cursor: null, limit: 1 })).items
    expect(open).toMatchObject({ status: 'open', expectedMinor: 400 })
  })
})

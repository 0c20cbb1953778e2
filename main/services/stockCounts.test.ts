import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/open'
import {
  adjust,
  call,
  dumpRows,
  makePart,
  makeTicket,
  openTestShop,
  receive,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { getCount } from './stockCounts'
import { usePartOnTicket } from './stock'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'

/** On hand from the ledger's sum, after checking the cached figure agrees with it. */
function ledgerOnHand(partId: string): number {
  const sum = shop.sqlite
    .prepare('select coalesce(sum(quantity), 0) from stockMovements where partId = ?')
    .pluck()
    .get(partId) as number
  const cached = shop.sqlite
    .prepare('select onHand from stockLevels where partId = ?')
    .pluck()
    .get(partId) as number | undefined
  expect(cached ?? 0).toBe(sum)
  return sum
}

/** Three parts on two shelves: screens in bin A-01, a battery in A-02, and an archived screen. */
async function stockedShelves() {
  const screen = await makePart(shop, { sku: 'SCR-13', category: '屏幕', bin: 'A-01', barcodes: ['6901'] })
  const glass = await makePart(shop, { sku: 'GLS-13', category: '屏幕', bin: 'A-01' })
  const battery = await makePart(shop, { sku: 'BAT-13', category: '电池', bin: 'A-02', barcodes: ['6902'] })
  const archived = await makePart(shop, { sku: 'OLD-11', category: '屏幕', bin: 'A-01', active: false })
  await receive(shop, screen.id, 10, 1500)
  await receive(shop, glass.id, 4, 250)
  await receive(shop, battery.id, 6, 800)
  return { screen, glass, battery, archived }
}

function start(scope: 'all' | 'category' | 'bin', scopeValue = '', note = '') {
  return call(shop, 'stockCounts.start', { scope, scopeValue, note })
}

function scan(countId: string, code: string) {
  return call(shop, 'stockCounts.record', { countId, partId: null, code, quantity: 1, mode: 'add' })
}

function type(countId: string, partId: string, quantity: number) {
  return call(shop, 'stockCounts.record', { countId, partId, code: '', quantity, mode: 'set' })
}

/** Sends a call that must fail with this code and leave every row as it was. */
async function expectRefused(method: string, input: unknown, code: string, key?: string) {
  const before = dumpRows(shop)
  const result = await send(shop, method, input)
  expect(result).toMatchObject({ ok: false, error: { code } })
  if (key && !result.ok) expect(result.error.detail?.key).toBe(key)
  expect(dumpRows(shop)).toEqual(before)
}

describe('starting a count', () => {
  it('freezes on hand and average cost of the active parts of a bin, and of nothing else', async () => {
    const { screen, glass } = await stockedShelves()
    const count = await start('bin', 'a-01', '月底盘点')
    expect(count).toMatchObject({ number: 'SC01-C000001', scope: 'bin', scopeValue: 'a-01', status: 'open' })
    expect(count.note).toBe('月底盘点')
    expect(count.lines.map((line) => [line.sku, line.expected, line.counted])).toEqual([
      ['GLS-13', 4, null],
      ['SCR-13', 10, null],
    ])
    expect(count.lineCount).toBe(2)
    expect(count.countedCount).toBe(0)
    // Stock moving after the start leaves the frozen figures alone.
    await receive(shop, screen.id, 5, 3000)
    await adjust(shop, glass.id, -1, 'damaged')
    const again = await call(shop, 'stockCounts.get', { id: count.id })
    expect(again.lines.map((line) => line.expected)).toEqual([4, 10])
    const costs = shop.sqlite
      .prepare('select unitCostMinor from stockCountLines where countId = ? order by unitCostMinor')
      .pluck()
      .all(count.id)
    expect(costs).toEqual([250, 1500])
  })

  it('covers a category, or every active part, and numbers counts in sequence', async () => {
    await stockedShelves()
    const screens = await start('category', '屏幕')
    expect(screens.lines.map((line) => line.sku)).toEqual(['GLS-13', 'SCR-13'])
    await call(shop, 'stockCounts.cancel', { id: screens.id })
    const everything = await start('all')
    expect(everything.number).toBe('SC01-C000002')
    expect(everything.lines.map((line) => line.sku).sort()).toEqual(['BAT-13', 'GLS-13', 'SCR-13'])
    expect(everything.lines.find((line) => line.sku === 'BAT-13')?.expected).toBe(6)
  })

  it('refuses a second open count of the same parts, and an empty scope, writing nothing', async () => {
    await stockedShelves()
    const first = await start('bin', 'A-01')
    await expectRefused(
      'stockCounts.start',
      { scope: 'bin', scopeValue: 'A-01' },
      'CONFLICT',
      'counts:errors.overlaps',
    )
    await expectRefused('stockCounts.start', { scope: 'all' }, 'CONFLICT', 'counts:errors.overlaps')
    await expectRefused(
      'stockCounts.start',
      { scope: 'bin', scopeValue: 'Z-99' },
      'VALIDATION',
      'counts:errors.emptyScope',
    )
    await expectRefused('stockCounts.start', { scope: 'category', scopeValue: '' }, 'VALIDATION')
    // Another shelf can be counted at the same time.
    const second = await start('bin', 'A-02')
    expect(second.lines.map((line) => line.sku)).toEqual(['BAT-13'])
    const open = await call(shop, 'stockCounts.list', { status: 'open' })
    expect(open.map((count) => count.id).sort()).toEqual([first.id, second.id].sort())
  })
})

describe('counting', () => {
  it('adds one for each scan, by barcode or SKU, and sets a typed count', async () => {
    const { screen, glass } = await stockedShelves()
    const count = await start('bin', 'A-01')
    await scan(count.id, '6901')
    await scan(count.id, 'scr-13')
    const line = await scan(count.id, '6901')
    expect(line).toMatchObject({
      sku: 'SCR-13',
      expected: 10,
      counted: 3,
      variance: -7,
      varianceValueMinor: -10500,
    })
    expect(await type(count.id, glass.id, 5)).toMatchObject({
      counted: 5,
      variance: 1,
      varianceValueMinor: 250,
    })
    expect(await type(count.id, screen.id, 9)).toMatchObject({ counted: 9, variance: -1 })
    const read = await call(shop, 'stockCounts.get', { id: count.id })
    expect(read).toMatchObject({ countedCount: 2, lineCount: 2, varianceValueMinor: -1500 + 250 })
  })

  it('refuses an unknown code, a part outside the scope and a missing count, writing nothing', async () => {
    const { battery } = await stockedShelves()
    const count = await start('bin', 'A-01')
    const scanOf = (code: string) => ({ countId: count.id, code, quantity: 1, mode: 'add' })
    await expectRefused('stockCounts.record', scanOf('0000000'), 'NOT_FOUND', 'counts:errors.unknownCode')
    await expectRefused('stockCounts.record', scanOf('6902'), 'CONFLICT', 'counts:errors.outsideScope')
    await expectRefused(
      'stockCounts.record',
      { countId: count.id, partId: battery.id, quantity: 3 },
      'CONFLICT',
      'counts:errors.outsideScope',
    )
    await expectRefused(
      'stockCounts.record',
      { countId: count.id, partId: missingId, quantity: 3 },
      'NOT_FOUND',
    )
    await expectRefused('stockCounts.record', { ...scanOf('6901'), countId: missingId }, 'NOT_FOUND')
    await expectRefused('stockCounts.record', { ...scanOf('6901'), quantity: -1 }, 'VALIDATION')
  })

  it('keeps a count in progress in the database file, for the next start of the app', async () => {
    await stockedShelves()
    const count = await start('bin', 'A-01')
    await scan(count.id, '6901')
    const reopened = await openDatabase(shop.path)
    try {
      const read = await getCount(reopened.db, count.id)
      expect(read.lines.find((line) => line.sku === 'SCR-13')?.counted).toBe(1)
      expect(read.status).toBe('open')
    } finally {
      await reopened.close()
    }
  })
})

describe('posting a count', () => {
  it('writes one count correction per counted line with a variance, and on hand becomes the count', async () => {
    const { screen, glass, battery } = await stockedShelves()
    const count = await start('all')
    await type(count.id, screen.id, 8)
    await type(count.id, glass.id, 4) // counted, no variance
    await call(shop, 'stockCounts.record', { countId: count.id, partId: battery.id, quantity: 7 })
    const movementsBefore = shop.sqlite.prepare('select count(*) from stockMovements').pluck().get() as number
    const posted = await call(shop, 'stockCounts.post', { id: count.id })
    expect(posted.status).toBe('posted')
    expect(posted.closedAt).not.toBeNull()
    const movements = shop.sqlite
      .prepare(
        "select p.sku, m.quantity, m.reason, m.documentType, m.documentId from stockMovements m join parts p on p.id = m.partId where m.kind = 'count' order by p.sku",
      )
      .all()
    expect(movements).toEqual([
      { sku: 'BAT-13', quantity: 1, reason: 'count', documentType: 'count', documentId: count.id },
      { sku: 'SCR-13', quantity: -2, reason: 'count', documentType: 'count', documentId: count.id },
    ])
    expect(shop.sqlite.prepare('select count(*) from stockMovements').pluck().get()).toBe(movementsBefore + 2)
    expect([ledgerOnHand(screen.id), ledgerOnHand(glass.id), ledgerOnHand(battery.id)]).toEqual([8, 4, 7])
    const ledger = await call(shop, 'parts.movements', { id: screen.id, cursor: null, limit: 10 })
    expect(ledger.items[0]).toMatchObject({ kind: 'count', quantity: -2, documentLabel: 'SC01-C000001' })
  })

  it('leaves uncounted lines alone, and keeps what left the shelf while the count was open', async () => {
    const { screen, glass } = await stockedShelves()
    const ticket = await makeTicket(shop)
    const count = await start('bin', 'A-01')
    await type(count.id, screen.id, 9)
    // Two screens go to a repair after the count started: the count describes the shelf before that.
    await shop.db
      .transaction()
      .execute((trx) =>
        usePartOnTicket(trx, { ticketId: ticket.id, partId: screen.id, quantity: 2 }, shop.actor),
      )
    await call(shop, 'stockCounts.post', { id: count.id })
    expect(ledgerOnHand(screen.id)).toBe(10 - 2 - 1)
    expect(ledgerOnHand(glass.id)).toBe(4)
  })

  it('refuses, naming the part, a correction that would now take stock below zero, and writes nothing', async () => {
    const { screen } = await stockedShelves()
    const count = await start('bin', 'A-01')
    await type(count.id, screen.id, 1)
    await adjust(shop, screen.id, -5, 'lost')
    await expectRefused('stockCounts.post', { id: count.id }, 'CONFLICT', 'counts:errors.belowZero')
  })

  it('refuses to post twice, or to count, post or cancel a closed count, writing nothing', async () => {
    const { screen } = await stockedShelves()
    const count = await start('bin', 'A-01')
    await type(count.id, screen.id, 12)
    await call(shop, 'stockCounts.post', { id: count.id })
    expect(ledgerOnHand(screen.id)).toBe(12)
    await expectRefused('stockCounts.post', { id: count.id }, 'CONFLICT', 'counts:errors.posted')
    await expectRefused(
      'stockCounts.record',
      { countId: count.id, code: '6901', quantity: 1, mode: 'add' },
      'CONFLICT',
    )
    await expectRefused('stockCounts.cancel', { id: count.id }, 'CONFLICT', 'counts:errors.posted')
    await expectRefused('stockCounts.post', { id: missingId }, 'NOT_FOUND', 'counts:errors.notFound')
    expect(ledgerOnHand(screen.id)).toBe(12)
  })

  it('cancels without moving stock, and a cancelled count takes no more figures', async () => {
    const { screen } = await stockedShelves()
    const count = await start('bin', 'A-01')
    await type(count.id, screen.id, 3)
    const movements = dumpRows(shop).stockMovements
    const cancelled = await call(shop, 'stockCounts.cancel', { id: count.id })
    expect(cancelled.status).toBe('cancelled')
    expect(dumpRows(shop).stockMovements).toEqual(movements)
    expect(ledgerOnHand(screen.id)).toBe(10)
    await expectRefused(
      'stockCounts.record',
      { countId: count.id, partId: screen.id, quantity: 1 },
      'CONFLICT',
      'counts:errors.cancelled',
    )
    await expectRefused('stockCounts.post', { id: count.id }, 'CONFLICT', 'counts:errors.cancelled')
    // The shelf is free for a new count.
    expect((await start('bin', 'A-01')).number).toBe('SC01-C000002')
  })

  it('lists open counts first, with how many lines are counted', async () => {
    await stockedShelves()
    const posted = await start('bin', 'A-02')
    await scan(posted.id, '6902')
    await call(shop, 'stockCounts.post', { id: posted.id })
    const open = await start('bin', 'A-01')
    await scan(open.id, '6901')
    const list = await call(shop, 'stockCounts.list', { status: null })
    expect(list.map((count) => [count.number, count.status, count.countedCount, count.lineCount])).toEqual([
      [open.number, 'open', 1, 2],
      [posted.number, 'posted', 1, 1],
    ])
    expect(await call(shop, 'stockCounts.list', { status: 'posted' })).toHaveLength(1)
  })

  it('posts a count of 1,000 lines', async () => {
    const insertPart = shop.sqlite.prepare(
      "insert into parts (id, sku, name, category, brand, compatibleModels, unit, priceMinor, reorderPoint, reorderQuantity, bin, defaultSupplierId, serialized, active, searchText, createdAt, updatedAt) values (?, ?, ?, '', '', '', '', 0, 0, 0, 'B-01', null, 0, 1, '', ?, ?)",
    )
    const now = new Date().toISOString()
    shop.sqlite.transaction(() => {
      for (let index = 0; index < 1000; index++) {
        const id = `01900000-0000-7000-8000-${String(index).padStart(12, '0')}`
        insertPart.run(id, `BULK-${index}`, `配件 ${index}`, now, now)
      }
    })()
    const ids = shop.sqlite.prepare('select id from parts order by id').pluck().all() as string[]
    for (const id of ids.slice(0, 1000)) await receive(shop, id, 5, 100)
    const count = await start('bin', 'B-01')
    expect(count.lineCount).toBe(1000)
    for (const [index, id] of ids.entries()) await type(count.id, id, index % 10)
    const started = performance.now()
    await call(shop, 'stockCounts.post', { id: count.id })
    console.log(`posting a count of 1,000 lines took ${(performance.now() - started).toFixed(1)} ms`)
    const corrections = shop.sqlite
      .prepare("select count(*) from stockMovements where kind = 'count'")
      .pluck()
      .get()
    expect(corrections).toBe(900)
    const mismatched = shop.sqlite
      .prepare(
        'select count(*) from stockLevels s where s.onHand != (select sum(quantity) from stockMovements m where m.partId = s.partId)',
      )
      .pluck()
      .get()
    expect(mismatched).toBe(0)
  }, 60_000)
})

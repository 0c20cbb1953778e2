import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StockReport, StockReportLine } from '../../shared/contract'
import { stockMovementKinds, type StockMovementKind } from '../../shared/domain/stock'
import { call, makePart, openTestShop, send, type TestShop } from '../../tests/support/shop'
import { postMovement } from './stock'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

/** An instant on a day of March 2025: `at(2, 9)` is 2 March, 09:00 UTC. */
const at = (day: number, hour = 9, minute = 0) => new Date(Date.UTC(2025, 2, day, hour, minute)).toISOString()

/** One shop day as the report is asked for it: [midnight, next midnight). */
const day = (number: number) => ({ from: at(number, 0), to: at(number + 1, 0) })

function move(
  partId: string,
  kind: StockMovementKind,
  quantity: number,
  when: string,
  unitCostMinor?: number,
) {
  return shop.db
    .transaction()
    .execute((trx) => postMovement(trx, { partId, kind, quantity, unitCostMinor }, shop.actor, when))
}

function report(period: { from: string; to: string }, category = '') {
  return call(shop, 'reports.stock', { ...period, category })
}

function line(result: StockReport, sku: string): StockReportLine {
  const found = result.lines.find((candidate) => candidate.sku === sku)
  if (!found) throw new Error(`no line for ${sku}`)
  return found
}

/** Opening plus every signed movement of the line gives its closing figure. */
function expectLineAddsUp(row: StockReportLine): void {
  const moved =
    row.received -
    row.usedOnRepairs +
    row.returnedFromRepairs -
    row.sold +
    row.returnedBySales -
    row.returnedToSuppliers +
    row.adjusted +
    row.countCorrections +
    row.transferred
  expect(row.opening + moved, row.sku).toBe(row.closing)
}

async function allowNegativeStock(): Promise<void> {
  const settings = await call(shop, 'settings.get', {})
  await call(shop, 'settings.update', { ...settings, allowNegativeStock: true })
}

describe('the daily stock report', () => {
  /** Three days of a screen and a battery: goods in, a repair, a write-off, a second delivery. */
  async function threeDays() {
    const screen = await makePart(shop, { sku: 'SCR-IP13', name: 'iPhone 13 屏幕总成', category: '屏幕' })
    const battery = await makePart(shop, { sku: 'BAT-P30', name: '华为 P30 电池', category: '电池' })
    await makePart(shop, { sku: 'TOOL-01', name: '拆机片', category: '工具' })
    await move(screen.id, 'receipt', 10, at(1), 1000)
    await move(battery.id, 'receipt', 4, at(1, 10), 500)
    await move(screen.id, 'repair_use', -3, at(2, 11))
    await move(screen.id, 'adjustment', -1, at(2, 15))
    await move(screen.id, 'receipt', 6, at(3), 2000)
  }

  it('gives each part its opening, in and out by reason, closing and value for one day', async () => {
    await threeDays()
    const result = await report(day(2))
    // By category (屏 U+5C4F before 电 U+7535), then SKU.
    expect(result.lines.map((row) => row.sku)).toEqual(['SCR-IP13', 'BAT-P30'])
    expect(line(result, 'SCR-IP13')).toMatchObject({
      category: '屏幕',
      opening: 10,
      received: 0,
      usedOnRepairs: 3,
      adjusted: -1,
      closing: 6,
      closingAverageCostMinor: 1000,
      closingValueMinor: 6000,
    })
    // The battery did not move that day, but it is on the shelf: it is listed, unchanged.
    expect(line(result, 'BAT-P30')).toMatchObject({
      opening: 4,
      received: 0,
      closing: 4,
      closingValueMinor: 2000,
    })
    expect(result.totalClosingValueMinor).toBe(8000)
    expect(result.movementsByKind).toEqual([
      { kind: 'repair_use', movements: 1, units: -3 },
      { kind: 'adjustment', movements: 1, units: -1 },
    ])
    expect(result.categories).toEqual([
      { category: '屏幕', opening: 10, unitsIn: 0, unitsOut: 4, closing: 6, closingValueMinor: 6000 },
      { category: '电池', opening: 4, unitsIn: 0, unitsOut: 0, closing: 4, closingValueMinor: 2000 },
    ])
  })

  it('values the closing stock at the moving-average cost at the end of the period', async () => {
    await threeDays()
    const result = await report(day(3))
    // 6 left at 10.00, then 6 more at 20.00: 12 at 15.00.
    expect(line(result, 'SCR-IP13')).toMatchObject({
      opening: 6,
      received: 6,
      closing: 12,
      closingAverageCostMinor: 1500,
      closingValueMinor: 18000,
    })
  })

  it('sums a range of days, and keeps to one category when asked', async () => {
    await threeDays()
    const range = { from: day(1).from, to: day(3).to }
    const all = await report(range)
    expect(line(all, 'SCR-IP13')).toMatchObject({ opening: 0, received: 16, usedOnRepairs: 3, adjusted: -1 })
    expect(line(all, 'SCR-IP13').closing).toBe(12)
    const screens = await report(range, '屏幕')
    expect(screens.lines.map((row) => row.sku)).toEqual(['SCR-IP13'])
    expect(screens.categories.map((total) => total.category)).toEqual(['屏幕'])
    expect(screens.totalClosingValueMinor).toBe(18000)
    expect(screens.movementsByKind.map((kind) => kind.kind)).toEqual(['receipt', 'repair_use', 'adjustment'])
  })

  it('counts a movement at the start of the period in it, and one at its end in the next', async () => {
    const part = await makePart(shop, { sku: 'EDGE' })
    await move(part.id, 'receipt', 5, at(2, 0), 100)
    await move(part.id, 'receipt', 7, at(3, 0), 100)
    expect(line(await report(day(2)), 'EDGE')).toMatchObject({ opening: 0, received: 5, closing: 5 })
    expect(line(await report(day(3)), 'EDGE')).toMatchObject({ opening: 5, received: 7, closing: 12 })
    // The same bounds written without milliseconds mean the same instants.
    const loose = await report({ from: '2025-03-02T00:00:00Z', to: '2025-03-03T00:00:00Z' })
    expect(line(loose, 'EDGE')).toMatchObject({ opening: 0, received: 5, closing: 5 })
  })

  it('takes the last of movements written in the same millisecond as the balance', async () => {
    const part = await makePart(shop, { sku: 'SAME-MS' })
    await move(part.id, 'receipt', 5, at(2), 100)
    await move(part.id, 'adjustment', -2, at(2))
    await move(part.id, 'adjustment', 4, at(2))
    expect(line(await report(day(2)), 'SAME-MS')).toMatchObject({ adjusted: 2, closing: 7 })
    expect(line(await report(day(3)), 'SAME-MS')).toMatchObject({ opening: 7, closing: 7 })
  })

  it('lists a part that moved to nothing, and leaves out one with nothing and no movement', async () => {
    await threeDays()
    const part = await makePart(shop, { sku: 'GONE' })
    await move(part.id, 'receipt', 2, at(2, 8), 300)
    await move(part.id, 'sale', -2, at(2, 17))
    const result = await report(day(2))
    expect(line(result, 'GONE')).toMatchObject({ received: 2, sold: 2, closing: 0, closingValueMinor: 0 })
    expect(result.lines.some((row) => row.sku === 'TOOL-01')).toBe(false)
    expect((await report(day(3))).lines.some((row) => row.sku === 'GONE')).toBe(false)
  })

  it('lists the active parts at or below their reorder point at the end of the period', async () => {
    const low = await makePart(shop, { sku: 'LOW', reorderPoint: 5 })
    const empty = await makePart(shop, { sku: 'EMPTY', reorderPoint: 2 })
    const plenty = await makePart(shop, { sku: 'PLENTY', reorderPoint: 2 })
    const archived = await makePart(shop, { sku: 'OLD', reorderPoint: 2, active: false })
    await makePart(shop, { sku: 'NO-POINT' })
    await move(low.id, 'receipt', 8, at(1), 100)
    await move(low.id, 'repair_use', -4, at(2))
    await move(plenty.id, 'receipt', 9, at(1), 100)
    const result = await report(day(2))
    expect(result.belowReorder.map((part) => [part.sku, part.onHand])).toEqual([
      ['EMPTY', 0],
      ['LOW', 4],
    ])
    expect(result.belowReorder[0]).toMatchObject({ id: empty.id, belowReorder: true, active: true })
    // On the first day LOW still had 8.
    expect((await report(day(1))).belowReorder.map((part) => part.sku)).toEqual(['EMPTY'])
    expect(archived.active).toBe(false)
  })

  it('adds up for every line and every category through every kind of movement', async () => {
    await allowNegativeStock()
    const random = seeded(7)
    const parts = [
      await makePart(shop, { category: '屏幕' }),
      await makePart(shop, { category: '屏幕' }),
      await makePart(shop, { category: '电池' }),
      await makePart(shop, { category: '' }),
    ]
    for (let step = 0; step < 120; step++) {
      const part = parts[Math.floor(random() * parts.length)]!
      const kind = stockMovementKinds[Math.floor(random() * stockMovementKinds.length)]!
      const size = 1 + Math.floor(random() * 6)
      const outward = ['repair_use', 'sale', 'supplier_return', 'transfer_out'].includes(kind)
      const signed = outward || (['adjustment', 'count'].includes(kind) && random() < 0.5) ? -size : size
      await move(part.id, kind, signed, at(1 + Math.floor(step / 20), step % 20), 100 + step)
    }
    const levels = await shop.db.selectFrom('stockLevels').selectAll().execute()
    for (const period of [day(2), day(4), { from: day(2).from, to: day(5).to }, day(6)]) {
      const result = await report(period)
      for (const row of result.lines) expectLineAddsUp(row)
      for (const total of result.categories) {
        const rows = result.lines.filter((row) => row.category === total.category)
        const sum = (pick: (row: StockReportLine) => number) => rows.reduce((acc, row) => acc + pick(row), 0)
        expect(total.opening + total.unitsIn - total.unitsOut).toBe(total.closing)
        expect(total.closing).toBe(sum((row) => row.closing))
        expect(total.closingValueMinor).toBe(sum((row) => row.closingValueMinor))
      }
      const moved = result.movementsByKind.reduce((acc, kind) => acc + kind.units, 0)
      expect(result.lines.reduce((acc, row) => acc + row.closing - row.opening, 0)).toBe(moved)
    }
    // After the last day the closing figures are the cached levels.
    const after = await report({ from: day(7).from, to: day(8).to })
    for (const level of levels.filter((candidate) => candidate.onHand !== 0)) {
      const row = after.lines.find((candidate) => candidate.partId === level.partId)
      expect(row).toMatchObject({ closing: level.onHand, closingAverageCostMinor: level.averageCostMinor })
    }
  })

  describe('refuses', () => {
    it.each([
      ['an end before the start', { from: at(3), to: at(2) }, { to: 'endBeforeStart' }],
      ['an empty period', { from: at(3), to: at(3) }, { to: 'endBeforeStart' }],
      ['a period over 370 days', { from: at(1), to: '2026-03-07T09:00:00.000Z' }, { to: 'periodTooLong' }],
      ['a date that is not an instant', { from: '2025-03-01', to: at(2) }, { from: 'invalidDate' }],
    ])('%s, naming the field', async (_name, input, fields) => {
      const result = await send(shop, 'reports.stock', { category: '', ...input })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields } })
    })

    it('a valuation without a valid instant', async () => {
      const result = await send(shop, 'reports.stockValuation', { at: 'yesterday' })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { at: 'invalidDate' } },
      })
    })
  })
})

describe('the stock valuation at a date', () => {
  it('values each part at the moving-average cost it had at that date', async () => {
    const screen = await makePart(shop, { sku: 'SCR', name: '屏幕', category: '屏幕' })
    const battery = await makePart(shop, { sku: 'BAT', name: '电池', category: '电池' })
    // Without a category it comes last, whatever its SKU.
    const loose = await makePart(shop, { sku: 'A-LOOSE', name: '螺丝' })
    await move(loose.id, 'receipt', 1, at(1), 5)
    await move(screen.id, 'receipt', 10, at(1), 1000)
    await move(battery.id, 'receipt', 3, at(1), 450)
    await move(screen.id, 'receipt', 10, at(3), 2000)
    await move(battery.id, 'sale', -3, at(3))

    const before = await call(shop, 'reports.stockValuation', { at: at(2) })
    expect(before.lines).toEqual([
      {
        partId: screen.id,
        sku: 'SCR',
        name: '屏幕',
        category: '屏幕',
        onHand: 10,
        averageCostMinor: 1000,
        valueMinor: 10000,
      },
      {
        partId: battery.id,
        sku: 'BAT',
        name: '电池',
        category: '电池',
        onHand: 3,
        averageCostMinor: 450,
        valueMinor: 1350,
      },
      {
        partId: loose.id,
        sku: 'A-LOOSE',
        name: '螺丝',
        category: '',
        onHand: 1,
        averageCostMinor: 5,
        valueMinor: 5,
      },
    ])
    expect(before.totalValueMinor).toBe(11355)

    const after = await call(shop, 'reports.stockValuation', { at: at(4) })
    expect(after.lines.map((row) => [row.sku, row.onHand, row.averageCostMinor])).toEqual([
      ['SCR', 20, 1500],
      ['A-LOOSE', 1, 5],
    ])
    expect(after.totalValueMinor).toBe(30005)
    expect((await call(shop, 'reports.stockValuation', { at: at(1, 0) })).lines).toEqual([])
  })

  it('values stock below zero at nothing', async () => {
    await allowNegativeStock()
    const part = await makePart(shop, { sku: 'NEG' })
    await move(part.id, 'receipt', 2, at(1), 800)
    await move(part.id, 'repair_use', -5, at(2))
    const valuation = await call(shop, 'reports.stockValuation', { at: at(3) })
    expect(valuation.lines).toEqual([
      expect.objectContaining({ onHand: -3, averageCostMinor: 800, valueMinor: 0 }),
    ])
    expect(valuation.totalValueMinor).toBe(0)
    expect(line(await report(day(2)), 'NEG')).toMatchObject({ closing: -3, closingValueMinor: 0 })
  })
})

/** A small seeded generator, so a failing history can be replayed. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

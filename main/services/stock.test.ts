import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../shared/contract'
import { movingAverageCost, stockMovementKinds } from '../../shared/domain/stock'
import {
  adjust,
  call,
  dumpRows,
  makePart,
  makeSupplier,
  makeTicket,
  openTestShop,
  receive,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { postMovement, returnPartFromTicket, usePartOnTicket } from './stock'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'

function useOnTicket(ticketId: string, partId: string, quantity: number) {
  return shop.db
    .transaction()
    .execute((trx) => usePartOnTicket(trx, { ticketId, partId, quantity }, shop.actor))
}

function returnFromTicket(ticketId: string, partId: string, quantity: number) {
  return shop.db
    .transaction()
    .execute((trx) => returnPartFromTicket(trx, { ticketId, partId, quantity }, shop.actor))
}

/**
 * Proves the ledger and its cache agree for a part: the cached on-hand figure equals SUM(quantity),
 * and each movement's balanceAfter is the running sum in the order they were written. Answers on hand.
 */
function expectLedgerAgrees(partId: string): number {
  const movements = shop.sqlite
    .prepare('select quantity, balanceAfter from stockMovements where partId = ? order by id')
    .all(partId) as { quantity: number; balanceAfter: number }[]
  let running = 0
  for (const movement of movements) {
    running += movement.quantity
    expect(movement.balanceAfter).toBe(running)
  }
  const sum = shop.sqlite
    .prepare('select coalesce(sum(quantity), 0) from stockMovements where partId = ?')
    .pluck()
    .get(partId) as number
  const cached = shop.sqlite
    .prepare('select onHand from stockLevels where partId = ?')
    .pluck()
    .get(partId) as number | undefined
  expect(sum).toBe(running)
  expect(cached ?? 0).toBe(sum)
  return sum
}

describe('the stock ledger', () => {
  it('keeps on hand equal to the sum of movements and the cache after each kind of movement', async () => {
    const part = await makePart(shop)
    const ticket = await makeTicket(shop)
    expect(expectLedgerAgrees(part.id)).toBe(0)
    const steps: [() => Promise<unknown>, number][] = [
      [() => receive(shop, part.id, 10, 1200), 10],
      [() => adjust(shop, part.id, 3, 'found'), 13],
      [() => adjust(shop, part.id, -2, 'damaged'), 11],
      [() => useOnTicket(ticket.id, part.id, 4), 7],
      [() => returnFromTicket(ticket.id, part.id, 1), 8],
    ]
    for (const [step, onHand] of steps) {
      await step()
      expect(expectLedgerAgrees(part.id)).toBe(onHand)
      expect((await call(shop, 'parts.get', { id: part.id })).onHand).toBe(onHand)
    }
    const kinds = await shop.db.selectFrom('stockMovements').select('kind').orderBy('id').execute()
    expect(kinds.map((row) => row.kind)).toEqual([
      'receipt',
      'adjustment',
      'adjustment',
      'repair_use',
      'repair_return',
    ])
  })

  it('keeps the cache equal to the ledger for every kind of movement it knows', async () => {
    const part = await makePart(shop)
    let expected = 0
    for (const [index, kind] of stockMovementKinds.entries()) {
      const quantity = index % 2 === 0 ? 5 : -2
      await shop.db
        .transaction()
        .execute((trx) => postMovement(trx, { partId: part.id, kind, quantity }, shop.actor))
      expected += quantity
      expect(expectLedgerAgrees(part.id), kind).toBe(expected)
    }
  })

  it('stays consistent through 200 random movements, refusing exactly the impossible ones', async () => {
    const random = seeded(20240601)
    const pick = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
    const parts = [await makePart(shop), await makePart(shop)]
    const tickets = [await makeTicket(shop), await makeTicket(shop)]
    const model = new Map(parts.map((part) => [part.id, { onHand: 0, averageCost: 0 }]))
    const used = new Map<string, number>()
    let refused = 0
    for (let step = 0; step < 200; step++) {
      const part = parts[pick(0, 1)]!
      const ticket = tickets[pick(0, 1)]!
      const state = model.get(part.id)!
      const usedKey = `${ticket.id}/${part.id}`
      const action = pick(0, 3)
      const quantity = pick(1, action === 0 ? 20 : 6)
      let delta: number
      let allowed: boolean
      let run: () => Promise<unknown>
      if (action === 0) {
        const cost = pick(500, 2000)
        delta = quantity
        allowed = true
        run = async () => {
          await receive(shop, part.id, quantity, cost)
          state.averageCost = movingAverageCost(state.onHand, state.averageCost, quantity, cost)
        }
      } else if (action === 1) {
        delta = random() < 0.5 ? quantity : -quantity
        allowed = state.onHand + delta >= 0
        run = () => adjust(shop, part.id, delta, delta > 0 ? 'found' : 'lost')
      } else if (action === 2) {
        delta = -quantity
        allowed = state.onHand >= quantity
        run = () => useOnTicket(ticket.id, part.id, quantity)
      } else {
        delta = quantity
        allowed = (used.get(usedKey) ?? 0) >= quantity
        run = () => returnFromTicket(ticket.id, part.id, quantity)
      }
      if (allowed) {
        await run()
        state.onHand += delta
        if (action >= 2) used.set(usedKey, (used.get(usedKey) ?? 0) - delta)
      } else {
        refused++
        await expect(run(), `step ${step}`).rejects.toMatchObject({ code: 'CONFLICT' })
      }
      expect(expectLedgerAgrees(part.id), `step ${step}`).toBe(state.onHand)
    }
    for (const part of parts) {
      const saved = await call(shop, 'parts.get', { id: part.id })
      expect(saved.onHand).toBe(model.get(part.id)!.onHand)
      expect(saved.averageCostMinor).toBe(model.get(part.id)!.averageCost)
    }
    expect(refused).toBeGreaterThan(0)
    expect(refused).toBeLessThan(200)
  })
})

describe('cost', () => {
  it('moves the average cost with each receipt and values the stock at it', async () => {
    const part = await makePart(shop)
    await receive(shop, part.id, 10, 1200)
    const received = await receive(shop, part.id, 10, 1400)
    expect(received).toMatchObject({ onHand: 20, averageCostMinor: 1300, valueMinor: 20 * 1300 })
    const adjusted = await call(shop, 'stock.adjust', { partId: part.id, quantity: -2, reason: 'damaged' })
    expect(adjusted).toMatchObject({ onHand: 18, averageCostMinor: 1300, valueMinor: 18 * 1300 })
    const costs = await shop.db.selectFrom('stockMovements').select('unitCostMinor').orderBy('id').execute()
    expect(costs.map((row) => row.unitCostMinor)).toEqual([1200, 1400, 1300])
  })
})

describe('stock below zero', () => {
  it('is refused with CONFLICT, and nothing is written', async () => {
    const part = await makePart(shop)
    const ticket = await makeTicket(shop)
    await receive(shop, part.id, 3, 1000)
    const before = dumpRows(shop)
    const result = await send(shop, 'stock.adjust', { partId: part.id, quantity: -4, reason: 'lost' })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { quantity: 'notEnoughStock' },
        detail: { key: 'errors.negativeStock', onHand: 3 },
      },
    })
    await expect(useOnTicket(ticket.id, part.id, 4)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.negativeStock',
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('is allowed when the shop allows it, and negative stock is valued at nothing', async () => {
    const settings = await call(shop, 'settings.get', {})
    await call(shop, 'settings.update', { ...settings, allowNegativeStock: true })
    const part = await makePart(shop, { reorderPoint: 2 })
    await receive(shop, part.id, 2, 1000)
    const adjusted = await call(shop, 'stock.adjust', { partId: part.id, quantity: -5, reason: 'lost' })
    expect(adjusted).toMatchObject({ onHand: -3, valueMinor: 0, averageCostMinor: 1000, belowReorder: true })
    expect(expectLedgerAgrees(part.id)).toBe(-3)
    // Stock below zero carries no cost: the next receipt sets the average.
    const received = await receive(shop, part.id, 5, 1500)
    expect(received).toMatchObject({ onHand: 2, averageCostMinor: 1500, valueMinor: 3000 })
  })
})

describe('adjustments', () => {
  async function expectRefused(input: object, fields: Record<string, string>) {
    const part = await makePart(shop)
    await receive(shop, part.id, 5, 1000)
    const before = dumpRows(shop)
    const result = await send(shop, 'stock.adjust', { partId: part.id, reason: 'damaged', ...input })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields } })
    expect(dumpRows(shop)).toEqual(before)
  }

  it('refuses "other" without a note saying what happened', async () => {
    await expectRefused({ quantity: -1, reason: 'other' }, { note: 'required' })
    await expectRefused({ quantity: -1, reason: 'other', note: '   ' }, { note: 'required' })
  })

  it('refuses a quantity of zero', async () => {
    await expectRefused({ quantity: 0 }, { quantity: 'notZero' })
  })

  it('refuses a fractional quantity', async () => {
    await expectRefused({ quantity: 1.5 }, { quantity: expect.any(String) as string })
    const parsed = contract['stock.adjust'].input.safeParse({
      partId: missingId,
      quantity: 1.5,
      reason: 'lost',
    })
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['wholeUnits'])
  })

  // Known bug in fieldErrors (main/handlers.ts): an `int` issue is reported as `invalid`, losing the
  // schema's own key. Remove `.fails` once the door says `wholeUnits`.
  it('names a fractional quantity "wholeUnits" at the door', async () => {
    await expectRefused({ quantity: 1.5 }, { quantity: 'wholeUnits' })
  })

  it('records the reason and the note', async () => {
    const part = await makePart(shop)
    await adjust(shop, part.id, 2, 'other', '盘点发现')
    const movement = await shop.db.selectFrom('stockMovements').selectAll().executeTakeFirstOrThrow()
    expect(movement).toMatchObject({ kind: 'adjustment', quantity: 2, reason: 'other', note: '盘点发现' })
    expect(movement.actorId).toBe(shop.actor.id)
  })
})

describe('the movements themselves', () => {
  it('cannot be edited or deleted: the database refuses', async () => {
    const part = await makePart(shop)
    await receive(shop, part.id, 5, 1000)
    const before = dumpRows(shop)
    expect(() => shop.sqlite.prepare('update stockMovements set quantity = 500').run()).toThrow(
      'stockMovements is append-only',
    )
    expect(() => shop.sqlite.prepare('delete from stockMovements').run()).toThrow(
      'stockMovements is append-only',
    )
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('parts on a ticket', () => {
  it('never takes back more than the ticket used', async () => {
    const part = await makePart(shop)
    const [ticket, other] = [await makeTicket(shop), await makeTicket(shop)]
    await receive(shop, part.id, 10, 1000)
    await useOnTicket(ticket.id, part.id, 2)
    const before = dumpRows(shop)
    await expect(returnFromTicket(ticket.id, part.id, 3)).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'errors.returnMoreThanUsed',
      detail: { used: 2 },
    })
    await expect(returnFromTicket(other.id, part.id, 1)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(dumpRows(shop)).toEqual(before)
    await returnFromTicket(ticket.id, part.id, 2)
    await expect(returnFromTicket(ticket.id, part.id, 1)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(expectLedgerAgrees(part.id)).toBe(10)
  })

  it('refuses an unknown ticket with NOT_FOUND, and writes nothing', async () => {
    const part = await makePart(shop)
    await receive(shop, part.id, 10, 1000)
    const before = dumpRows(shop)
    await expect(useOnTicket(missingId, part.id, 1)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      key: 'errors.notFound.ticket',
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a quantity that is not a whole number of units taken', async () => {
    const part = await makePart(shop)
    const ticket = await makeTicket(shop)
    await receive(shop, part.id, 10, 1000)
    await useOnTicket(ticket.id, part.id, 3)
    const before = dumpRows(shop)
    for (const [quantity, reason] of [
      [0, 'tooSmall'],
      [-2, 'tooSmall'],
      [1.5, 'wholeUnits'],
    ] as const) {
      const refusal = { code: 'VALIDATION', fields: { quantity: reason } }
      await expect(useOnTicket(ticket.id, part.id, quantity), `use ${quantity}`).rejects.toMatchObject(
        refusal,
      )
      await expect(
        returnFromTicket(ticket.id, part.id, quantity),
        `return ${quantity}`,
      ).rejects.toMatchObject(refusal)
    }
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('receiving', () => {
  it('refuses an unknown supplier or part with NOT_FOUND, and writes nothing', async () => {
    const part = await makePart(shop)
    const before = dumpRows(shop)
    for (const input of [
      { partId: part.id, supplierId: missingId },
      { partId: missingId, supplierId: null },
    ]) {
      const result = await send(shop, 'stock.receive', { ...input, quantity: 5, unitCostMinor: 1000 })
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('a part’s movements', () => {
  it('list newest first, naming the ticket or supplier each came from', async () => {
    const supplier = await makeSupplier(shop, { name: '华强北配件行' })
    const part = await makePart(shop)
    const ticket = await makeTicket(shop)
    await receive(shop, part.id, 5, 1000, { supplierId: supplier.id })
    await useOnTicket(ticket.id, part.id, 2)
    await adjust(shop, part.id, -1, 'damaged')
    const page = await call(shop, 'parts.movements', { id: part.id })
    expect(page.nextCursor).toBeNull()
    expect(
      page.items.map((item) => [item.kind, item.quantity, item.balanceAfter, item.documentLabel]),
    ).toEqual([
      ['adjustment', -1, 2, null],
      ['repair_use', -2, 3, ticket.number],
      ['receipt', 5, 5, '华强北配件行'],
    ])
    expect(page.items.every((item) => item.actorName === '前台')).toBe(true)
  })

  it('page by cursor, each movement once', async () => {
    const part = await makePart(shop)
    for (let index = 1; index <= 7; index++) await receive(shop, part.id, index, 1000)
    const seen: number[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: Awaited<ReturnType<typeof call<'parts.movements'>>> = await call(shop, 'parts.movements', {
        id: part.id,
        cursor,
        limit: 3,
      })
      seen.push(...page.items.map((item) => item.quantity))
      cursor = page.nextCursor
      pages++
    } while (cursor)
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1])
    expect(pages).toBe(3)
  })
})

/** A small seeded generator (mulberry32), so a failing random sequence can be replayed. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

import http from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract, onceMethods, type Method, type MethodInput } from '../../shared/contract'

type OnceMethod = Extract<
  Method,
  | 'tickets.pickup'
  | 'invoices.sell'
  | 'invoices.pay'
  | 'invoices.refund'
  | 'invoices.void'
  | 'drawer.open'
  | 'drawer.move'
  | 'drawer.close'
>
import {
  makeCustomer,
  makePart,
  openTestShop,
  receive,
  dumpRows,
  call,
  type TestShop,
} from '../../tests/support/shop'
import { dispatch } from '../handlers'
import { createHttpDoor, listen } from '../http'
import { newId } from './context'
import { forgetOldAnswers, runOnce } from './idempotency'
import { sellAtCounter } from './invoices'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await call(shop, 'drawer.open', { floatMinor: 10000 })
})
afterEach(async () => {
  await shop.close()
})

/** A case at ¥88 with five in stock. */
async function stockedSale(): Promise<MethodInput<'invoices.sell'>> {
  const part = await makePart(shop, { sku: 'CASE-13', name: 'iPhone 13 手机壳', priceMinor: 8800 })
  await receive(shop, part.id, 5, 3000)
  return {
    lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
    payments: [{ tender: 'cash', amountMinor: 8800, tenderedMinor: 10000 }],
  }
}

function count(table: string): number {
  return shop.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number
}

describe('a money write runs once per key (the service)', () => {
  it('answers a repeated sale with the first invoice and moves stock and cash once', async () => {
    const input = contract['invoices.sell'].input.parse(await stockedSale())
    const once = { key: newId(), method: 'invoices.sell', request: input }
    const sell = () =>
      shop.db.transaction().execute((trx) => runOnce(trx, once, () => sellAtCounter(trx, input, shop.actor)))
    const first = await sell()
    const second = await sell()
    expect(second).toEqual(first)
    expect(count('invoices')).toBe(1)
    expect(count('payments')).toBe(1)
    expect(shop.sqlite.prepare("select count(*) from stockMovements where kind = 'sale'").pluck().get()).toBe(
      1,
    )
  })

  it('refuses the same key with a different request, and writes nothing', async () => {
    const input = contract['invoices.sell'].input.parse(await stockedSale())
    const key = newId()
    await shop.db
      .transaction()
      .execute((trx) =>
        runOnce(trx, { key, method: 'invoices.sell', request: input }, () =>
          sellAtCounter(trx, input, shop.actor),
        ),
      )
    const before = dumpRows(shop)
    const two = { ...input, lines: [{ ...input.lines[0]!, quantity: 2 }] }
    await expect(
      shop.db
        .transaction()
        .execute((trx) =>
          runOnce(trx, { key, method: 'invoices.sell', request: two }, () =>
            sellAtCounter(trx, two, shop.actor),
          ),
        ),
    ).rejects.toMatchObject({ code: 'CONFLICT', key: 'errors.idempotencyKeyReused' })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('keeps no key when the write fails, so the corrected retry writes', async () => {
    const input = contract['invoices.sell'].input.parse(await stockedSale())
    const key = newId()
    const short = {
      ...input,
      payments: [{ tender: 'cash' as const, amountMinor: 100, tenderedMinor: null, reference: '' }],
    }
    await expect(
      shop.db
        .transaction()
        .execute((trx) =>
          runOnce(trx, { key, method: 'invoices.sell', request: short }, () =>
            sellAtCounter(trx, short, shop.actor),
          ),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    expect(count('idempotencyKeys')).toBe(1) // the drawer's, from beforeEach
    const sold = await shop.db
      .transaction()
      .execute((trx) =>
        runOnce(trx, { key, method: 'invoices.sell', request: input }, () =>
          sellAtCounter(trx, input, shop.actor),
        ),
      )
    expect(sold.totalMinor).toBe(8800)
  })
})

describe('a money write runs once per key (the door)', () => {
  it('refuses every money write without a key, and writes nothing', async () => {
    const missing = '01900000-0000-7000-8000-000000000000'
    // Inputs the contract takes, so the refusal is the key's and not the input's.
    const inputs: Record<OnceMethod, unknown> = {
      'tickets.pickup': { ticketId: missing, version: 1 },
      'invoices.sell': await stockedSale(),
      'invoices.pay': { invoiceId: missing, payments: [{ tender: 'cash', amountMinor: 100 }] },
      'invoices.refund': { invoiceId: missing, amountMinor: 100, reason: '退货' },
      'invoices.void': { id: missing, reason: '开错单' },
      'drawer.open': { floatMinor: 0 },
      'drawer.move': { kind: 'paid_in', amountMinor: 100, reason: '零钱' },
      'drawer.close': { id: missing, denominations: {} },
    }
    expect(Object.keys(inputs).sort()).toEqual([...onceMethods].sort())
    const before = dumpRows(shop)
    for (const [method, input] of Object.entries(inputs)) {
      expect(contract[method as OnceMethod].input.safeParse(input).success, method).toBe(true)
      for (const idempotencyKey of [undefined, null, '', 'short', 'has spaces in it', 'x'.repeat(101)]) {
        expect(await dispatch(shop.context, method, input, { idempotencyKey }), method).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', detail: { key: 'errors.idempotencyKey' } },
        })
      }
    }
    expect(dumpRows(shop)).toEqual(before)
  })

  it('forgets answers kept longer than a month, and keeps the recent ones', async () => {
    const now = new Date('2026-12-07T10:00:00.000Z')
    const row = (key: string, createdAt: string) => ({
      key,
      method: 'invoices.sell',
      fingerprint: 'x',
      response: '{}',
      createdAt,
    })
    await shop.db
      .insertInto('idempotencyKeys')
      .values([row('old-answer', '2026-11-01T09:00:00.000Z'), row('new-answer', '2026-11-20T09:00:00.000Z')])
      .execute()
    expect(await forgetOldAnswers(shop.db, now)).toBeGreaterThanOrEqual(1)
    const keys = shop.sqlite.prepare('select key from idempotencyKeys').pluck().all()
    expect(keys).toContain('new-answer')
    expect(keys).not.toContain('old-answer')
  })

  it('answers two identical requests sent at once with one invoice', async () => {
    const sale = await stockedSale()
    const meta = { idempotencyKey: newId() }
    const answers = await Promise.all([
      dispatch(shop.context, 'invoices.sell', sale, meta),
      dispatch(shop.context, 'invoices.sell', sale, meta),
      dispatch(shop.context, 'invoices.sell', sale, meta),
    ])
    expect(answers[0]).toMatchObject({ ok: true })
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
    expect(count('invoices')).toBe(1)
  })

  it('answers a repeated drawer move, refund and payment with the first answer', async () => {
    const sale = await stockedSale()
    const customer = await makeCustomer(shop)
    const invoice = await call(shop, 'invoices.sell', {
      ...sale,
      customerId: customer.id,
      payments: [{ tender: 'cash', amountMinor: 3000, tenderedMinor: null }],
    })
    const twice = async (method: 'drawer.move' | 'invoices.pay' | 'invoices.refund', input: unknown) => {
      const meta = { idempotencyKey: newId() }
      const first = await dispatch(shop.context, method, input, meta)
      expect(first, method).toMatchObject({ ok: true })
      const written = dumpRows(shop)
      expect(await dispatch(shop.context, method, input, meta), method).toEqual(first)
      expect(dumpRows(shop), method).toEqual(written)
    }
    await twice('drawer.move', { kind: 'paid_out', amountMinor: 500, reason: '快递费' })
    await twice('invoices.pay', { invoiceId: invoice.id, payments: [{ tender: 'card', amountMinor: 5800 }] })
    await twice('invoices.refund', {
      invoiceId: invoice.id,
      reason: '不要了',
      lines: [{ lineId: invoice.lines[0]!.id, quantity: 1 }],
    })
    expect(
      shop.sqlite.prepare("select count(*) from cashMovements where kind = 'paid_out'").pluck().get(),
    ).toBe(1)
    expect(
      shop.sqlite.prepare("select count(*) from invoices where kind = 'credit_note'").pluck().get(),
    ).toBe(1)
  })
})

describe('the HTTP door', () => {
  let server: http.Server | undefined
  afterEach(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve))
    server = undefined
  })

  it('takes the key from the Idempotency-Key header and answers a repeat with the first invoice', async () => {
    server = createHttpDoor({ context: shop.context, staticDir: null })
    const port = await listen(server, '127.0.0.1', 0)
    const sale = JSON.stringify(await stockedSale())
    const key = newId()
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/api/invoices.sell`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: sale,
      })
    const first = await post({ 'idempotency-key': key })
    const second = await post({ 'idempotency-key': key })
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(await second.json()).toEqual(await first.json())
    expect(count('invoices')).toBe(1)
    const without = await post({})
    expect(without.status).toBe(400)
    expect(count('invoices')).toBe(1)
  })
})

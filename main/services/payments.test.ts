import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDrawer } from '../../tests/support/badInputs/billing'
import { call, makeCustomer, makePart, openTestShop, receive, type TestShop } from '../../tests/support/shop'
import { newId } from './context'

let shop: TestShop
let partId: string
beforeEach(async () => {
  shop = await openTestShop()
  const part = await makePart(shop, { sku: 'CASE', name: '手机壳', priceMinor: 10000 })
  await receive(shop, part.id, 20, 3000)
  partId = part.id
})
afterEach(async () => {
  await shop.close()
})

function sell(
  payments: { tender: string; amountMinor: number; tenderedMinor?: number | null }[],
  customerId?: string,
) {
  return call(shop, 'invoices.sell', {
    customerId: customerId ?? null,
    lines: [{ kind: 'part', partId, quantity: 3 }],
    payments: payments as never,
  })
}

describe('payments', () => {
  it('splits over every tender, each row in the open drawer, only cash moving the drawer', async () => {
    const drawer = await openDrawer(shop, 20000)
    const customer = await makeCustomer(shop)
    await shop.db
      .insertInto('storeCredit')
      .values({
        id: newId(),
        customerId: customer.id,
        amountMinor: 5000,
        invoiceId: null,
        paymentId: null,
        reason: 'refund',
        createdAt: new Date().toISOString(),
        createdBy: shop.actor.id,
      })
      .execute()
    const invoice = await sell(
      [
        { tender: 'cash', amountMinor: 5000, tenderedMinor: 10000 },
        { tender: 'card', amountMinor: 5000 },
        { tender: 'wechat', amountMinor: 5000 },
        { tender: 'alipay', amountMinor: 5000 },
        { tender: 'transfer', amountMinor: 5000 },
        { tender: 'store_credit', amountMinor: 5000 },
      ],
      customer.id,
    )
    expect(invoice).toMatchObject({ totalMinor: 30000, paidMinor: 30000, paymentStatus: 'paid' })
    const rows = await shop.db.selectFrom('payments').selectAll().orderBy('id').execute()
    expect(rows.map((row) => row.drawerSessionId)).toEqual(Array(6).fill(drawer.id))
    expect(rows[0]).toMatchObject({ tender: 'cash', tenderedMinor: 10000, changeMinor: 5000 })
    const movements = await shop.db
      .selectFrom('cashMovements')
      .select(['kind', 'amountMinor', 'paymentId'])
      .orderBy('id')
      .execute()
    expect(movements).toEqual([
      { kind: 'float', amountMinor: 20000, paymentId: null },
      { kind: 'sale', amountMinor: 5000, paymentId: rows[0]!.id },
    ])
    const credit = await shop.db
      .selectFrom('storeCredit')
      .select(['amountMinor', 'reason', 'invoiceId'])
      .orderBy('id')
      .execute()
    expect(credit.at(-1)).toEqual({ amountMinor: -5000, reason: 'payment', invoiceId: invoice.id })
    expect(await call(shop, 'customers.storeCredit', { customerId: customer.id })).toEqual({
      balanceMinor: 0,
    })
  })

  it('takes exact cash when nothing tendered is given', async () => {
    await openDrawer(shop, 0)
    const invoice = await sell([{ tender: 'cash', amountMinor: 30000 }])
    expect(invoice.payments).toEqual([expect.objectContaining({ tenderedMinor: 30000, changeMinor: 0 })])
  })

  it('needs no payment on an invoice of nothing', async () => {
    await openDrawer(shop, 0)
    const invoice = await call(shop, 'invoices.sell', {
      lines: [{ kind: 'part', partId, quantity: 1, unitPriceMinor: 0 }],
    })
    expect(invoice).toMatchObject({
      totalMinor: 0,
      paidMinor: 0,
      balanceMinor: 0,
      paymentStatus: 'paid',
      payments: [],
    })
  })
})

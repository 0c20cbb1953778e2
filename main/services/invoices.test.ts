import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Invoice } from '../../shared/contract'
import { openDrawer } from '../../tests/support/badInputs/billing'
import {
  call,
  dumpRows,
  makeCustomer,
  makePart,
  openTestShop,
  receive,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { newId } from './context'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await openDrawer(shop, 0)
})
afterEach(async () => {
  await shop.close()
})

/** A case at ¥88 with `quantity` in stock at ¥30. */
async function stockedCase(quantity = 5, sku = 'CASE-13') {
  const part = await makePart(shop, { sku, name: 'iPhone 13 手机壳', priceMinor: 8800 })
  await receive(shop, part.id, quantity, 3000)
  return part
}

async function ledgerSum(partId: string): Promise<number> {
  const row = await shop.db
    .selectFrom('stockMovements')
    .select((eb) => eb.fn.sum<number>('quantity').as('sum'))
    .where('partId', '=', partId)
    .executeTakeFirstOrThrow()
  return row.sum
}

describe('a counter sale', () => {
  it('issues the invoice, takes the payment and moves the stock out through the ledger', async () => {
    const part = await stockedCase()
    const invoice = await call(shop, 'invoices.sell', {
      lines: [
        { kind: 'part', partId: part.id, quantity: 2 },
        { kind: 'other', description: '贴膜服务', quantity: 1, unitPriceMinor: 2000 },
      ],
      payments: [{ tender: 'cash', amountMinor: 19600, tenderedMinor: 20000 }],
    })
    expect(invoice).toMatchObject({
      number: 'SC01-I000001',
      ticket: null,
      customer: null,
      totalMinor: 19600,
      paymentStatus: 'paid',
      warrantyEnd: null,
    })
    expect(invoice.lines[0]).toMatchObject({ quantity: 2, unitPriceMinor: 8800, unitCostMinor: 3000 })
    expect(invoice.payments[0]).toMatchObject({ tenderedMinor: 20000, changeMinor: 400 })
    const after = await call(shop, 'parts.get', { id: part.id })
    expect(after.onHand).toBe(3)
    expect(await ledgerSum(part.id)).toBe(after.onHand)
    const sale = await shop.db.selectFrom('stockMovements').selectAll().where('kind', '=', 'sale').execute()
    expect(sale).toEqual([
      expect.objectContaining({ quantity: -2, documentType: 'invoice', documentId: invoice.id }),
    ])
    // The part's history names the invoice the stock went out on.
    const history = await call(shop, 'parts.movements', { id: part.id })
    expect(history.items[0]).toMatchObject({ kind: 'sale', documentLabel: 'SC01-I000001' })
  })

  it('refuses a walk-in who pays only part, and writes nothing', async () => {
    const part = await stockedCase()
    const before = dumpRows(shop)
    const result = await send(shop, 'invoices.sell', {
      lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'card', amountMinor: 5000 }],
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { payments: 'tooSmall' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('lets a known customer take the goods on account', async () => {
    const part = await stockedCase()
    const customer = await makeCustomer(shop, { name: '李雷', phones: ['13912345678'] })
    const invoice = await call(shop, 'invoices.sell', {
      customerId: customer.id,
      lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'wechat', amountMinor: 3000 }],
    })
    expect(invoice).toMatchObject({
      customer: { id: customer.id, name: '李雷', phones: ['13912345678'] },
      paidMinor: 3000,
      balanceMinor: 5800,
      paymentStatus: 'partly_paid',
    })
  })

  it('refuses selling what tickets have set aside, unless the shop allows negative stock', async () => {
    const part = await stockedCase(1)
    const line = { kind: 'part' as const, partId: part.id, quantity: 2 }
    const refused = await send(shop, 'invoices.sell', {
      lines: [line],
      payments: [{ tender: 'card', amountMinor: 17600 }],
    })
    expect(refused).toMatchObject({ ok: false, error: { fields: { 'lines.0.quantity': 'notEnoughStock' } } })
    await shop.db.updateTable('settings').set({ allowNegativeStock: 1 }).execute()
    await call(shop, 'invoices.sell', { lines: [line], payments: [{ tender: 'card', amountMinor: 17600 }] })
    expect((await call(shop, 'parts.get', { id: part.id })).onHand).toBe(-1)
  })

  it('shares an invoice discount so the lines add up to the total exactly', async () => {
    const part = await stockedCase()
    await shop.db.updateTable('settings').set({ taxRateBp: 600, pricesIncludeTax: 0 }).execute()
    const invoice = await call(shop, 'invoices.sell', {
      lines: [
        { kind: 'part', partId: part.id, quantity: 1 },
        { kind: 'other', description: '数据迁移', quantity: 1, unitPriceMinor: 3333 },
      ],
      invoiceDiscount: { amountMinor: 1001, reason: '开业优惠' },
      payments: [{ tender: 'card', amountMinor: 11799 }],
    })
    expect(invoice.lines.map((line) => line.discountMinor)).toEqual([726, 275])
    expect(invoice).toMatchObject({ netMinor: 11132, discountMinor: 1001, taxMinor: 667, totalMinor: 11799 })
    expect(invoice.lines.reduce((sum, line) => sum + line.totalMinor, 0)).toBe(invoice.totalMinor)
  })
})

describe('store credit', () => {
  it("pays with the customer's store credit and lowers the balance", async () => {
    const part = await stockedCase()
    const customer = await makeCustomer(shop)
    await shop.db
      .insertInto('storeCredit')
      .values({
        id: newId(),
        customerId: customer.id,
        amountMinor: 10000,
        invoiceId: null,
        paymentId: null,
        reason: 'refund',
        createdAt: new Date().toISOString(),
        createdBy: shop.actor.id,
      })
      .execute()
    expect(await call(shop, 'customers.storeCredit', { customerId: customer.id })).toEqual({
      balanceMinor: 10000,
    })
    const invoice = await call(shop, 'invoices.sell', {
      customerId: customer.id,
      lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'store_credit', amountMinor: 8800 }],
    })
    expect(invoice.paymentStatus).toBe('paid')
    expect(await call(shop, 'customers.storeCredit', { customerId: customer.id })).toEqual({
      balanceMinor: 1200,
    })
    const refused = await send(shop, 'invoices.sell', {
      customerId: customer.id,
      lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'store_credit', amountMinor: 1201 }],
    })
    expect(refused).toMatchObject({ ok: false, error: { fields: { 'payments.0.amountMinor': 'tooLarge' } } })
  })
})

describe('finding invoices', () => {
  async function sell(customerId: string | null, quantity = 1, paid = true): Promise<Invoice> {
    const [part] = (await shop.db.selectFrom('parts').select('id').execute()).map((row) => row.id)
    return call(shop, 'invoices.sell', {
      customerId,
      lines: [{ kind: 'part', partId: part!, quantity }],
      payments: paid ? [{ tender: 'card', amountMinor: 8800 * quantity }] : [],
    })
  }

  it('lists newest first in pages, by number, customer name or phone, and only what is owed', async () => {
    await stockedCase(50)
    const wang = await makeCustomer(shop, { name: '王芳', phones: ['13800138000'] })
    const li = await makeCustomer(shop, { name: '李雷', phones: ['13912345678'] })
    await sell(null)
    await sell(wang.id, 1, false)
    await sell(li.id)
    await sell(li.id, 2, false)
    const first = await call(shop, 'invoices.list', { limit: 3 })
    expect(first.items.map((item) => item.number)).toEqual(['SC01-I000004', 'SC01-I000003', 'SC01-I000002'])
    const second = await call(shop, 'invoices.list', { limit: 3, cursor: first.nextCursor })
    expect(second).toMatchObject({
      items: [{ number: 'SC01-I000001', customerName: null }],
      nextCursor: null,
    })

    const owed = await call(shop, 'invoices.list', { dueOnly: true })
    expect(owed.items.map((item) => [item.number, item.balanceMinor, item.paymentStatus])).toEqual([
      ['SC01-I000004', 17600, 'due'],
      ['SC01-I000002', 8800, 'due'],
    ])
    const byName = await call(shop, 'invoices.list', { query: '李雷' })
    expect(byName.items.map((item) => item.number)).toEqual(['SC01-I000004', 'SC01-I000003'])
    const byPhone = await call(shop, 'invoices.list', { query: '0138000' })
    expect(byPhone.items.map((item) => item.customerName)).toEqual(['王芳'])
    const byNumber = await call(shop, 'invoices.list', { query: 'i000003' })
    expect(byNumber.items.map((item) => item.number)).toEqual(['SC01-I000003'])
    const later = await call(shop, 'invoices.list', { from: new Date(Date.now() + 60_000).toISOString() })
    expect(later.items).toEqual([])
  })

  it('finds an invoice by its scanned number, and answers NOT_FOUND for an unknown one', async () => {
    await stockedCase()
    const invoice = await sell(null)
    expect((await call(shop, 'invoices.findByNumber', { number: ' sc01-i000001 ' })).id).toBe(invoice.id)
    expect(await send(shop, 'invoices.findByNumber', { number: 'SC01-I999999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('reads a credit note and what it credited on the invoice', async () => {
    await stockedCase()
    const invoice = await sell(null, 2)
    const noteId = newId()
    const at = new Date().toISOString()
    await shop.db
      .insertInto('invoices')
      .values({
        id: noteId,
        number: 'SC01-C000001',
        kind: 'credit_note',
        ticketId: null,
        customerId: null,
        originalInvoiceId: invoice.id,
        reason: '退货',
        pricesIncludeTax: 1,
        currency: 'CNY',
        netMinor: 8800,
        discountMinor: 0,
        taxMinor: 0,
        totalMinor: 8800,
        note: '',
        issuedAt: at,
        issuedBy: shop.actor.id,
        drawerSessionId: null,
      })
      .execute()
    const line = invoice.lines[0]!
    await shop.db
      .insertInto('invoiceLines')
      .values({
        ...line,
        id: newId(),
        invoiceId: noteId,
        quantity: 1,
        netMinor: 8800,
        totalMinor: 8800,
        originalLineId: line.id,
        restocked: undefined,
        creditedQuantity: undefined,
        warrantyEnd: undefined,
      } as never)
      .execute()
    await shop.db
      .insertInto('payments')
      .values({
        id: newId(),
        kind: 'refund',
        invoiceId: invoice.id,
        creditNoteId: noteId,
        customerId: null,
        tender: 'card',
        amountMinor: 8800,
        tenderedMinor: null,
        reference: '',
        drawerSessionId: null,
        createdAt: at,
        createdBy: shop.actor.id,
      })
      .execute()
    const after = await call(shop, 'invoices.get', { id: invoice.id })
    expect(after).toMatchObject({
      paidMinor: 8800,
      creditedMinor: 8800,
      balanceMinor: 0,
      paymentStatus: 'paid',
      creditNotes: [{ id: noteId, number: 'SC01-C000001', totalMinor: 8800, isVoid: false }],
    })
    expect(after.lines[0]!.creditedQuantity).toBe(1)
    expect(after.payments.at(-1)).toMatchObject({ kind: 'refund', creditNoteNumber: 'SC01-C000001' })
    const note = await call(shop, 'invoices.get', { id: noteId })
    expect(note).toMatchObject({
      kind: 'credit_note',
      original: { id: invoice.id, number: invoice.number },
      paymentStatus: 'credit',
      paidMinor: 8800,
      balanceMinor: 0,
      lines: [{ originalLineId: line.id, quantity: 1 }],
      payments: [{ kind: 'refund', amountMinor: 8800 }],
    })
  })
})

describe('an issued invoice', () => {
  it('cannot be changed or deleted, nor its lines: the database refuses', async () => {
    const part = await stockedCase()
    const invoice = await call(shop, 'invoices.sell', {
      lines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'cash', amountMinor: 8800 }],
    })
    const refusals = [
      () => shop.db.updateTable('invoices').set({ totalMinor: 1 }).where('id', '=', invoice.id).execute(),
      () => shop.db.deleteFrom('invoices').where('id', '=', invoice.id).execute(),
      () =>
        shop.db
          .updateTable('invoiceLines')
          .set({ unitPriceMinor: 1 })
          .where('invoiceId', '=', invoice.id)
          .execute(),
      () => shop.db.deleteFrom('invoiceLines').where('invoiceId', '=', invoice.id).execute(),
      () =>
        shop.db.updateTable('payments').set({ amountMinor: 1 }).where('invoiceId', '=', invoice.id).execute(),
      () => shop.db.deleteFrom('payments').where('invoiceId', '=', invoice.id).execute(),
    ]
    for (const refusal of refusals) await expect(refusal()).rejects.toThrow(/append-only/)
    expect(await call(shop, 'invoices.get', { id: invoice.id })).toEqual(invoice)
  })
})

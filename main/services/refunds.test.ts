import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Invoice, PaymentInput } from '../../shared/contract'
import {
  call,
  countRows,
  makeCustomer,
  makePart,
  makeTicket,
  openTestShop,
  receive,
  send,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await call(shop, 'drawer.open', { floatMinor: 100000 })
})
afterEach(async () => {
  await shop.close()
})

/** A case at ¥100 with 10 in stock at ¥40 each. */
async function stockedCase() {
  const part = await makePart(shop, { name: '手机壳', priceMinor: 10000 })
  await receive(shop, part.id, 10, 4000)
  return part
}

async function sell(
  quantity: number,
  payments: PaymentInput[],
  input: { customerId?: string; discount?: number } = {},
) {
  const part = await stockedCase()
  const invoice = await call(shop, 'invoices.sell', {
    customerId: input.customerId ?? null,
    lines: [
      {
        kind: 'part',
        partId: part.id,
        quantity,
        discountMinor: input.discount ?? 0,
        discountReason: input.discount ? '老客户' : '',
      },
    ],
    payments,
  })
  return { part, invoice, line: invoice.lines[0]! }
}

function one(sql: string, ...params: unknown[]): number {
  return shop.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number
}

function moneyRows(invoiceId: string) {
  return shop.sqlite
    .prepare(
      `select p.kind, p.tender, p.amountMinor from payments p
       left join invoices cn on cn.id = p.creditNoteId
       where p.invoiceId = ? or cn.originalInvoiceId = ? order by p.id`,
    )
    .all(invoiceId, invoiceId) as { kind: string; tender: string; amountMinor: number }[]
}

/** Σ payments in − Σ refunds out, and what the invoice less its credit notes and what is still owed comes to. */
async function expectLedgersBalanced(invoiceId: string) {
  const invoice = await call(shop, 'invoices.get', { id: invoiceId })
  const rows = moneyRows(invoiceId)
  const paidIn = rows.filter((row) => row.kind !== 'refund').reduce((sum, row) => sum + row.amountMinor, 0)
  const paidOut = rows.filter((row) => row.kind === 'refund').reduce((sum, row) => sum + row.amountMinor, 0)
  const credited = one(
    'select coalesce(sum(totalMinor), 0) from invoices where originalInvoiceId = ?',
    invoiceId,
  )
  expect(paidIn - paidOut).toBe(invoice.totalMinor - credited - invoice.balanceMinor)
  expect(invoice.paidMinor).toBe(paidIn - paidOut)
  const session = await call(shop, 'drawer.current', {})
  expect(session!.expectedMinor).toBe(one('select sum(amountMinor) from cashMovements'))
}

function expectStockLedgerAgrees(partId: string) {
  expect(one('select onHand from stockLevels where partId = ?', partId)).toBe(
    one('select sum(quantity) from stockMovements where partId = ?', partId),
  )
}

describe('a partial refund', () => {
  it('gives back some of a line, pays out the cash and puts the goods back in stock', async () => {
    const { part, invoice, line } = await sell(3, [
      { tender: 'cash', amountMinor: 30000, tenderedMinor: 30000 },
    ])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 2 }],
      reason: '不想要了',
    })
    expect(note).toMatchObject({
      number: 'SC01-C000001',
      kind: 'credit_note',
      original: { id: invoice.id, number: invoice.number },
      reason: '不想要了',
      isVoid: false,
      totalMinor: 20000,
      paymentStatus: 'credit',
    })
    expect(note.lines).toMatchObject([
      {
        kind: 'part',
        partId: part.id,
        quantity: 2,
        unitPriceMinor: 10000,
        originalLineId: line.id,
        restocked: true,
      },
    ])
    expect(note.payments).toMatchObject([{ kind: 'refund', tender: 'cash', amountMinor: 20000 }])
    const after = await call(shop, 'invoices.get', { id: invoice.id })
    expect(after).toMatchObject({
      creditedMinor: 20000,
      paidMinor: 10000,
      balanceMinor: 0,
      paymentStatus: 'paid',
    })
    expect(after.lines[0]!.creditedQuantity).toBe(2)
    expect(one('select onHand from stockLevels where partId = ?', part.id)).toBe(9)
    expect(
      shop.sqlite
        .prepare("select kind, quantity, documentId from stockMovements where kind = 'sale_return'")
        .all(),
    ).toEqual([{ kind: 'sale_return', quantity: 2, documentId: note.id }])
    expectStockLedgerAgrees(part.id)
    const drawer = await call(shop, 'drawer.current', {})
    expect(drawer!.movements.at(-1)).toMatchObject({ kind: 'refund', amountMinor: -20000 })
    await expectLedgersBalanced(invoice.id)
  })

  it('keeps goods out of stock when they are not restocked (broken, thrown away)', async () => {
    const { part, invoice, line } = await sell(2, [{ tender: 'card', amountMinor: 20000 }])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1, restock: false }],
      reason: '摔坏',
    })
    expect(note.lines[0]!.restocked).toBe(false)
    expect(one('select onHand from stockLevels where partId = ?', part.id)).toBe(8)
    expect(note.payments).toMatchObject([{ tender: 'card', amountMinor: 10000 }])
  })

  it('gives back an amount not tied to a line as one line at the invoice tax treatment', async () => {
    await call(shop, 'settings.update', { ...(await call(shop, 'settings.get', {})), taxRateBp: 1300 })
    const { invoice } = await sell(1, [{ tender: 'wechat', amountMinor: 10000 }])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      amountMinor: 1130,
      reason: '补差价',
    })
    expect(note.lines).toMatchObject([
      {
        kind: 'other',
        description: '补差价',
        quantity: 1,
        taxRateBp: 1300,
        netMinor: 1000,
        taxMinor: 130,
        totalMinor: 1130,
      },
    ])
    expect(note).toMatchObject({ netMinor: 1000, taxMinor: 130, totalMinor: 1130 })
    expect(note.payments).toMatchObject([{ tender: 'wechat', amountMinor: 1130 }])
    await expectLedgersBalanced(invoice.id)
  })

  it('gives back a discounted line in parts that add up to the line exactly', async () => {
    await call(shop, 'settings.update', { ...(await call(shop, 'settings.get', {})), taxRateBp: 1300 })
    const { invoice, line } = await sell(3, [{ tender: 'card', amountMinor: 29999 }], { discount: 1 })
    expect(line.totalMinor).toBe(29999)
    const notes: Invoice[] = []
    for (let unit = 0; unit < 3; unit += 1) {
      notes.push(
        await call(shop, 'invoices.refund', {
          invoiceId: invoice.id,
          lines: [{ lineId: line.id, quantity: 1 }],
          reason: '退货',
        }),
      )
    }
    const sum = (key: 'netMinor' | 'taxMinor' | 'totalMinor' | 'discountMinor') =>
      notes.reduce((total, note) => total + note.lines[0]![key], 0)
    expect([sum('netMinor'), sum('taxMinor'), sum('totalMinor'), sum('discountMinor')]).toEqual([
      line.netMinor,
      line.taxMinor,
      line.totalMinor,
      line.discountMinor,
    ])
    expect((await call(shop, 'invoices.get', { id: invoice.id })).paidMinor).toBe(0)
    await expectLedgersBalanced(invoice.id)
  })
})

describe('what a refund may give back', () => {
  it('never more of a line than is left on it', async () => {
    const { invoice, line } = await sell(2, [{ tender: 'card', amountMinor: 20000 }])
    await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    const result = await send(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 2 }],
      reason: '退货',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'lines.0.quantity': 'tooLarge' } },
    })
  })

  it('never an amount above what is left on the invoice', async () => {
    const { invoice, line } = await sell(2, [{ tender: 'card', amountMinor: 20000 }])
    await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    const result = await send(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      amountMinor: 10001,
      reason: '补偿',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { amountMinor: 'tooLarge' } },
    })
  })

  it('first lowers what is still owed and pays out only the rest, never more than was paid', async () => {
    const customer = await makeCustomer(shop)
    const { invoice, line } = await sell(3, [{ tender: 'cash', amountMinor: 10000 }], {
      customerId: customer.id,
    })
    expect(invoice).toMatchObject({
      totalMinor: 30000,
      paidMinor: 10000,
      balanceMinor: 20000,
      paymentStatus: 'partly_paid',
    })
    const first = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 2 }],
      reason: '退货',
    })
    expect(first.payments).toEqual([])
    // It took 20000 off what was owed: the credit note itself owes nothing and pays nothing out.
    expect(first).toMatchObject({ totalMinor: 20000, balanceMinor: 0, paymentStatus: 'credit' })
    expect(await call(shop, 'invoices.get', { id: invoice.id })).toMatchObject({
      balanceMinor: 0,
      paidMinor: 10000,
    })
    const second = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    expect(second.payments).toMatchObject([{ tender: 'cash', amountMinor: 10000 }])
    expect(await call(shop, 'invoices.get', { id: invoice.id })).toMatchObject({
      paidMinor: 0,
      creditedMinor: 30000,
    })
    await expectLedgersBalanced(invoice.id)
  })

  it('refuses a refund with neither lines nor an amount', async () => {
    const { invoice } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    const result = await send(shop, 'invoices.refund', { invoiceId: invoice.id, reason: '退货' })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { lines: 'required' } } })
  })

  it('needs the drawer open', async () => {
    const { invoice, line } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    const drawer = await call(shop, 'drawer.current', {})
    await call(shop, 'drawer.close', { id: drawer!.id, denominations: { '10000': 10 } })
    const result = await send(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(countRows(shop, 'invoices')).toBe(1)
  })
})

describe('where the money goes back', () => {
  it('to the tenders it was paid with, newest payment first', async () => {
    const { invoice, line } = await sell(3, [
      { tender: 'cash', amountMinor: 10000 },
      { tender: 'card', amountMinor: 20000 },
    ])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 2 }],
      amountMinor: 5000,
      reason: '退货并补偿',
    })
    expect(note.totalMinor).toBe(25000)
    expect(note.payments.map((p) => [p.tender, p.amountMinor])).toEqual([
      ['card', 20000],
      ['cash', 5000],
    ])
    const rest = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      amountMinor: 5000,
      reason: '补偿',
    })
    expect(rest.payments.map((p) => [p.tender, p.amountMinor])).toEqual([['cash', 5000]])
    await expectLedgersBalanced(invoice.id)
  })

  it('to the customer as store credit', async () => {
    const customer = await makeCustomer(shop)
    const { invoice, line } = await sell(1, [{ tender: 'cash', amountMinor: 10000 }], {
      customerId: customer.id,
    })
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      refundTo: 'store_credit',
      reason: '换购',
    })
    expect(note.payments).toMatchObject([{ kind: 'refund', tender: 'store_credit', amountMinor: 10000 }])
    expect(await call(shop, 'customers.storeCredit', { customerId: customer.id })).toEqual({
      balanceMinor: 10000,
    })
    expect(one("select count(*) from cashMovements where kind = 'refund'")).toBe(0)
    await expectLedgersBalanced(invoice.id)
  })

  it('refuses store credit for a sale without a customer', async () => {
    const { invoice, line } = await sell(1, [{ tender: 'cash', amountMinor: 10000 }])
    const result = await send(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      refundTo: 'store_credit',
      reason: '换购',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { refundTo: 'invalid' } },
    })
  })

  it('to one tender named by the clerk', async () => {
    const { invoice, line } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      refundTo: 'cash',
      reason: '刷卡机退不了',
    })
    expect(note.payments).toMatchObject([{ tender: 'cash', amountMinor: 10000 }])
  })

  it('a deposit applied goes back to the tender the deposit was taken in', async () => {
    const ticket = await makeTicket(shop, {
      depositMinor: 5000,
      depositTender: 'alipay',
      estimateMinor: 20000,
    })
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const current = await call(shop, 'tickets.get', { id: ticket.id })
    const invoice = await call(shop, 'tickets.pickup', {
      ticketId: ticket.id,
      version: current.version,
      extraLines: [{ kind: 'other', description: '检测费', quantity: 1, unitPriceMinor: 15000 }],
      payments: [{ tender: 'cash', amountMinor: 10000 }],
    })
    const note = await call(shop, 'invoices.void', { id: invoice.id, reason: '开错单' })
    expect(note.payments.map((p) => [p.tender, p.amountMinor])).toEqual([
      ['cash', 10000],
      ['alipay', 5000],
    ])
    const timeline = shop.sqlite
      .prepare("select data from ticketEvents where ticketId = ? and kind = 'invoice' order by id")
      .pluck()
      .all(ticket.id) as string[]
    expect(timeline.map((data) => JSON.parse(data) as unknown)).toEqual([
      { number: invoice.number, totalMinor: 15000 },
      { number: note.number, totalMinor: -15000 },
    ])
    await expectLedgersBalanced(invoice.id)
  })
})

describe('a void', () => {
  it('credits everything left, gives all the money back and restocks what was sold', async () => {
    const { part, invoice, line } = await sell(3, [
      { tender: 'cash', amountMinor: 10000 },
      { tender: 'card', amountMinor: 20000 },
    ])
    await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    const note = await call(shop, 'invoices.void', { id: invoice.id, reason: '开错单' })
    expect(note).toMatchObject({ isVoid: true, totalMinor: 20000, reason: '开错单' })
    expect(note.lines).toMatchObject([{ quantity: 2, restocked: true }])
    expect(await call(shop, 'invoices.get', { id: invoice.id })).toMatchObject({
      paymentStatus: 'voided',
      paidMinor: 0,
      creditedMinor: 30000,
      balanceMinor: 0,
    })
    expect(one('select onHand from stockLevels where partId = ?', part.id)).toBe(10)
    expectStockLedgerAgrees(part.id)
    await expectLedgersBalanced(invoice.id)
  })

  it('is refused on a voided invoice, and a voided invoice takes no refund', async () => {
    const { invoice, line } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    await call(shop, 'invoices.void', { id: invoice.id, reason: '开错单' })
    const again = await send(shop, 'invoices.void', { id: invoice.id, reason: '再作废' })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!again.ok) expect(again.error.message).toContain('voided')
    const refund = await send(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    expect(refund).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('is refused on a credit note', async () => {
    const { invoice, line } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    const note = await call(shop, 'invoices.refund', {
      invoiceId: invoice.id,
      lines: [{ lineId: line.id, quantity: 1 }],
      reason: '退货',
    })
    const result = await send(shop, 'invoices.void', { id: note.id, reason: '作废' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    if (!result.ok) expect(result.error.message).toContain('credit note')
  })

  it('leaves the parts of a repair in the device (no restock)', async () => {
    const part = await stockedCase()
    const ticket = await makeTicket(shop)
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const current = await call(shop, 'tickets.get', { id: ticket.id })
    const invoice = await call(shop, 'tickets.pickup', {
      ticketId: ticket.id,
      version: current.version,
      extraLines: [{ kind: 'part', partId: part.id, quantity: 1 }],
      payments: [{ tender: 'card', amountMinor: 10000 }],
    })
    const onHand = one('select onHand from stockLevels where partId = ?', part.id)
    const note = await call(shop, 'invoices.void', { id: invoice.id, reason: '开错单' })
    expect(note.lines[0]!.restocked).toBe(false)
    expect(one('select onHand from stockLevels where partId = ?', part.id)).toBe(onHand)
  })
})

describe('the tax invoice number', () => {
  it('records the official number; the latest one recorded wins', async () => {
    const { invoice } = await sell(1, [{ tender: 'card', amountMinor: 10000 }])
    await call(shop, 'invoices.setTaxInvoiceNumber', { id: invoice.id, taxInvoiceNumber: '04403190011' })
    const after = await call(shop, 'invoices.setTaxInvoiceNumber', {
      id: invoice.id,
      taxInvoiceNumber: '04403190012',
    })
    expect(after.taxInvoiceNumber).toBe('04403190012')
    expect(countRows(shop, 'invoiceTaxNumbers')).toBe(2)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  makePart,
  makeTicket,
  openTestShop,
  receive,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await call(shop, 'settings.update', { ...(await call(shop, 'settings.get', {})), taxRateBp: 1300 })
})
afterEach(async () => {
  await shop.close()
})

function rows<T>(sql: string, ...params: unknown[]): T[] {
  return shop.sqlite.prepare(sql).all(...params) as T[]
}
function one(sql: string, ...params: unknown[]): number {
  return shop.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number
}

/**
 * A day at the counter: float, a cash sale with change, a card sale with a discount, a split sale,
 * deposits in cash and by card at intake, a pickup with its deposit applied, a partial cash refund,
 * a void, a paid-in and a paid-out.
 */
async function busyDay() {
  const session = await call(shop, 'drawer.open', { floatMinor: 50000 })
  const screen = await makePart(shop, { name: '钢化膜', priceMinor: 3000 })
  const labourFree = await makePart(shop, { name: '数据线', priceMinor: 5000 })
  await receive(shop, screen.id, 20, 500)
  await receive(shop, labourFree.id, 20, 1500)
  const line = (partId: string, quantity: number, discountMinor = 0) => ({
    kind: 'part' as const,
    partId,
    quantity,
    discountMinor,
    discountReason: discountMinor ? '老客户' : '',
  })
  const cashSale = await call(shop, 'invoices.sell', {
    lines: [line(screen.id, 2)],
    payments: [{ tender: 'cash', amountMinor: 6000, tenderedMinor: 10000 }],
  })
  const cardSale = await call(shop, 'invoices.sell', {
    lines: [line(labourFree.id, 1, 500)],
    payments: [{ tender: 'card', amountMinor: 4500 }],
  })
  const splitSale = await call(shop, 'invoices.sell', {
    lines: [line(screen.id, 1), line(labourFree.id, 1)],
    payments: [
      { tender: 'cash', amountMinor: 3000 },
      { tender: 'wechat', amountMinor: 5000 },
    ],
  })
  const ticket = await makeTicket(shop, { depositMinor: 2000, depositTender: 'cash', estimateMinor: 20000 })
  await makeTicket(shop, { depositMinor: 3000, depositTender: 'card', estimateMinor: 20000 })
  await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
  const version = (await call(shop, 'tickets.get', { id: ticket.id })).version
  const pickup = await call(shop, 'tickets.pickup', {
    ticketId: ticket.id,
    version,
    extraLines: [{ kind: 'other', description: '换电池', quantity: 1, unitPriceMinor: 12000 }],
    payments: [{ tender: 'alipay', amountMinor: 10000 }],
  })
  const refund = await call(shop, 'invoices.refund', {
    invoiceId: cashSale.id,
    lines: [{ lineId: cashSale.lines[0]!.id, quantity: 1 }],
    reason: '多买了',
  })
  const voided = await call(shop, 'invoices.void', { id: cardSale.id, reason: '开错单' })
  await call(shop, 'drawer.move', { kind: 'paid_in', amountMinor: 10000, reason: '老板补零钱' })
  await call(shop, 'drawer.move', { kind: 'paid_out', amountMinor: 1500, reason: '快递费' })
  return { session, cashSale, cardSale, splitSale, pickup, refund, voided }
}

describe('the Z report of an open drawer', () => {
  it('adds up the day from its documents', async () => {
    const day = await busyDay()
    const report = await call(shop, 'reports.z', { sessionId: day.session.id })
    const invoices = [day.cashSale, day.cardSale, day.splitSale, day.pickup]
    expect(report).toMatchObject({
      sessionNumber: day.session.number,
      frozen: false,
      currency: 'CNY',
      closedAt: null,
      sales: {
        count: 4,
        totalMinor: 6000 + 4500 + 8000 + 12000,
        discountMinor: 500,
        netMinor: invoices.reduce((sum, invoice) => sum + invoice.netMinor, 0),
        taxMinor: invoices.reduce((sum, invoice) => sum + invoice.taxMinor, 0),
      },
      refunds: { count: 1, totalMinor: 3000 },
      voids: { count: 1, totalMinor: 4500 },
      deposits: { count: 2, totalMinor: 5000 },
      discounts: { count: 1, totalMinor: 500 },
    })
    expect(report.taxByRate).toEqual([
      { taxRateBp: 1300, netMinor: report.sales.netMinor, taxMinor: report.sales.taxMinor },
    ])
    // Deposits applied (the pickup's ¥20) are not new money; the deposits taken are.
    expect(report.byTender).toEqual([
      { tender: 'cash', inMinor: 6000 + 3000 + 2000, outMinor: 3000 },
      { tender: 'alipay', inMinor: 10000, outMinor: 0 },
      { tender: 'card', inMinor: 4500 + 3000, outMinor: 4500 },
      { tender: 'wechat', inMinor: 5000, outMinor: 0 },
    ])
    expect(report.cash).toEqual({
      floatMinor: 50000,
      salesMinor: 9000,
      depositsMinor: 2000,
      refundsMinor: 3000,
      paidInMinor: 10000,
      paidOutMinor: 1500,
      expectedMinor: 50000 + 9000 + 2000 - 3000 + 10000 - 1500,
      countedMinor: null,
      varianceMinor: null,
    })
    expect(report.paidMovements).toMatchObject([
      { kind: 'paid_in', amountMinor: 10000, reason: '老板补零钱' },
      { kind: 'paid_out', amountMinor: 1500, reason: '快递费' },
    ])
  })

  it('expects the sum of the cash movements, which is float + cash sales + cash deposits − cash refunds + paid in − paid out', async () => {
    const day = await busyDay()
    const id = day.session.id
    const movements = one('select sum(amountMinor) from cashMovements where sessionId = ?', id)
    const cashPayments = (kind: string) =>
      one(
        "select coalesce(sum(amountMinor), 0) from payments where drawerSessionId = ? and tender = 'cash' and kind = ?",
        id,
        kind,
      )
    const cashDeposits = one(
      "select coalesce(sum(amountMinor), 0) from ticketDeposits where drawerSessionId = ? and tender = 'cash'",
      id,
    )
    const paid = (kind: string) =>
      one(
        'select coalesce(sum(abs(amountMinor)), 0) from cashMovements where sessionId = ? and kind = ?',
        id,
        kind,
      )
    const fromDocuments =
      day.session.floatMinor +
      cashPayments('payment') +
      cashDeposits -
      cashPayments('refund') +
      paid('paid_in') -
      paid('paid_out')
    const drawer = await call(shop, 'drawer.get', { id })
    const report = await call(shop, 'reports.z', { sessionId: id })
    expect(drawer.expectedMinor).toBe(movements)
    expect(report.cash.expectedMinor).toBe(movements)
    expect(fromDocuments).toBe(movements)
    expect(
      report.cash.floatMinor +
        report.cash.salesMinor +
        report.cash.depositsMinor -
        report.cash.refundsMinor +
        report.cash.paidInMinor -
        report.cash.paidOutMinor,
    ).toBe(movements)
  })
})

describe('the Z report of a closed drawer', () => {
  it('is frozen at the close: the same shape with the count, unchanged by anything after', async () => {
    const day = await busyDay()
    const live = await call(shop, 'reports.z', { sessionId: day.session.id })
    const closed = await call(shop, 'drawer.close', {
      id: day.session.id,
      denominations: { '10000': 6, '1000': 6, '500': 1 },
      note: '',
    })
    const frozen = await call(shop, 'reports.z', { sessionId: day.session.id })
    expect(frozen).toEqual({
      ...live,
      frozen: true,
      closedAt: closed.closedAt,
      closedByName: shop.actor.name,
      cash: { ...live.cash, countedMinor: 66500, varianceMinor: 66500 - live.cash.expectedMinor },
    })
    expect(rows<{ zReport: string }>('select zReport from drawerSessions')[0]!.zReport).toBe(
      JSON.stringify(frozen),
    )
    // The next day takes money; yesterday's report does not move.
    await call(shop, 'drawer.open', { floatMinor: 50000 })
    await call(shop, 'invoices.refund', {
      invoiceId: day.splitSale.id,
      lines: [{ lineId: day.splitSale.lines[0]!.id, quantity: 1 }],
      refundTo: 'cash',
      reason: '退货',
    })
    expect(await call(shop, 'reports.z', { sessionId: day.session.id })).toEqual(frozen)
  })

  it('shows a deposit given back at pickup as money out on the tender it went back by', async () => {
    const session = await call(shop, 'drawer.open', { floatMinor: 10000 })
    const ticket = await makeTicket(shop, { depositMinor: 5000, depositTender: 'alipay' })
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const ready = await call(shop, 'tickets.get', { id: ticket.id })
    await call(shop, 'tickets.pickup', { ticketId: ready.id, version: ready.version })
    const report = await call(shop, 'reports.z', { sessionId: session.id })
    // The ¥50 came in by Alipay at intake and went back by Alipay: no cash moved.
    expect(report.byTender).toEqual([{ tender: 'alipay', inMinor: 5000, outMinor: 5000 }])
    expect(report.cash.expectedMinor).toBe(10000)
  })

  it('shows an empty day as zeros', async () => {
    const session = await call(shop, 'drawer.open', { floatMinor: 0 })
    const report = await call(shop, 'reports.z', { sessionId: session.id })
    expect(report).toMatchObject({
      sales: { count: 0, totalMinor: 0 },
      taxByRate: [],
      byTender: [],
      refunds: { count: 0, totalMinor: 0 },
      cash: { expectedMinor: 0 },
    })
  })
})

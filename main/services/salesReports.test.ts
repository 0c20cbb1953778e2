import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Invoice, MethodInput, SalesReport } from '../../shared/contract'
import {
  call,
  makeCustomer,
  makePart,
  openTestShop,
  receive,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { dayStartMinute, lineBuckets, lineScan, localDay } from './salesReports.queries'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  vi.useRealTimers()
  await shop.close()
})

/** Runs what follows as if the clock read `iso` (the services stamp documents with the time now). */
function clockAt(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}

type SaleInput = MethodInput<'invoices.sell'>
type Line = SaleInput['lines'][number]

/** Stock to sell: a screen and a case in two categories, each received at a known cost. */
async function stockedParts() {
  const screen = await makePart(shop, {
    sku: 'SCR-IP13',
    name: 'iPhone 13 屏幕总成',
    category: '屏幕',
    priceMinor: 68000,
  })
  const shell = await makePart(shop, { sku: 'CASE-01', name: '手机壳', category: '配件', priceMinor: 3500 })
  await receive(shop, screen.id, 10, 30000)
  await receive(shop, shell.id, 50, 800)
  return { screen, shell }
}

const partLine = (partId: string, quantity = 1): Line => ({ kind: 'part', partId, quantity })
const otherLine = (description: string, unitPriceMinor: number): Line => ({
  kind: 'other',
  description,
  quantity: 1,
  unitPriceMinor,
})

function sell(lines: Line[], payments: SaleInput['payments'] = [], customerId: string | null = null) {
  return call(shop, 'invoices.sell', { lines, payments, customerId })
}

const cash = (amountMinor: number) => ({ tender: 'cash' as const, amountMinor })
const tender = (kind: 'card' | 'wechat' | 'alipay', amountMinor: number) => ({ tender: kind, amountMinor })

function sum<T>(items: readonly T[], figure: (item: T) => number): number {
  return items.reduce((total, item) => total + figure(item), 0)
}

/** A shop day in UTC+8 as the renderer asks for it: local midnight to local midnight. */
const chinaDay = (date: string) => ({
  from: new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString(),
  to: new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString(),
  utcOffsetMinutes: 480,
})

describe('local days', () => {
  it('starts each local day at the right UTC time, whole-hour offsets or not', () => {
    expect(dayStartMinute(480)).toBe(16 * 60)
    expect(dayStartMinute(0)).toBe(0)
    expect(dayStartMinute(-300)).toBe(5 * 60)
    expect(dayStartMinute(345)).toBe(18 * 60 + 15)
    // Before 16:00 UTC it is still that day in Shanghai; from 16:00 UTC it is the next.
    expect(localDay('2025-03-01', 0, 480)).toBe('2025-03-01')
    expect(localDay('2025-03-01', 1, 480)).toBe('2025-03-02')
    // New York (UTC−5): before 05:00 UTC it is the day before.
    expect(localDay('2025-03-01', 0, -300)).toBe('2025-02-28')
    expect(localDay('2025-03-01', 1, -300)).toBe('2025-03-01')
    // UTC: every instant is past midnight.
    expect(localDay('2025-03-01', 1, 0)).toBe('2025-03-01')
    // Kathmandu (UTC+5:45): 18:15 UTC is midnight.
    expect(localDay('2025-03-01', 1, 345)).toBe('2025-03-02')
  })
})

describe('the daily sales report', () => {
  /** A day at the counter: three sales over three tenders and a partial refund of the first. */
  async function aDayOfSales() {
    const { screen, shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 50000 })
    const customer = await makeCustomer(shop, { name: '李雷', phones: ['13900139000'] })
    clockAt('2025-03-03T02:00:00.000Z')
    const firstLines = [partLine(screen.id), partLine(shell.id, 2), otherLine('贴膜服务', 2000)]
    const due = await call(shop, 'invoices.preview', { lines: firstLines })
    const first = await sell(firstLines, [cash(due.totalMinor)])
    const second = await sell([partLine(shell.id)], [tender('wechat', 3500)])
    const third = await sell(
      [partLine(screen.id)],
      [tender('card', 40000), tender('alipay', 10000)],
      customer.id,
    )
    clockAt('2025-03-03T09:00:00.000Z')
    const shellLine = first.lines.find((line) => line.partId === shell.id)
    if (!shellLine) throw new Error('no case line')
    const refund = await call(shop, 'invoices.refund', {
      invoiceId: first.id,
      lines: [{ lineId: shellLine.id, quantity: 1, restock: true }],
      reason: '不喜欢颜色',
    })
    const invoices = await Promise.all(
      [first, second, third].map((invoice) => call(shop, 'invoices.get', { id: invoice.id })),
    )
    return { invoices, refund }
  }

  it('matches the day to the invoices, credit notes and payments made', async () => {
    const { invoices, refund } = await aDayOfSales()
    const report = await call(shop, 'reports.sales', chinaDay('2025-03-03'))
    const lines = invoices.flatMap((invoice) => invoice.lines)
    const expected: SalesReport['totals'] = {
      invoices: 3,
      netMinor: sum(invoices, (invoice) => invoice.netMinor),
      discountMinor: sum(invoices, (invoice) => invoice.discountMinor),
      taxMinor: sum(invoices, (invoice) => invoice.taxMinor),
      totalMinor: sum(invoices, (invoice) => invoice.totalMinor),
      refundsMinor: refund.totalMinor,
      labourMinor: 0,
      partsMinor: sum(
        lines.filter((line) => line.kind === 'part'),
        (line) => line.totalMinor,
      ),
      otherMinor: sum(
        lines.filter((line) => line.kind === 'other'),
        (line) => line.totalMinor,
      ),
      costMinor: sum(
        invoices.flatMap((invoice) => invoice.lines),
        (line) => line.unitCostMinor * line.quantity,
      ),
    }
    expect(report.totals).toEqual(expected)
    expect(report.days).toEqual([{ date: '2025-03-03', ...expected }])
    expect(report.totals.partsMinor + report.totals.otherMinor).toBe(report.totals.totalMinor)
    // Two screens and three cases went out at their received costs.
    expect(report.totals.costMinor).toBe(2 * 30000 + 3 * 800)
  })

  it('splits the money by tender, refunds out of the tender they were paid with', async () => {
    const { invoices, refund } = await aDayOfSales()
    const report = await call(shop, 'reports.sales', chinaDay('2025-03-03'))
    const [first] = invoices as [Invoice, ...Invoice[]]
    const byTender = Object.fromEntries(report.byTender.map((row) => [row.tender, row]))
    expect(byTender.cash).toEqual({
      tender: 'cash',
      inMinor: first.totalMinor,
      outMinor: refund.totalMinor,
      depositsMinor: 0,
    })
    expect(byTender.wechat).toMatchObject({ inMinor: 3500, outMinor: 0 })
    expect(byTender.card).toMatchObject({ inMinor: 40000, outMinor: 0 })
    expect(byTender.alipay).toMatchObject({ inMinor: 10000, outMinor: 0 })
  })

  it('totals sales by part category and other lines, with what credit notes gave back', async () => {
    const { invoices, refund } = await aDayOfSales()
    const report = await call(shop, 'reports.sales', chinaDay('2025-03-03'))
    const lines = invoices.flatMap((invoice) => invoice.lines)
    const partTotal = (partSku: string) =>
      sum(
        lines.filter((line) => line.description.includes(partSku)),
        (line) => line.totalMinor,
      )
    const categories = Object.fromEntries(
      report.byCategory.map((row) => [`${row.kind}:${row.category}`, row]),
    )
    expect(categories['part:屏幕']).toEqual({
      kind: 'part',
      category: '屏幕',
      totalMinor: partTotal('屏幕'),
      refundsMinor: 0,
    })
    expect(categories['part:配件']).toEqual({
      kind: 'part',
      category: '配件',
      totalMinor: partTotal('手机壳'),
      refundsMinor: refund.totalMinor,
    })
    expect(categories['other:']?.totalMinor).toBe(2000)
    expect(sum(report.byCategory, (row) => row.totalMinor)).toBe(report.totals.totalMinor)
  })

  it('groups by the local day, across UTC midnight and for an offset of 5:45', async () => {
    const { shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    for (const instant of [
      '2025-03-01T15:59:00.000Z',
      '2025-03-01T16:01:00.000Z',
      '2025-03-01T18:20:00.000Z',
    ]) {
      clockAt(instant)
      await sell([partLine(shell.id)], [cash(3500)])
    }
    const period = { from: '2025-02-28T16:00:00.000Z', to: '2025-03-02T16:00:00.000Z', utcOffsetMinutes: 480 }
    const china = await call(shop, 'reports.sales', period)
    expect(china.days.map((day) => [day.date, day.invoices])).toEqual([
      ['2025-03-01', 1],
      ['2025-03-02', 2],
    ])
    const nepal = await call(shop, 'reports.sales', {
      from: '2025-02-28T18:15:00.000Z',
      to: '2025-03-02T18:15:00.000Z',
      utcOffsetMinutes: 345,
    })
    expect(nepal.days.map((day) => [day.date, day.invoices])).toEqual([
      ['2025-03-01', 2],
      ['2025-03-02', 1],
    ])
  })

  it('lists every day of the period, and leaves out what falls outside it', async () => {
    const { shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    clockAt('2025-03-05T04:00:00.000Z')
    await sell([partLine(shell.id)], [cash(3500)])
    const report = await call(shop, 'reports.sales', {
      from: chinaDay('2025-03-01').from,
      to: chinaDay('2025-03-04').to,
      utcOffsetMinutes: 480,
    })
    expect(report.days.map((day) => day.date)).toEqual([
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
    ])
    expect(report.totals.invoices).toBe(0)
    expect(report.byTender).toEqual([])
  })

  it('refuses a period longer than a report takes, or one that ends before it starts', async () => {
    const tooLong = await send(shop, 'reports.sales', {
      from: '2024-01-01T00:00:00.000Z',
      to: '2025-03-01T00:00:00.000Z',
      utcOffsetMinutes: 480,
    })
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: 'periodTooLong' } },
    })
    const backwards = await send(shop, 'reports.sales', {
      from: '2025-03-02T00:00:00.000Z',
      to: '2025-03-01T00:00:00.000Z',
    })
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: 'endBeforeStart' } },
    })
    const accounting = await send(shop, 'reports.accounting', {
      from: '2020-01-01T00:00:00.000Z',
      to: '2025-03-01T00:00:00.000Z',
    })
    expect(accounting).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: 'periodTooLong' } },
    })
  })
})

describe('the hourly sales buckets', () => {
  /** Sales either side of Shanghai's 16:00 UTC day start and UTC midnight, a refund and a void. */
  async function salesRefundsAndAVoid() {
    const { screen, shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const paidInCash = async (lines: Line[]) => {
      const due = await call(shop, 'invoices.preview', { lines })
      return sell(lines, [cash(due.totalMinor)])
    }
    clockAt('2025-03-01T15:30:00.000Z')
    const first = await paidInCash([partLine(screen.id), partLine(shell.id, 2), otherLine('贴膜服务', 2000)])
    clockAt('2025-03-01T16:10:00.000Z')
    await paidInCash([partLine(shell.id)])
    clockAt('2025-03-02T01:00:00.000Z')
    const third = await paidInCash([partLine(screen.id), otherLine('清洁', 1000)])
    clockAt('2025-03-02T03:20:00.000Z')
    const shellLine = first.lines.find((line) => line.partId === shell.id)
    if (!shellLine) throw new Error('no case line')
    await call(shop, 'invoices.refund', {
      invoiceId: first.id,
      lines: [{ lineId: shellLine.id, quantity: 1, restock: true }],
      reason: '不喜欢颜色',
    })
    await call(shop, 'invoices.void', { id: third.id, reason: '开错了' })
  }

  const sorted = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row)).sort()

  it('add up to what a fresh grouping of the lines gives, after sales, refunds and a void', async () => {
    await salesRefundsAndAVoid()
    const kept = await shop.db.selectFrom('salesLineBuckets').selectAll().execute()
    const fresh = await sql<(typeof kept)[number]>`select substr(i."issuedAt", 1, 13) as "hour",
        i."kind" as "documentKind", l."kind" as "lineKind", coalesce(p."category", '') as "category",
        sum(l."totalMinor") as "totalMinor", sum(l."unitCostMinor" * l."quantity") as "costMinor"
      from "invoices" i join "invoiceLines" l on l."invoiceId" = i."id"
      left join "parts" p on p."id" = l."partId"
      group by 1, 2, 3, 4`.execute(shop.db)
    expect(kept.some((row) => row.documentKind === 'credit_note')).toBe(true)
    expect(sorted(kept)).toEqual(sorted(fresh.rows))
  })

  it('give the report the rows the line scan gives, and the scan serves offsets off the hour', async () => {
    await salesRefundsAndAVoid()
    const period = { from: '2025-02-28T16:00:00.000Z', to: '2025-03-03T16:00:00.000Z' }
    for (const offset of [480, 0, -300]) {
      const startMinute = dayStartMinute(offset)
      const read = await lineBuckets(shop.db, period, startMinute)
      expect(sorted(read)).toEqual(sorted(await lineScan(shop.db, period, startMinute)))
    }
    // Kathmandu's day starts at 18:15 UTC, inside an hour: the report falls back to the lines.
    const nepal = { from: '2025-02-28T18:15:00.000Z', to: '2025-03-03T18:15:00.000Z' }
    const fallback = await lineBuckets(shop.db, nepal, dayStartMinute(345))
    expect(sorted(fallback)).toEqual(sorted(await lineScan(shop.db, nepal, dayStartMinute(345))))
    // A whole-hour period read from the buckets, and the same days a millisecond shorter from the lines.
    const fromBuckets = await call(shop, 'reports.sales', { ...period, utcOffsetMinutes: 480 })
    const shorter = new Date(Date.parse(period.from) + 1).toISOString()
    const fromLines = await call(shop, 'reports.sales', { ...period, from: shorter, utcOffsetMinutes: 480 })
    expect(fromBuckets.totals.invoices).toBe(3)
    expect(fromBuckets.totals.partsMinor).toBeGreaterThan(0)
    expect([fromBuckets.days, fromBuckets.totals, fromBuckets.byCategory]).toEqual([
      fromLines.days,
      fromLines.totals,
      fromLines.byCategory,
    ])
  })
})

describe('money owed', () => {
  it('lists customers who owe, the oldest unpaid invoice first, page by page', async () => {
    const { screen, shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const late = await makeCustomer(shop, { name: '张三', phones: ['13700137000'] })
    const early = await makeCustomer(shop, { name: '李四', phones: ['13600136000', '075512345678'] })
    const settled = await makeCustomer(shop, { name: '王五' })
    const voided = await makeCustomer(shop, { name: '赵六' })
    clockAt('2025-03-01T02:00:00.000Z')
    const owedEarly = await sell([partLine(shell.id)], [cash(1000)], early.id)
    await sell([partLine(shell.id)], [cash(3500)], settled.id)
    clockAt('2025-03-02T02:00:00.000Z')
    const owedLate = await sell([partLine(screen.id)], [cash(8000)], late.id)
    const secondEarly = await sell([partLine(shell.id)], [], early.id)
    const cancelled = await sell([partLine(shell.id)], [cash(500)], voided.id)
    await call(shop, 'invoices.void', { id: cancelled.id, reason: '开错单' })

    const all = await call(shop, 'customers.balances', {})
    expect(all.items).toEqual([
      {
        customerId: early.id,
        name: '李四',
        phone: '13600136000',
        balanceMinor: owedEarly.balanceMinor + secondEarly.balanceMinor,
        invoices: 2,
        oldestDueAt: owedEarly.issuedAt,
      },
      {
        customerId: late.id,
        name: '张三',
        phone: '13700137000',
        balanceMinor: owedLate.balanceMinor,
        invoices: 1,
        oldestDueAt: owedLate.issuedAt,
      },
    ])
    const first = await call(shop, 'customers.balances', { limit: 1 })
    expect(first.items.map((row) => row.name)).toEqual(['李四'])
    const second = await call(shop, 'customers.balances', { limit: 1, cursor: first.nextCursor })
    expect(second.items.map((row) => row.name)).toEqual(['张三'])
    expect(second.nextCursor).toBeNull()
  })

  it('drops a customer once the balance is paid', async () => {
    const { shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const customer = await makeCustomer(shop)
    const invoice = await sell([partLine(shell.id)], [cash(1000)], customer.id)
    expect((await call(shop, 'customers.balances', {})).items).toHaveLength(1)
    await call(shop, 'invoices.pay', {
      invoiceId: invoice.id,
      payments: [tender('wechat', invoice.balanceMinor)],
    })
    expect((await call(shop, 'customers.balances', {})).items).toEqual([])
  })
})

describe('a customer statement', () => {
  /**
   * A month of one customer: a sale paid in part, then more, and a returned case that lowers what
   * is owed; a sale paid in full and returned for store credit; a last sale not paid yet.
   */
  async function aCustomersMonth() {
    const { screen, shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const customer = await makeCustomer(shop, { name: '韩梅梅', address: '深圳市福田区华强北路1号' })
    clockAt('2025-03-01T02:00:00.000Z')
    const first = await sell([partLine(screen.id), partLine(shell.id)], [cash(20000)], customer.id)
    clockAt('2025-03-05T02:00:00.000Z')
    await call(shop, 'invoices.pay', { invoiceId: first.id, payments: [tender('card', 30000)] })
    const shellLine = first.lines.find((line) => line.partId === shell.id)
    if (!shellLine) throw new Error('no case line')
    const lowered = await call(shop, 'invoices.refund', {
      invoiceId: first.id,
      lines: [{ lineId: shellLine.id, quantity: 1, restock: true }],
      reason: '退货',
    })
    clockAt('2025-03-07T02:00:00.000Z')
    const paid = await sell([partLine(shell.id)], [cash(3500)], customer.id)
    clockAt('2025-03-07T03:00:00.000Z')
    const returned = await call(shop, 'invoices.refund', {
      invoiceId: paid.id,
      lines: [{ lineId: paid.lines[0]?.id ?? '', quantity: 1, restock: true }],
      refundTo: 'store_credit',
      reason: '换货',
    })
    clockAt('2025-03-10T02:00:00.000Z')
    const last = await sell([partLine(shell.id)], [], customer.id)
    const invoices = await Promise.all(
      [first, paid, last].map((invoice) => call(shop, 'invoices.get', { id: invoice.id })),
    )
    return { customer, invoices, lowered, returned }
  }

  it('runs a balance through every document and payment to what the customer owes', async () => {
    const { customer, invoices, lowered, returned } = await aCustomersMonth()
    const statement = await call(shop, 'customers.statement', { customerId: customer.id })
    const [first, paid, last] = invoices as [Invoice, Invoice, Invoice]
    expect(statement.customer).toMatchObject({ name: '韩梅梅', address: '深圳市福田区华强北路1号' })
    expect(statement.openingBalanceMinor).toBe(0)
    expect(statement.lines.map((line) => [line.kind, line.number, line.tender])).toEqual([
      ['invoice', first.number, null],
      ['payment', first.number, 'cash'],
      ['payment', first.number, 'card'],
      ['credit_note', lowered.number, null],
      ['invoice', paid.number, null],
      ['payment', paid.number, 'cash'],
      ['credit_note', returned.number, null],
      ['refund', returned.number, 'store_credit'],
      ['invoice', last.number, null],
    ])
    let running = 0
    for (const line of statement.lines) {
      running += line.debitMinor - line.creditMinor
      expect(line.balanceMinor).toBe(running)
    }
    const owed = first.balanceMinor + paid.balanceMinor + last.balanceMinor
    expect(owed).toBe(first.totalMinor - 20000 - 30000 - lowered.totalMinor + last.totalMinor)
    expect(statement.closingBalanceMinor).toBe(owed)
    expect(statement.lines.at(-1)?.balanceMinor).toBe(owed)
    expect(statement.storeCreditMinor).toBe(returned.totalMinor)
    const balances = await call(shop, 'customers.balances', {})
    expect(balances.items[0]).toMatchObject({ balanceMinor: owed, invoices: 2, oldestDueAt: first.issuedAt })
  })

  it('opens a period with the balance brought forward and stops at its end', async () => {
    const { customer, invoices } = await aCustomersMonth()
    const whole = await call(shop, 'customers.statement', { customerId: customer.id })
    const period = await call(shop, 'customers.statement', {
      customerId: customer.id,
      from: '2025-03-04T16:00:00.000Z',
      to: '2025-03-09T16:00:00.000Z',
    })
    const [first] = invoices as [Invoice, Invoice, Invoice]
    expect(period.openingBalanceMinor).toBe(first.totalMinor - 20000)
    expect(period.lines.map((line) => line.kind)).toEqual([
      'payment',
      'credit_note',
      'invoice',
      'payment',
      'credit_note',
      'refund',
    ])
    expect(period.closingBalanceMinor).toBe(whole.lines[7]?.balanceMinor)
    expect(period.lines.at(-1)?.balanceMinor).toBe(period.closingBalanceMinor)
  })

  it('answers NOT_FOUND for a customer that does not exist', async () => {
    const answer = await send(shop, 'customers.statement', {
      customerId: '01900000-0000-7000-8000-000000000000',
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe("the accountant's export", () => {
  it('lists the invoices and credit notes with their 发票 numbers, and every payment', async () => {
    const { shell } = await stockedParts()
    await call(shop, 'drawer.open', { floatMinor: 0 })
    const customer = await makeCustomer(shop, { name: '陈七' })
    clockAt('2025-03-03T02:00:00.000Z')
    const sale = await sell([partLine(shell.id, 2)], [cash(7000)], customer.id)
    await call(shop, 'invoices.setTaxInvoiceNumber', { id: sale.id, taxInvoiceNumber: '04400000001' })
    await call(shop, 'invoices.setTaxInvoiceNumber', { id: sale.id, taxInvoiceNumber: '04400000002' })
    clockAt('2025-03-03T03:00:00.000Z')
    const refund = await call(shop, 'invoices.refund', {
      invoiceId: sale.id,
      lines: [{ lineId: sale.lines[0]?.id ?? '', quantity: 1, restock: true }],
      reason: '退货',
    })
    const accounting = await call(shop, 'reports.accounting', {
      from: chinaDay('2025-03-03').from,
      to: chinaDay('2025-03-03').to,
    })
    expect(accounting.invoices).toEqual([
      {
        number: sale.number,
        kind: 'invoice',
        issuedAt: sale.issuedAt,
        customer: '陈七',
        ticket: '',
        original: '',
        netMinor: sale.netMinor,
        discountMinor: sale.discountMinor,
        taxMinor: sale.taxMinor,
        totalMinor: sale.totalMinor,
        taxInvoiceNumber: '04400000002',
        reason: sale.reason,
      },
      expect.objectContaining({
        number: refund.number,
        kind: 'credit_note',
        original: sale.number,
        totalMinor: refund.totalMinor,
        reason: '退货',
      }),
    ])
    expect(accounting.payments).toEqual([
      expect.objectContaining({ kind: 'payment', tender: 'cash', amountMinor: 7000, invoice: sale.number }),
      expect.objectContaining({
        kind: 'refund',
        tender: 'cash',
        amountMinor: refund.totalMinor,
        creditNote: refund.number,
      }),
    ])
    expect(accounting.payments[0]?.staff).toBe(shop.actor.name)
  })
})

/**
 * The queries behind the sales report and money owed. Every sum is taken by the database in one
 * pass over an index (issuedAt, createdAt, customer), never by walking rows in JavaScript.
 *
 * Local days: the database keeps UTC instants, and grouping by the shop's local day would need a
 * date function that differs between SQLite and PostgreSQL. Instead the period's documents are
 * grouped by UTC date (`substr(issuedAt, 1, 10)`) and by whether their UTC time of day is past the
 * moment a local day starts (16:00 for UTC+8, 18:15 for UTC+5:45): each such half of a UTC date lies
 * in one local day, which `localDay` works out. A year is at most 2 × 367 groups per kind. The lines'
 * sums are also kept per UTC hour (salesBuckets.ts), which serves every offset of whole hours.
 */
import { sql, type ExpressionBuilder, type Expression } from 'kysely'
import type { Database } from '../db/schema'
import type { Executor } from './context'
import { hourBuckets } from './salesBuckets'

export interface Period {
  from: string
  to: string
}

/** An instant as the ledgers write it (`toISOString()`), so text comparisons agree with time. */
export function ledgerInstant(iso: string): string {
  return new Date(iso).toISOString()
}

/** The UTC time of day (minutes after midnight) at which a local day starts: 960 for UTC+8. */
export function dayStartMinute(utcOffsetMinutes: number): number {
  return ((-utcOffsetMinutes % 1440) + 1440) % 1440
}

/** The local day (`YYYY-MM-DD`) of a bucket: its UTC date and whether it is past the day's start. */
export function localDay(date: string, late: number, utcOffsetMinutes: number): string {
  const start = Date.parse(`${date}T00:00:00.000Z`) + (late ? dayStartMinute(utcOffsetMinutes) * 60_000 : 0)
  return new Date(start + utcOffsetMinutes * 60_000).toISOString().slice(0, 10)
}

/** The bucket columns of a timestamp column: its UTC date, and 1 when past the local day's start. */
function buckets(column: Expression<string>, startMinute: number) {
  const pad = (value: number) => String(value).padStart(2, '0')
  const start = `${pad(Math.floor(startMinute / 60))}:${pad(startMinute % 60)}`
  return {
    date: sql<string>`substr(${column}, 1, 10)`,
    late: sql<number>`case when substr(${column}, 12, 5) >= ${start} then 1 else 0 end`,
  }
}

const sumOf = (expression: Expression<number>) => sql<number>`coalesce(sum(${expression}), 0)`

/** Invoices and credit notes of the period summed per kind and bucket. */
export async function documentBuckets(db: Executor, period: Period, startMinute: number) {
  const bucket = buckets(sql.ref('issuedAt'), startMinute)
  return db
    .selectFrom('invoices')
    .select([
      'kind',
      bucket.date.as('date'),
      bucket.late.as('late'),
      sql<number>`count(*)`.as('documents'),
      sumOf(sql.ref('netMinor')).as('netMinor'),
      sumOf(sql.ref('discountMinor')).as('discountMinor'),
      sumOf(sql.ref('taxMinor')).as('taxMinor'),
      sumOf(sql.ref('totalMinor')).as('totalMinor'),
    ])
    .where('issuedAt', '>=', period.from)
    .where('issuedAt', '<', period.to)
    .groupBy(['kind', sql.ref('date'), sql.ref('late')])
    .execute()
}

/**
 * The lines of the period's invoices and credit notes summed per bucket, document kind, line kind
 * and part category: one pass over the lines serves both the days (labour, parts, other, cost) and
 * the categories.
 */
export async function lineBuckets(db: Executor, period: Period, startMinute: number) {
  const wholeHour = (instant: string) => Date.parse(instant) % 3_600_000 === 0
  // The hourly sums kept with each document give the same rows from a year's ~8,800 hours at most.
  if (startMinute % 60 === 0 && wholeHour(period.from) && wholeHour(period.to)) {
    return hourBuckets(db, period, startMinute / 60)
  }
  return lineScan(db, period, startMinute)
}

/** The same sums taken from the lines themselves: any offset, any bounds. */
export async function lineScan(db: Executor, period: Period, startMinute: number) {
  const bucket = buckets(sql.ref('i.issuedAt'), startMinute)
  return db
    .selectFrom('invoices as i')
    .innerJoin('invoiceLines as l', 'l.invoiceId', 'i.id')
    .leftJoin('parts as p', 'p.id', 'l.partId')
    .select([
      'i.kind as documentKind',
      'l.kind as lineKind',
      sql<string>`coalesce(${sql.ref('p.category')}, '')`.as('category'),
      bucket.date.as('date'),
      bucket.late.as('late'),
      sumOf(sql.ref('l.totalMinor')).as('totalMinor'),
      sumOf(sql`${sql.ref('l.unitCostMinor')} * ${sql.ref('l.quantity')}`).as('costMinor'),
    ])
    .where('i.issuedAt', '>=', period.from)
    .where('i.issuedAt', '<', period.to)
    .groupBy(['i.kind', 'l.kind', sql.ref('category'), sql.ref('date'), sql.ref('late')])
    .execute()
}

/** Money in and out of the period per tender and kind; intake deposits apart (new money too). */
export async function tenderTotals(db: Executor, period: Period) {
  const payments = await db
    .selectFrom('payments')
    .select(['tender', 'kind', sumOf(sql.ref('amountMinor')).as('amountMinor')])
    .where('createdAt', '>=', period.from)
    .where('createdAt', '<', period.to)
    // An applied deposit moves no money: it was counted when the deposit was taken.
    .where('kind', '!=', 'deposit_applied')
    .groupBy(['tender', 'kind'])
    .execute()
  const deposits = await db
    .selectFrom('ticketDeposits')
    .select(['tender', sumOf(sql.ref('amountMinor')).as('amountMinor')])
    .where('createdAt', '>=', period.from)
    .where('createdAt', '<', period.to)
    .groupBy('tender')
    .execute()
  return { payments, deposits }
}

type InvoiceScope = ExpressionBuilder<Database & { i: Database['invoices'] }, 'i'>

/**
 * Money that counts as paid on an invoice: payments and applied deposits in, refunds by credit note
 * out. A refund row names both the invoice and its credit note; a refund without a credit note gives
 * back an unused intake deposit, which was never counted as paid.
 */
function countsAsPaid(eb: ExpressionBuilder<Database & { p: Database['payments'] }, 'p'>) {
  return eb.or([
    eb('p.kind', 'in', ['payment', 'deposit_applied']),
    eb.and([eb('p.kind', '=', 'refund'), eb('p.creditNoteId', 'is not', null)]),
  ])
}

const paidSum = () =>
  sql<number>`coalesce(sum(case when ${sql.ref('p.kind')} = 'refund' then -${sql.ref('p.amountMinor')} else ${sql.ref('p.amountMinor')} end), 0)`

/**
 * What is still owed on the invoice `i`: its total, less its credit notes, less what was paid on it.
 * Correlated lookups on the partial indexes of originalInvoiceId and invoiceId.
 */
function invoiceBalance(eb: InvoiceScope) {
  const credited = eb
    .selectFrom('invoices as c')
    .select(sumOf(sql.ref('c.totalMinor')).as('sum'))
    .whereRef('c.originalInvoiceId', '=', 'i.id')
  const paid = eb
    .selectFrom('payments as p')
    .select(paidSum().as('sum'))
    .whereRef('p.invoiceId', '=', 'i.id')
    .where(countsAsPaid)
  return sql<number>`${eb.ref('i.totalMinor')} - (${credited}) - (${paid})`
}

/**
 * What each customer owes: their invoices, less the credit notes on them, less what was paid net of
 * refunds by credit note. Three grouped passes (invoices by the customer index, credit notes by the
 * original-invoice index, payments by the customer each payment row names, which is its invoice's),
 * summed here; only customers whose sum is above zero are answered.
 */
export async function owingCustomers(db: Executor): Promise<Map<string, number>> {
  const invoiced = await db
    .selectFrom('invoices')
    .select(['customerId', sumOf(sql.ref('totalMinor')).as('amountMinor')])
    .where('customerId', 'is not', null)
    .where('kind', '=', 'invoice')
    .groupBy('customerId')
    .execute()
  const credited = await db
    .selectFrom('invoices as c')
    .innerJoin('invoices as o', 'o.id', 'c.originalInvoiceId')
    .select(['o.customerId', sumOf(sql.ref('c.totalMinor')).as('amountMinor')])
    .where('c.originalInvoiceId', 'is not', null)
    .where('o.customerId', 'is not', null)
    .groupBy('o.customerId')
    .execute()
  const paid = await db
    .selectFrom('payments as p')
    .select(['p.customerId', paidSum().as('amountMinor')])
    .where('p.customerId', 'is not', null)
    .where(countsAsPaid)
    .groupBy('p.customerId')
    .execute()
  const owed = new Map<string, number>()
  for (const row of invoiced) if (row.customerId) owed.set(row.customerId, row.amountMinor)
  for (const row of [...credited, ...paid]) {
    if (row.customerId) owed.set(row.customerId, (owed.get(row.customerId) ?? 0) - row.amountMinor)
  }
  for (const [customerId, amount] of owed) if (amount <= 0) owed.delete(customerId)
  return owed
}

/** The invoices of these customers that still have something owed on them, with when they were issued. */
export async function unpaidInvoices(db: Executor, customerIds: readonly string[]) {
  const rows: { customerId: string | null; issuedAt: string; balanceMinor: number }[] = []
  // A few hundred ids a statement: well inside every database's limit on bound values.
  for (let start = 0; start < customerIds.length; start += 500) {
    const chunk = customerIds.slice(start, start + 500)
    const perInvoice = db
      .selectFrom('invoices as i')
      .select(['i.customerId', 'i.issuedAt', (eb) => invoiceBalance(eb).as('balanceMinor')])
      .where('i.customerId', 'in', chunk)
      .where('i.kind', '=', 'invoice')
    rows.push(
      ...(await db.selectFrom(perInvoice.as('b')).selectAll().where('b.balanceMinor', '>', 0).execute()),
    )
  }
  return rows
}

/** Names and first phones of the customers on a page. */
export async function customerCards(db: Executor, customerIds: readonly string[]) {
  if (customerIds.length === 0) return []
  return db
    .selectFrom('customers as c')
    .select([
      'c.id',
      'c.name',
      (eb) =>
        eb
          .selectFrom('customerPhones as ph')
          .select('ph.phone')
          .whereRef('ph.customerId', '=', 'c.id')
          .orderBy('ph.position')
          .limit(1)
          .as('phone'),
    ])
    .where('c.id', 'in', customerIds)
    .execute()
}

/** A customer's invoices and the credit notes on them, oldest first. */
export async function customerDocuments(db: Executor, customerId: string) {
  const invoiceIds = db
    .selectFrom('invoices')
    .select('id')
    .where('customerId', '=', customerId)
    .where('kind', '=', 'invoice')
  return (
    db
      .selectFrom('invoices as i')
      .leftJoin('tickets as t', 't.id', 'i.ticketId')
      .select([
        'i.id',
        'i.kind',
        'i.number',
        'i.issuedAt',
        'i.totalMinor',
        'i.reason',
        't.number as ticketNumber',
      ])
      // A credit note belongs to its invoice's customer, whether or not it repeats the customer.
      .where((eb) =>
        eb.or([
          eb.and([eb('i.customerId', '=', customerId), eb('i.kind', '=', 'invoice')]),
          eb('i.originalInvoiceId', 'in', invoiceIds),
        ]),
      )
      .execute()
  )
}

/**
 * Money paid on a customer's invoices and paid back on their credit notes (a refund row names the
 * invoice too, so one lookup on the invoiceId index finds both).
 */
export async function customerPayments(db: Executor, customerId: string) {
  const invoiceIds = db
    .selectFrom('invoices')
    .select('id')
    .where('customerId', '=', customerId)
    .where('kind', '=', 'invoice')
  return db
    .selectFrom('payments as p')
    .leftJoin('invoices as i', 'i.id', 'p.invoiceId')
    .leftJoin('invoices as c', 'c.id', 'p.creditNoteId')
    .select([
      'p.id',
      'p.kind',
      'p.tender',
      'p.amountMinor',
      'p.reference',
      'p.createdAt',
      'i.number as invoiceNumber',
      'c.number as creditNoteNumber',
    ])
    .where('p.invoiceId', 'in', invoiceIds)
    .where(countsAsPaid)
    .execute()
}

/** The period's invoices and credit notes as the accountant's rows, in issue order. */
export async function accountingDocuments(db: Executor, period: Period) {
  const rows = await db
    .selectFrom('invoices as i')
    .leftJoin('customers as c', 'c.id', 'i.customerId')
    .leftJoin('tickets as t', 't.id', 'i.ticketId')
    .leftJoin('invoices as o', 'o.id', 'i.originalInvoiceId')
    .select([
      'i.number',
      'i.kind',
      'i.issuedAt',
      'c.name as customer',
      't.number as ticket',
      'o.number as original',
      'i.netMinor',
      'i.discountMinor',
      'i.taxMinor',
      'i.totalMinor',
      'i.reason',
      // The latest recorded 发票 number is the current one (ids are time-ordered).
      (eb) =>
        eb
          .selectFrom('invoiceTaxNumbers as n')
          .select('n.taxInvoiceNumber')
          .whereRef('n.invoiceId', '=', 'i.id')
          .orderBy('n.id', 'desc')
          .limit(1)
          .as('taxInvoiceNumber'),
    ])
    .where('i.issuedAt', '>=', period.from)
    .where('i.issuedAt', '<', period.to)
    .orderBy('i.issuedAt')
    .orderBy('i.id')
    .execute()
  return rows.map((row) => ({
    ...row,
    customer: row.customer ?? '',
    ticket: row.ticket ?? '',
    original: row.original ?? '',
    taxInvoiceNumber: row.taxInvoiceNumber ?? '',
  }))
}

/**
 * The period's money rows: payments, applied deposits and refunds, and the deposits taken at intake
 * (kind 'deposit', the ticket number as reference), in time order.
 */
export async function accountingPayments(db: Executor, period: Period) {
  const payments = await db
    .selectFrom('payments as p')
    .innerJoin('staff as s', 's.id', 'p.createdBy')
    .leftJoin('invoices as i', 'i.id', 'p.invoiceId')
    .leftJoin('invoices as c', 'c.id', 'p.creditNoteId')
    .select([
      'p.id',
      'p.createdAt',
      'p.kind',
      'p.tender',
      'p.amountMinor',
      'i.number as invoice',
      'c.number as creditNote',
      'p.reference',
      's.name as staff',
    ])
    .where('p.createdAt', '>=', period.from)
    .where('p.createdAt', '<', period.to)
    .execute()
  const deposits = await db
    .selectFrom('ticketDeposits as d')
    .innerJoin('tickets as t', 't.id', 'd.ticketId')
    .innerJoin('staff as s', 's.id', 'd.actorId')
    .select(['d.id', 'd.createdAt', 'd.tender', 'd.amountMinor', 't.number as ticket', 's.name as staff'])
    .where('d.createdAt', '>=', period.from)
    .where('d.createdAt', '<', period.to)
    .execute()
  const rows = [
    ...payments.map((row) => ({ ...row, invoice: row.invoice ?? '', creditNote: row.creditNote ?? '' })),
    ...deposits.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      kind: 'deposit',
      tender: row.tender,
      amountMinor: row.amountMinor,
      invoice: '',
      creditNote: '',
      reference: row.ticket,
      staff: row.staff,
    })),
  ]
  rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
  return rows.map(({ id: _id, ...row }) => row)
}

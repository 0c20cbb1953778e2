/**
 * The daily sales report, money owed, a customer's statement and the accountant's export. All read
 * the append-only money tables; nothing here writes. The sums are taken by the database (see
 * salesReports.queries.ts); JavaScript only folds hour buckets into local days and orders lines.
 */
import type { MethodOutput, ParsedInput, SalesReport, Statement } from '../../shared/contract'
import { maxReportPeriodMs } from '../../shared/schemas/sales'
import type { Currency } from '../../shared/domain/money'
import { AppError, notFound } from '../errors'
import type { Executor } from './context'
import {
  accountingDocuments,
  accountingPayments,
  customerCards,
  customerDocuments,
  customerPayments,
  dayStartMinute,
  documentBuckets,
  ledgerInstant,
  lineBuckets,
  localDay,
  owingCustomers,
  tenderTotals,
  unpaidInvoices,
  type Period,
} from './salesReports.queries'

type Totals = SalesReport['totals']
type Day = SalesReport['days'][number]

async function shopCurrency(db: Executor): Promise<Currency> {
  const row = await db.selectFrom('settings').select('currency').executeTakeFirstOrThrow()
  return row.currency as Currency
}

function emptyTotals(): Totals {
  return {
    invoices: 0,
    netMinor: 0,
    discountMinor: 0,
    taxMinor: 0,
    totalMinor: 0,
    refundsMinor: 0,
    labourMinor: 0,
    partsMinor: 0,
    otherMinor: 0,
    costMinor: 0,
  }
}

/** Every local day from the one `from` falls on to the one just before `to`, as `YYYY-MM-DD`. */
function periodDays(period: Period, utcOffsetMinutes: number): string[] {
  const shift = utcOffsetMinutes * 60_000
  const first = new Date(Date.parse(period.from) + shift).toISOString().slice(0, 10)
  const last = new Date(Date.parse(period.to) - 1 + shift).toISOString().slice(0, 10)
  const days: string[] = []
  for (let day = Date.parse(first); ; day += 86_400_000) {
    const date = new Date(day).toISOString().slice(0, 10)
    days.push(date)
    if (date >= last) return days
  }
}

/** Refuses a period that is empty, backwards or longer than a report takes. */
function checkPeriod(period: Period): void {
  const length = Date.parse(period.to) - Date.parse(period.from)
  if (length <= 0) {
    throw new AppError('VALIDATION', 'The period ends before it starts.', 'errors.validation', {
      to: 'endBeforeStart',
    })
  }
  if (length > maxReportPeriodMs) {
    throw new AppError('VALIDATION', 'The period is longer than a report takes.', 'errors.validation', {
      to: 'periodTooLong',
    })
  }
}

const lineField = { labour: 'labourMinor', part: 'partsMinor', other: 'otherMinor' } as const

type LineBucket = Awaited<ReturnType<typeof lineBuckets>>[number]

/** The period's documents and invoice lines folded into its local days, and the period's totals. */
function dayFigures(
  period: Period,
  utcOffsetMinutes: number,
  documents: Awaited<ReturnType<typeof documentBuckets>>,
  lines: LineBucket[],
) {
  const days = new Map<string, Day>(
    periodDays(period, utcOffsetMinutes).map((date) => [date, { date, ...emptyTotals() }]),
  )
  const dayOf = (date: string, late: number) => days.get(localDay(date, late, utcOffsetMinutes))
  for (const row of documents) {
    const day = dayOf(row.date, row.late)
    if (!day) continue
    if (row.kind === 'credit_note') {
      day.refundsMinor += row.totalMinor
      continue
    }
    day.invoices += row.documents
    day.netMinor += row.netMinor
    day.discountMinor += row.discountMinor
    day.taxMinor += row.taxMinor
    day.totalMinor += row.totalMinor
  }
  for (const row of lines) {
    const day = dayOf(row.date, row.late)
    const field = lineField[row.lineKind as keyof typeof lineField] as
      (typeof lineField)[keyof typeof lineField] | undefined
    if (!day || !field || row.documentKind !== 'invoice') continue
    day[field] += row.totalMinor
    day.costMinor += row.costMinor
  }
  const totals = emptyTotals()
  for (const day of days.values()) {
    for (const key of Object.keys(totals) as (keyof Totals)[]) totals[key] += day[key]
  }
  return { days: [...days.values()], totals }
}

async function byTender(db: Executor, period: Period): Promise<SalesReport['byTender']> {
  const { payments, deposits } = await tenderTotals(db, period)
  const tenders = new Map<string, SalesReport['byTender'][number]>()
  const of = (tender: string) => {
    let row = tenders.get(tender)
    if (!row) {
      row = { tender, inMinor: 0, outMinor: 0, depositsMinor: 0 }
      tenders.set(tender, row)
    }
    return row
  }
  for (const row of payments) {
    if (row.kind === 'refund') of(row.tender).outMinor += row.amountMinor
    else of(row.tender).inMinor += row.amountMinor
  }
  for (const row of deposits) of(row.tender).depositsMinor += row.amountMinor
  return [...tenders.values()].sort((a, b) => b.inMinor + b.depositsMinor - (a.inMinor + a.depositsMinor))
}

function byCategory(lines: LineBucket[]): SalesReport['byCategory'] {
  const categories = new Map<string, SalesReport['byCategory'][number]>()
  for (const row of lines) {
    const kind = row.lineKind === 'labour' || row.lineKind === 'part' ? row.lineKind : 'other'
    // Labour and other lines have no part category, whatever a part's row says.
    const category = kind === 'part' ? row.category : ''
    const key = `${kind}\u0000${category}`
    const entry = categories.get(key) ?? { kind, category, totalMinor: 0, refundsMinor: 0 }
    if (row.documentKind === 'credit_note') entry.refundsMinor += row.totalMinor
    else entry.totalMinor += row.totalMinor
    categories.set(key, entry)
  }
  return [...categories.values()].sort((a, b) => b.totalMinor - a.totalMinor)
}

export async function salesReport(
  db: Executor,
  input: ParsedInput<'reports.sales'>,
): Promise<MethodOutput<'reports.sales'>> {
  const period = { from: ledgerInstant(input.from), to: ledgerInstant(input.to) }
  checkPeriod(period)
  const startMinute = dayStartMinute(input.utcOffsetMinutes)
  const documents = await documentBuckets(db, period, startMinute)
  const lines = await lineBuckets(db, period, startMinute)
  const { days, totals } = dayFigures(period, input.utcOffsetMinutes, documents, lines)
  return {
    currency: await shopCurrency(db),
    from: period.from,
    to: period.to,
    utcOffsetMinutes: input.utcOffsetMinutes,
    days,
    totals,
    byTender: await byTender(db, period),
    byCategory: byCategory(lines),
  }
}

/** Where a page of money owed starts: after this customer, in oldest-debt order. */
interface BalanceCursor {
  oldestDueAt: string
  customerId: string
}

function parseCursor(cursor: string | null): BalanceCursor | null {
  if (!cursor) return null
  const [oldestDueAt = '', customerId = ''] = cursor.split('|')
  if (!oldestDueAt || !customerId) {
    throw new AppError('VALIDATION', 'That page cursor is not valid.', 'errors.validation', {
      cursor: 'invalid',
    })
  }
  return { oldestDueAt, customerId }
}

export async function customerBalances(
  db: Executor,
  input: ParsedInput<'customers.balances'>,
): Promise<MethodOutput<'customers.balances'>> {
  const cursor = parseCursor(input.cursor)
  const owed = await owingCustomers(db)
  const oldest = new Map<string, { oldestDueAt: string; invoices: number }>()
  for (const row of await unpaidInvoices(db, [...owed.keys()])) {
    if (!row.customerId) continue
    const entry = oldest.get(row.customerId)
    if (!entry) oldest.set(row.customerId, { oldestDueAt: row.issuedAt, invoices: 1 })
    else {
      entry.invoices += 1
      if (row.issuedAt < entry.oldestDueAt) entry.oldestDueAt = row.issuedAt
    }
  }
  const after = (row: BalanceCursor) =>
    !cursor ||
    row.oldestDueAt > cursor.oldestDueAt ||
    (row.oldestDueAt === cursor.oldestDueAt && row.customerId > cursor.customerId)
  const ordered = [...oldest]
    .map(([customerId, entry]) => ({ customerId, ...entry, balanceMinor: owed.get(customerId) ?? 0 }))
    .filter(after)
    .sort((a, b) => compareText(a.oldestDueAt, b.oldestDueAt) || compareText(a.customerId, b.customerId))
  const page = ordered.slice(0, input.limit)
  const cards = new Map(
    (
      await customerCards(
        db,
        page.map((row) => row.customerId),
      )
    ).map((card) => [card.id, card]),
  )
  const items = page.map((row) => ({
    customerId: row.customerId,
    name: cards.get(row.customerId)?.name ?? '',
    phone: cards.get(row.customerId)?.phone ?? '',
    balanceMinor: row.balanceMinor,
    invoices: row.invoices,
    oldestDueAt: row.oldestDueAt,
  }))
  const last = items.at(-1)
  return {
    items,
    nextCursor: ordered.length > input.limit && last ? `${last.oldestDueAt}|${last.customerId}` : null,
  }
}

/** Text in code-unit order, the same on every database and machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

type StatementLine = Omit<Statement['lines'][number], 'balanceMinor'>
/** Same instant: the invoice, then what was paid on it, then a credit note and its refund. */
const lineOrder = { invoice: 0, payment: 1, credit_note: 2, refund: 3 } as const

/** Every invoice, credit note, payment and refund of a customer, in date order, unbalanced. */
async function statementEntries(db: Executor, customerId: string): Promise<StatementLine[]> {
  const documents = await customerDocuments(db, customerId)
  const payments = await customerPayments(db, customerId)
  const entries: StatementLine[] = [
    ...documents.map((row) =>
      row.kind === 'credit_note'
        ? {
            date: row.issuedAt,
            kind: 'credit_note' as const,
            number: row.number,
            description: row.reason,
            tender: null,
            debitMinor: 0,
            creditMinor: row.totalMinor,
          }
        : {
            date: row.issuedAt,
            kind: 'invoice' as const,
            number: row.number,
            description: row.ticketNumber ?? '',
            tender: null,
            debitMinor: row.totalMinor,
            creditMinor: 0,
          },
    ),
    ...payments.map((row) =>
      row.kind === 'refund'
        ? {
            date: row.createdAt,
            kind: 'refund' as const,
            number: row.creditNoteNumber ?? '',
            description: row.reference,
            tender: row.tender,
            debitMinor: row.amountMinor,
            creditMinor: 0,
          }
        : {
            date: row.createdAt,
            kind: 'payment' as const,
            number: row.invoiceNumber ?? '',
            description: row.reference,
            tender: row.tender,
            debitMinor: 0,
            creditMinor: row.amountMinor,
          },
    ),
  ]
  return entries.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      lineOrder[a.kind] - lineOrder[b.kind] ||
      (a.number < b.number ? -1 : a.number > b.number ? 1 : 0),
  )
}

export async function customerStatement(
  db: Executor,
  input: ParsedInput<'customers.statement'>,
): Promise<MethodOutput<'customers.statement'>> {
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'name', 'address'])
    .where('id', '=', input.customerId)
    .executeTakeFirst()
  if (!customer) throw notFound('customer')
  const from = input.from === null ? null : ledgerInstant(input.from)
  const to = input.to === null ? null : ledgerInstant(input.to)
  if (from !== null && to !== null) checkPeriod({ from, to })
  const phones = await db
    .selectFrom('customerPhones')
    .select('phone')
    .where('customerId', '=', customer.id)
    .orderBy('position')
    .execute()
  const credit = await db
    .selectFrom('storeCredit')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountMinor'), eb.val(0)).as('balance'))
    .where('customerId', '=', customer.id)
    .executeTakeFirstOrThrow()

  let opening = 0
  let balance = 0
  const lines: Statement['lines'] = []
  for (const entry of await statementEntries(db, customer.id)) {
    if (to !== null && entry.date >= to) break
    balance += entry.debitMinor - entry.creditMinor
    if (from !== null && entry.date < from) opening = balance
    else lines.push({ ...entry, balanceMinor: balance })
  }
  return {
    customer: { ...customer, phones: phones.map((row) => row.phone) },
    currency: await shopCurrency(db),
    from,
    to,
    openingBalanceMinor: opening,
    lines,
    closingBalanceMinor: balance,
    storeCreditMinor: credit.balance,
  }
}

export async function accountingExport(
  db: Executor,
  input: ParsedInput<'reports.accounting'>,
): Promise<MethodOutput<'reports.accounting'>> {
  const period = { from: ledgerInstant(input.from), to: ledgerInstant(input.to) }
  checkPeriod(period)
  return {
    currency: await shopCurrency(db),
    invoices: await accountingDocuments(db, period),
    payments: await accountingPayments(db, period),
  }
}

/**
 * Reading invoices and credit notes: one document with its lines, payments and credit notes, and
 * pages of summaries with what is still owed. What an invoice has been paid is worked out from the
 * payments ledger every time (never stored), by the rules of shared/schemas/invoices.ts:
 *
 * - paid = its payments + deposits applied − refunds paid out by its credit notes (a refund with no
 *   credit note gives back an unused deposit and is not a refund of the invoice);
 * - credited = the totals of its credit notes; balance = max(0, total − credited − paid);
 * - a credit note's paid figure is what it paid out (its refunds); its balance what is left to pay out.
 */
import { sql, type ExpressionBuilder } from 'kysely'
import type { Invoice, InvoiceSummary } from '../../shared/contract'
import type { Currency } from '../../shared/domain/money'
import { notFound } from '../errors'
import type { Database } from '../db/schema'
import type { Executor } from './context'
import { customerSummaries } from './customers'

type PaymentStatus = Invoice['paymentStatus']
type Scope = ExpressionBuilder<Database & { i: Database['invoices'] }, 'i'>

const dayMs = 24 * 60 * 60 * 1000

function sumOf(column: string) {
  return sql<number>`coalesce(sum(${sql.ref(column)}), 0)`
}

/** The money figures of the invoice or credit note `i`, as correlated lookups on indexed columns. */
function figures(eb: Scope) {
  const paidIn = eb
    .selectFrom('payments as p')
    .select(sumOf('p.amountMinor').as('sum'))
    .whereRef('p.invoiceId', '=', 'i.id')
    .where('p.kind', 'in', ['payment', 'deposit_applied'])
  const refunded = eb
    .selectFrom('invoices as rc')
    .innerJoin('payments as r', 'r.creditNoteId', 'rc.id')
    .select(sumOf('r.amountMinor').as('sum'))
    .whereRef('rc.originalInvoiceId', '=', 'i.id')
    .where('r.kind', '=', 'refund')
  const credited = eb
    .selectFrom('invoices as c')
    .select(sumOf('c.totalMinor').as('sum'))
    .whereRef('c.originalInvoiceId', '=', 'i.id')
  const paidOut = eb
    .selectFrom('payments as o')
    .select(sumOf('o.amountMinor').as('sum'))
    .whereRef('o.creditNoteId', '=', 'i.id')
    .where('o.kind', '=', 'refund')
  const voided = eb
    .selectFrom('invoices as v')
    .select((inner) => inner.fn.countAll<number>().as('count'))
    .whereRef('v.originalInvoiceId', '=', 'i.id')
    .where('v.isVoid', '=', 1)
  return {
    paid: sql<number>`case when ${eb.ref('i.kind')} = 'credit_note' then (${paidOut}) else (${paidIn}) - (${refunded}) end`,
    credited: sql<number>`case when ${eb.ref('i.kind')} = 'credit_note' then 0 else (${credited}) end`,
    voided: sql<number>`case when ${eb.ref('i.kind')} = 'credit_note' then 0 else (${voided}) end`,
  }
}

/** What is left to pay (on an invoice) or to pay out (on a credit note). */
/**
 * What is still owed on an invoice. A credit note owes nothing: what it gave back was paid out or
 * taken off its invoice's balance when it was issued.
 */
function balanceOf(row: {
  kind: string
  totalMinor: number
  creditedMinor: number
  paidMinor: number
}): number {
  if (row.kind === 'credit_note') return 0
  return Math.max(0, row.totalMinor - row.creditedMinor - row.paidMinor)
}

function paymentStatusOf(row: {
  kind: string
  voided: number
  balanceMinor: number
  paidMinor: number
}): PaymentStatus {
  if (row.kind === 'credit_note') return 'credit'
  if (row.voided > 0) return 'voided'
  if (row.balanceMinor === 0) return 'paid'
  return row.paidMinor > 0 ? 'partly_paid' : 'due'
}

/** Invoices with their figures and the names a list shows, as a table to filter and page. */
function summaryRows(db: Executor) {
  return db
    .selectFrom('invoices as i')
    .leftJoin('customers as cu', 'cu.id', 'i.customerId')
    .leftJoin('tickets as t', 't.id', 'i.ticketId')
    .select((eb) => {
      const money = figures(eb)
      return [
        'i.id',
        'i.number',
        'i.kind',
        'i.customerId',
        'i.ticketId',
        'i.totalMinor',
        'i.currency',
        'i.issuedAt',
        'cu.name as customerName',
        't.number as ticketNumber',
        money.paid.as('paidMinor'),
        money.credited.as('creditedMinor'),
        money.voided.as('voided'),
      ]
    })
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryRows>['execute']>>[number]

function toSummary(row: SummaryRow): InvoiceSummary {
  const balanceMinor = balanceOf(row)
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as InvoiceSummary['kind'],
    customerName: row.customerName,
    ticketNumber: row.ticketNumber,
    totalMinor: row.totalMinor,
    balanceMinor,
    paymentStatus: paymentStatusOf({ ...row, balanceMinor }),
    currency: row.currency as Currency,
    issuedAt: row.issuedAt,
  }
}

export interface SummaryFilter {
  from: string | null
  to: string | null
  kind: 'invoice' | 'credit_note' | null
  dueOnly: boolean
  ticketId?: string
  /** Matches the number; customerIds: the customers whose name or phone matched. */
  numberLike?: string
  customerIds?: string[]
  /** The last row of the page before: "issuedAt|id". */
  cursor: string | null
  limit: number
}

/** Summaries newest first, filtered; one more than `limit` tells the caller another page exists. */
export async function invoiceSummaries(db: Executor, filter: SummaryFilter): Promise<InvoiceSummary[]> {
  let query = db.selectFrom(summaryRows(db).as('s')).selectAll('s')
  if (filter.from) query = query.where('s.issuedAt', '>=', filter.from)
  if (filter.to) query = query.where('s.issuedAt', '<', filter.to)
  if (filter.kind) query = query.where('s.kind', '=', filter.kind)
  if (filter.ticketId) query = query.where('s.ticketId', '=', filter.ticketId)
  if (filter.dueOnly) {
    query = query
      .where('s.kind', '=', 'invoice')
      .where((eb) =>
        eb(eb(eb('s.totalMinor', '-', eb.ref('s.creditedMinor')), '-', eb.ref('s.paidMinor')), '>', 0),
      )
  }
  if (filter.numberLike !== undefined || filter.customerIds !== undefined) {
    const numberLike = filter.numberLike
    const customerIds = filter.customerIds ?? []
    query = query.where((eb) =>
      eb.or([
        ...(numberLike ? [eb('s.number', 'like', `%${numberLike}%`)] : []),
        ...(customerIds.length > 0 ? [eb('s.customerId', 'in', customerIds)] : []),
      ]),
    )
  }
  if (filter.cursor) {
    const [issuedAt = '', id = ''] = filter.cursor.split('|')
    query = query.where((eb) =>
      eb.or([
        eb('s.issuedAt', '<', issuedAt),
        eb.and([eb('s.issuedAt', '=', issuedAt), eb('s.id', '<', id)]),
      ]),
    )
  }
  const rows = await query
    .orderBy('s.issuedAt', 'desc')
    .orderBy('s.id', 'desc')
    .limit(filter.limit + 1)
    .execute()
  return rows.map(toSummary)
}

/** The invoice (or credit note) row with its figures, or NOT_FOUND. */
async function documentRow(db: Executor, where: { id: string } | { number: string }) {
  let query = summaryRows(db)
    .innerJoin('staff as s', 's.id', 'i.issuedBy')
    .leftJoin('invoices as o', 'o.id', 'i.originalInvoiceId')
    .selectAll('i')
    .select(['s.name as issuedByName', 'o.number as originalNumber'])
  query = 'id' in where ? query.where('i.id', '=', where.id) : query.where('i.number', '=', where.number)
  const row = await query.executeTakeFirst()
  if (!row) throw notFound('invoice', 'billing:errors.invoiceNotFound')
  return row
}

/** The end of a line's repair warranty: `days` after the invoice was issued (an instant; shown as a local date). */
function warrantyEnd(issuedAt: string, days: number): string | null {
  return days > 0 ? new Date(Date.parse(issuedAt) + days * dayMs).toISOString() : null
}

async function linesOf(db: Executor, invoiceId: string, issuedAt: string, isInvoice: boolean) {
  const rows = await db
    .selectFrom('invoiceLines as l')
    .selectAll('l')
    .select((eb) =>
      eb
        .selectFrom('invoiceLines as c')
        .select(sumOf('c.quantity').as('sum'))
        .whereRef('c.originalLineId', '=', 'l.id')
        .as('creditedQuantity'),
    )
    .where('l.invoiceId', '=', invoiceId)
    .orderBy('l.position')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    kind: row.kind as Invoice['lines'][number]['kind'],
    labourItemId: row.labourItemId,
    partId: row.partId,
    description: row.description,
    quantity: row.quantity,
    unitPriceMinor: row.unitPriceMinor,
    discountMinor: row.discountMinor,
    discountReason: row.discountReason,
    taxRateBp: row.taxRateBp,
    netMinor: row.netMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    unitCostMinor: row.unitCostMinor,
    warrantyDays: row.warrantyDays,
    originalLineId: row.originalLineId,
    restocked: row.restocked === 1,
    creditedQuantity: row.creditedQuantity ?? 0,
    warrantyEnd: isInvoice ? warrantyEnd(issuedAt, row.warrantyDays) : null,
  }))
}

/**
 * An invoice's money rows (payments, deposits applied, an unused deposit given back, and the
 * refunds its credit notes paid out), or a credit note's refunds; oldest first.
 */
async function paymentsOf(db: Executor, document: { id: string; kind: string }) {
  let query = db
    .selectFrom('payments as p')
    .innerJoin('staff as s', 's.id', 'p.createdBy')
    .leftJoin('invoices as cn', 'cn.id', 'p.creditNoteId')
    .selectAll('p')
    .select(['s.name as createdByName', 'cn.number as creditNoteNumber'])
  query =
    document.kind === 'credit_note'
      ? query.where('p.creditNoteId', '=', document.id)
      : query.where((eb) =>
          eb.or([
            eb('p.invoiceId', '=', document.id),
            eb(
              'p.creditNoteId',
              'in',
              eb.selectFrom('invoices').select('id').where('originalInvoiceId', '=', document.id),
            ),
          ]),
        )
  const rows = await query.orderBy('p.createdAt').orderBy('p.id').execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as Invoice['payments'][number]['kind'],
    tender: row.tender as Invoice['payments'][number]['tender'],
    amountMinor: row.amountMinor,
    tenderedMinor: row.tenderedMinor,
    changeMinor: row.changeMinor,
    reference: row.reference,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    creditNoteNumber: row.creditNoteNumber,
  }))
}

/** One invoice or credit note as the contract gives it. */
export async function readInvoice(
  db: Executor,
  where: { id: string } | { number: string },
): Promise<Invoice> {
  const row = await documentRow(db, where)
  const isInvoice = row.kind === 'invoice'
  const customer = row.customerId ? ((await customerSummaries(db, [row.customerId]))[0] ?? null) : null
  const creditNotes = await db
    .selectFrom('invoices')
    .select(['id', 'number', 'totalMinor', 'isVoid'])
    .where('originalInvoiceId', '=', row.id)
    .orderBy('issuedAt')
    .orderBy('id')
    .execute()
  const taxNumber = await db
    .selectFrom('invoiceTaxNumbers')
    .select('taxInvoiceNumber')
    .where('invoiceId', '=', row.id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  const lines = await linesOf(db, row.id, row.issuedAt, isInvoice)
  const balanceMinor = balanceOf(row)
  const ends = lines.flatMap((line) => (line.warrantyEnd ? [line.warrantyEnd] : [])).sort()
  return {
    id: row.id,
    number: row.number,
    kind: row.kind as Invoice['kind'],
    ticket: row.ticketId && row.ticketNumber ? { id: row.ticketId, number: row.ticketNumber } : null,
    customer,
    original:
      row.originalInvoiceId && row.originalNumber
        ? { id: row.originalInvoiceId, number: row.originalNumber }
        : null,
    creditNotes: creditNotes.map((note) => ({ ...note, isVoid: note.isVoid === 1 })),
    reason: row.reason,
    isVoid: row.isVoid === 1,
    pricesIncludeTax: row.pricesIncludeTax === 1,
    currency: row.currency as Currency,
    lines,
    netMinor: row.netMinor,
    discountMinor: row.discountMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    paidMinor: row.paidMinor,
    creditedMinor: row.creditedMinor,
    balanceMinor,
    paymentStatus: paymentStatusOf({ ...row, balanceMinor }),
    payments: await paymentsOf(db, row),
    taxInvoiceNumber: taxNumber?.taxInvoiceNumber ?? null,
    note: row.note,
    issuedAt: row.issuedAt,
    issuedByName: row.issuedByName,
    warrantyEnd: ends.at(-1) ?? null,
  }
}

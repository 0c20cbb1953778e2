/**
 * What a refund needs to know of an invoice: its lines with what credit notes gave back already,
 * what it was paid and by which tenders, and what its credit notes refunded per tender.
 */
import type { Executor } from './context'

const total = (value: number | string | null | undefined) => Number(value ?? 0)

/** The invoice's lines with the quantity and money its credit notes gave back already. */
export async function linesWithCredits(db: Executor, invoiceId: string) {
  const lines = await db
    .selectFrom('invoiceLines')
    .selectAll()
    .where('invoiceId', '=', invoiceId)
    .orderBy('position')
    .execute()
  const credited = await db
    .selectFrom('invoiceLines as c')
    .innerJoin('invoices as cn', 'cn.id', 'c.invoiceId')
    .select((eb) => ['c.originalLineId', eb.fn.sum<number>('c.quantity').as('quantity')])
    .where('cn.originalInvoiceId', '=', invoiceId)
    .where('c.originalLineId', 'is not', null)
    .groupBy('c.originalLineId')
    .execute()
  return lines.map((line) => ({
    ...line,
    creditedQuantity: total(credited.find((row) => row.originalLineId === line.id)?.quantity),
  }))
}
export type OriginalLine = Awaited<ReturnType<typeof linesWithCredits>>[number]

/** The invoice's credit notes so far: their total, whether one voided it, what they gave back off lines. */
export async function creditsSoFar(db: Executor, invoiceId: string) {
  const notes = await db
    .selectFrom('invoices')
    .select((eb) => [eb.fn.sum<number>('totalMinor').as('totalMinor'), eb.fn.max('isVoid').as('voided')])
    .where('originalInvoiceId', '=', invoiceId)
    .executeTakeFirstOrThrow()
  const amounts = await db
    .selectFrom('invoiceLines as c')
    .innerJoin('invoices as cn', 'cn.id', 'c.invoiceId')
    .select((eb) => eb.fn.sum<number>('c.totalMinor').as('totalMinor'))
    .where('cn.originalInvoiceId', '=', invoiceId)
    .where('c.originalLineId', 'is', null)
    .executeTakeFirstOrThrow()
  return {
    creditedMinor: total(notes.totalMinor),
    voided: total(notes.voided) === 1,
    amountsCreditedMinor: total(amounts.totalMinor),
  }
}

/**
 * Where the invoice's money came from, newest first: its payments, and each deposit applied
 * spread over the ticket's deposits (oldest deposit first) with the tender each was taken in.
 */
export async function moneySources(db: Executor, invoiceId: string, ticketId: string | null) {
  const payments = await db
    .selectFrom('payments')
    .select(['id', 'kind', 'tender', 'amountMinor'])
    .where('invoiceId', '=', invoiceId)
    .where('kind', 'in', ['payment', 'deposit_applied'])
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const deposits = ticketId
    ? await db
        .selectFrom('ticketDeposits')
        .select(['tender', 'amountMinor'])
        .where('ticketId', '=', ticketId)
        .orderBy('createdAt')
        .orderBy('id')
        .execute()
    : []
  const sources: { tender: string; amountMinor: number }[] = []
  for (const payment of payments) {
    if (payment.kind === 'payment') {
      sources.push({ tender: payment.tender, amountMinor: payment.amountMinor })
      continue
    }
    let left = payment.amountMinor
    const spread: { tender: string; amountMinor: number }[] = []
    for (const deposit of deposits) {
      const take = Math.min(left, deposit.amountMinor)
      if (take > 0) spread.push({ tender: deposit.tender, amountMinor: take })
      left -= take
    }
    // A deposit applied with no deposit row behind it (not expected) goes back in cash.
    if (left > 0) spread.push({ tender: 'cash', amountMinor: left })
    sources.push(...spread.reverse())
  }
  return sources
}

/** What the invoice's money came to: paid in (payments, deposits applied) less refunds by its credit notes. */
export async function paidSoFar(db: Executor, invoiceId: string) {
  const paidIn = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.sum<number>('amountMinor').as('amountMinor'))
    .where('invoiceId', '=', invoiceId)
    .where('kind', 'in', ['payment', 'deposit_applied'])
    .executeTakeFirstOrThrow()
  const refunds = await refundsByTender(db, invoiceId)
  const refunded = [...refunds.values()].reduce((sum, amount) => sum + amount, 0)
  return { paidMinor: total(paidIn.amountMinor) - refunded, refunds }
}

/** Refunds paid out by the invoice's credit notes, per tender. */
async function refundsByTender(db: Executor, invoiceId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('payments as r')
    .innerJoin('invoices as cn', 'cn.id', 'r.creditNoteId')
    .select((eb) => ['r.tender', eb.fn.sum<number>('r.amountMinor').as('amountMinor')])
    .where('cn.originalInvoiceId', '=', invoiceId)
    .where('r.kind', '=', 'refund')
    .groupBy('r.tender')
    .execute()
  return new Map(rows.map((row) => [row.tender, total(row.amountMinor)]))
}

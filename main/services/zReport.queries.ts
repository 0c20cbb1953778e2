/**
 * The Z report's sums over one drawer session. Invoices carry no index on their session, so each
 * query also bounds `issuedAt` / `createdAt` from the session's opening: the day's rows through the
 * date index, not the whole history.
 */
import type { Executor } from './context'

export interface SessionBounds {
  id: string
  openedAt: string
}

const sum = (value: number | string | null | undefined) => Number(value ?? 0)

/** Invoices issued in the session: their count, figures and how many carried a discount. */
export async function salesTotals(db: Executor, session: SessionBounds) {
  const row = await db
    .selectFrom('invoices')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('netMinor').as('netMinor'),
      eb.fn.sum<number>('discountMinor').as('discountMinor'),
      eb.fn.sum<number>('taxMinor').as('taxMinor'),
      eb.fn.sum<number>('totalMinor').as('totalMinor'),
      eb.fn.sum<number>(eb.case().when('discountMinor', '>', 0).then(1).else(0).end()).as('discountedCount'),
    ])
    .where('issuedAt', '>=', session.openedAt)
    .where('drawerSessionId', '=', session.id)
    .where('kind', '=', 'invoice')
    .executeTakeFirstOrThrow()
  return {
    count: sum(row.count),
    netMinor: sum(row.netMinor),
    discountMinor: sum(row.discountMinor),
    taxMinor: sum(row.taxMinor),
    totalMinor: sum(row.totalMinor),
    discountedCount: sum(row.discountedCount),
  }
}

/** Net and tax of the session's invoice lines per tax rate, lowest rate first. */
export async function taxByRate(db: Executor, session: SessionBounds) {
  const rows = await db
    .selectFrom('invoiceLines as l')
    .innerJoin('invoices as i', 'i.id', 'l.invoiceId')
    .select((eb) => [
      'l.taxRateBp',
      eb.fn.sum<number>('l.netMinor').as('netMinor'),
      eb.fn.sum<number>('l.taxMinor').as('taxMinor'),
    ])
    .where('i.issuedAt', '>=', session.openedAt)
    .where('i.drawerSessionId', '=', session.id)
    .where('i.kind', '=', 'invoice')
    .groupBy('l.taxRateBp')
    .orderBy('l.taxRateBp')
    .execute()
  return rows.map((row) => ({
    taxRateBp: row.taxRateBp,
    netMinor: sum(row.netMinor),
    taxMinor: sum(row.taxMinor),
  }))
}

/** Payments in and refunds out per tender; deposits applied are not new money and stay out. */
export async function paymentTotals(db: Executor, session: SessionBounds) {
  const rows = await db
    .selectFrom('payments')
    .select((eb) => ['tender', 'kind', eb.fn.sum<number>('amountMinor').as('amountMinor')])
    .where('drawerSessionId', '=', session.id)
    .where('kind', 'in', ['payment', 'refund'])
    .groupBy(['tender', 'kind'])
    .execute()
  return rows.map((row) => ({ tender: row.tender, kind: row.kind, amountMinor: sum(row.amountMinor) }))
}

/** Intake deposits taken into the session, per tender. */
export async function depositTotals(db: Executor, session: SessionBounds) {
  const rows = await db
    .selectFrom('ticketDeposits')
    .select((eb) => [
      'tender',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('amountMinor').as('amountMinor'),
    ])
    .where('drawerSessionId', '=', session.id)
    .groupBy('tender')
    .execute()
  return rows.map((row) => ({ tender: row.tender, count: sum(row.count), amountMinor: sum(row.amountMinor) }))
}

/** Credit notes of the session: refunds (partial) and voids (whole invoices), counted apart. */
export async function creditNoteTotals(db: Executor, session: SessionBounds) {
  const rows = await db
    .selectFrom('invoices')
    .select((eb) => [
      'isVoid',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('totalMinor').as('totalMinor'),
    ])
    .where('issuedAt', '>=', session.openedAt)
    .where('drawerSessionId', '=', session.id)
    .where('kind', '=', 'credit_note')
    .groupBy('isVoid')
    .execute()
  const line = (isVoid: number) => {
    const row = rows.find((candidate) => candidate.isVoid === isVoid)
    return { count: sum(row?.count), totalMinor: sum(row?.totalMinor) }
  }
  return { refunds: line(0), voids: line(1) }
}

/** The drawer's movements summed: all of them (expected cash), paid in and paid out. */
export async function cashMovementTotals(db: Executor, sessionId: string) {
  const rows = await db
    .selectFrom('cashMovements')
    .select((eb) => ['kind', eb.fn.sum<number>('amountMinor').as('amountMinor')])
    .where('sessionId', '=', sessionId)
    .groupBy('kind')
    .execute()
  const of = (kind: string) => sum(rows.find((row) => row.kind === kind)?.amountMinor)
  return {
    totalMinor: rows.reduce((total, row) => total + sum(row.amountMinor), 0),
    paidInMinor: of('paid_in'),
    // Movements out are negative; the report shows them as a positive amount (never -0).
    paidOutMinor: 0 - of('paid_out'),
  }
}

/** Each paid-in and paid-out with its reason, oldest first; amounts positive (the kind says which way). */
export async function paidMovements(db: Executor, sessionId: string) {
  const rows = await db
    .selectFrom('cashMovements')
    .select(['kind', 'amountMinor', 'reason', 'createdAt'])
    .where('sessionId', '=', sessionId)
    .where('kind', 'in', ['paid_in', 'paid_out'])
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    kind: row.kind as 'paid_in' | 'paid_out',
    amountMinor: Math.abs(row.amountMinor),
    reason: row.reason,
    createdAt: row.createdAt,
  }))
}

/**
 * Money taken against an invoice: one or several tenders (cash with change, card, WeChat Pay,
 * Alipay, bank transfer, store credit), never more than is due. Every payment row carries the open
 * drawer session; cash goes into the drawer as a 'sale' movement of what stays in it (the change
 * is already netted), store credit comes off the customer's balance. Call inside the transaction
 * that issues or pays the invoice.
 */
import type { ParsedInput } from '../../shared/contract'
import { paymentTenders, type depositReturnTargets } from '../../shared/schemas/invoices'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc } from './context'
import { addCashMovement, requireCash } from './drawer'

export type PaymentLine = ParsedInput<'invoices.pay'>['payments'][number]
type PaymentTender = (typeof paymentTenders)[number]
type DepositReturn = (typeof depositReturnTargets)[number]

export interface PaymentTarget {
  invoiceId: string
  customerId: string | null
  /** What is still to pay before these payments. */
  dueMinor: number
  sessionId: string
  /** Where the payments are in the input, to name them in an error. */
  field: string
}

/** A customer's store credit: the sum of its signed movements. */
export async function storeCreditOf(db: Executor, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('storeCredit')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountMinor'), eb.lit(0)).as('balance'))
    .where('customerId', '=', customerId)
    .executeTakeFirst()
  return row?.balance ?? 0
}

function refuse(
  fields: Record<string, string>,
  message: string,
  key: string,
  detail?: Record<string, number>,
) {
  return new AppError('VALIDATION', message, key, fields, detail)
}

/** Everything that makes the payments wrong, checked before anything is written. */
async function checkPayments(db: Executor, target: PaymentTarget, payments: PaymentLine[]): Promise<void> {
  const sum = payments.reduce((total, payment) => total + payment.amountMinor, 0)
  if (sum > target.dueMinor) {
    throw refuse(
      { [target.field]: 'tooLarge' },
      `The payments come to more than is due (${target.dueMinor}).`,
      'billing:errors.paymentsTooLarge',
      { dueMinor: target.dueMinor },
    )
  }
  let storeCredit = 0
  for (const [index, payment] of payments.entries()) {
    const at = `${target.field}.${index}`
    if (payment.tender !== 'cash' && payment.tenderedMinor !== null) {
      throw refuse(
        { [`${at}.tenderedMinor`]: 'invalid' },
        'Only cash is tendered.',
        'billing:errors.tenderedNotCash',
      )
    }
    if (
      payment.tender === 'cash' &&
      payment.tenderedMinor !== null &&
      payment.tenderedMinor < payment.amountMinor
    ) {
      throw refuse(
        { [`${at}.tenderedMinor`]: 'tooSmall' },
        'The cash handed over is less than the amount.',
        'billing:errors.tenderedTooSmall',
      )
    }
    if (payment.tender !== 'store_credit') continue
    if (!target.customerId) {
      throw refuse(
        { [`${at}.tender`]: 'invalid' },
        'Store credit belongs to a customer: choose the customer first.',
        'billing:errors.storeCreditNeedsCustomer',
      )
    }
    storeCredit += payment.amountMinor
    const balance = await storeCreditOf(db, target.customerId)
    if (storeCredit > balance) {
      throw refuse(
        { [`${at}.amountMinor`]: 'tooLarge' },
        `The customer has only ${balance} of store credit.`,
        'billing:errors.notEnoughStoreCredit',
        { balanceMinor: balance },
      )
    }
  }
}

/**
 * Records the payments against the invoice (after checking them all): the payment rows, the cash
 * into the drawer, the store credit used. Answers what they came to.
 */
export async function takePayments(
  db: Executor,
  target: PaymentTarget,
  payments: PaymentLine[],
  actor: Actor,
  at: string = nowUtc(),
): Promise<number> {
  await checkPayments(db, target, payments)
  for (const payment of payments) {
    const id = newId()
    const cash = payment.tender === 'cash'
    const tenderedMinor = cash ? (payment.tenderedMinor ?? payment.amountMinor) : null
    await db
      .insertInto('payments')
      .values({
        id,
        kind: 'payment',
        invoiceId: target.invoiceId,
        creditNoteId: null,
        customerId: target.customerId,
        tender: payment.tender,
        amountMinor: payment.amountMinor,
        tenderedMinor,
        changeMinor: tenderedMinor === null ? 0 : tenderedMinor - payment.amountMinor,
        reference: payment.reference,
        drawerSessionId: target.sessionId,
        createdAt: at,
        createdBy: actor.id,
      })
      .execute()
    if (cash) {
      await addCashMovement(
        db,
        { sessionId: target.sessionId, kind: 'sale', amountMinor: payment.amountMinor, paymentId: id },
        actor,
        at,
      )
    }
    if (payment.tender === 'store_credit' && target.customerId) {
      await db
        .insertInto('storeCredit')
        .values({
          id: newId(),
          customerId: target.customerId,
          amountMinor: -payment.amountMinor,
          invoiceId: target.invoiceId,
          paymentId: id,
          reason: 'payment',
          createdAt: at,
          createdBy: actor.id,
        })
        .execute()
    }
  }
  return payments.reduce((total, payment) => total + payment.amountMinor, 0)
}

/** An intake deposit: how it was paid and how much. */
export interface Deposit {
  tender: string
  amountMinor: number
}

/** A deposit's tender as a payment tender (intake takes only those; anything else counts as cash). */
export function paymentTenderOf(tender: string): PaymentTender {
  return (paymentTenders as readonly string[]).includes(tender) ? (tender as PaymentTender) : 'cash'
}

/**
 * The deposit given back: the way each deposit was paid (newest first), or all in cash, or all to
 * the customer's store credit. Answers the parts, each a tender and an amount.
 */
export function depositReturnParts(
  deposits: Deposit[],
  excessMinor: number,
  returnTo: DepositReturn,
): { tender: PaymentTender; amountMinor: number }[] {
  if (excessMinor <= 0) return []
  if (returnTo !== 'original') return [{ tender: returnTo, amountMinor: excessMinor }]
  const parts = new Map<PaymentTender, number>()
  let left = excessMinor
  for (const deposit of [...deposits].reverse()) {
    const amount = Math.min(left, deposit.amountMinor)
    if (amount <= 0) break
    const tender = paymentTenderOf(deposit.tender)
    parts.set(tender, (parts.get(tender) ?? 0) + amount)
    left -= amount
  }
  return [...parts].map(([tender, amountMinor]) => ({ tender, amountMinor }))
}

/**
 * The intake deposits counted against the invoice: up to the invoice's total, as a 'deposit_applied'
 * payment (tender 'deposit', no new money). A deposit larger than the invoice (a cheaper repair than
 * estimated, a warranty repair) gives the excess back at once, as the clerk chose at the counter: the
 * way it was paid (Alipay back to Alipay), cash, or store credit — a 'refund' payment on this invoice
 * with no credit note. Only cash given back leaves the drawer. That refund returns unused deposit,
 * not money paid for the invoice, so it does not lower the invoice's paid figure (only refunds paid
 * out by its credit notes do). Answers the deposit total.
 */
export async function applyDeposit(
  db: Executor,
  target: { invoiceId: string; customerId: string | null; sessionId: string; totalMinor: number },
  given: { deposits: Deposit[]; returnTo: DepositReturn },
  actor: Actor,
  at: string = nowUtc(),
): Promise<number> {
  const row = (kind: 'deposit_applied' | 'refund', tender: string, amountMinor: number) => ({
    id: newId(),
    kind,
    invoiceId: target.invoiceId,
    creditNoteId: null,
    customerId: target.customerId,
    tender,
    amountMinor,
    tenderedMinor: null,
    reference: '',
    drawerSessionId: target.sessionId,
    createdAt: at,
    createdBy: actor.id,
  })
  const depositMinor = given.deposits.reduce((total, deposit) => total + deposit.amountMinor, 0)
  const applied = Math.min(depositMinor, target.totalMinor)
  if (applied > 0) {
    await db
      .insertInto('payments')
      .values(row('deposit_applied', 'deposit', applied))
      .execute()
  }
  for (const part of depositReturnParts(given.deposits, depositMinor - applied, given.returnTo)) {
    // Cash handed back must be in the drawer, as for a paid-out or a refund.
    if (part.tender === 'cash') await requireCash(db, target.sessionId, part.amountMinor)
    const refund = row('refund', part.tender, part.amountMinor)
    await db.insertInto('payments').values(refund).execute()
    if (part.tender === 'cash') {
      await addCashMovement(
        db,
        {
          sessionId: target.sessionId,
          kind: 'refund',
          amountMinor: -part.amountMinor,
          reason: 'deposit',
          paymentId: refund.id,
        },
        actor,
        at,
      )
    }
    if (part.tender === 'store_credit') {
      if (!target.customerId) throw new Error('A deposit goes to store credit only with a customer.')
      await db
        .insertInto('storeCredit')
        .values({
          id: newId(),
          customerId: target.customerId,
          amountMinor: part.amountMinor,
          invoiceId: target.invoiceId,
          paymentId: refund.id,
          reason: 'deposit',
          createdAt: at,
          createdBy: actor.id,
        })
        .execute()
    }
  }
  return depositMinor
}

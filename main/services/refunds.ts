/**
 * Refunds and voids by credit note, and the official tax invoice number. A credit note copies the
 * snapshot of the lines it gives back (never more than is left on each), first lowers what is still
 * due on the invoice and pays out the rest (never more than was paid): to the tenders it was paid
 * with, to store credit or to one tender. Returned goods go back into stock in the same transaction.
 */
import type { Invoice, MethodOutput, ParsedInput } from '../../shared/contract'
import { formatDocumentNumber } from '../../shared/domain/identifiers'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { addCashMovement, requireCash, requireOpenSession } from './drawer'
import { getInvoice } from './invoices'
import { amountLine, creditOfLine, refusal, requestedLines, sumLines, type CreditLine } from './refunds.lines'
import { creditsSoFar, linesWithCredits, moneySources, paidSoFar } from './refunds.queries'
import { addToSalesBuckets } from './salesBuckets'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { postMovement } from './stock'
import { addTicketEvent } from './ticketEvents'

type InvoiceRow = Awaited<ReturnType<typeof invoiceForCredit>>['row']
type RefundTo = ParsedInput<'invoices.refund'>['refundTo']

interface CreditNote {
  reason: string
  isVoid: boolean
  lines: CreditLine[]
  refundTo: RefundTo
}

/** The invoice a credit note may be written against, with what is left on it; refuses anything else. */
async function invoiceForCredit(db: Executor, id: string) {
  const row = await db.selectFrom('invoices').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'That invoice does not exist.', 'billing:errors.invoiceNotFound')
  if (row.kind !== 'invoice') {
    throw refusal(
      'CONFLICT',
      `${row.number} is a credit note: refund or void the invoice itself.`,
      'creditNoteNotInvoice',
    )
  }
  const credits = await creditsSoFar(db, id)
  if (credits.voided) {
    throw refusal(
      'CONFLICT',
      `Invoice ${row.number} is voided already: nothing is left to give back.`,
      'voided',
    )
  }
  return { row, credits, lines: await linesWithCredits(db, id) }
}

export async function refundInvoice(
  db: Executor,
  input: ParsedInput<'invoices.refund'>,
  actor: Actor,
): Promise<MethodOutput<'invoices.refund'>> {
  const { row, credits, lines } = await invoiceForCredit(db, input.invoiceId)
  if (input.lines.length === 0 && input.amountMinor === null) {
    throw refusal('VALIDATION', 'Choose the lines to give back or an amount.', 'nothingToRefund', {
      lines: 'required',
    })
  }
  const creditLines = requestedLines(input, lines, row.pricesIncludeTax === 1)
  const fromLines = creditLines.reduce((sum, line) => sum + line.totalMinor, 0)
  const left = row.totalMinor - credits.creditedMinor - fromLines
  if (input.amountMinor !== null) {
    if (input.amountMinor > left) {
      throw refusal('VALIDATION', `At most ${left} is left to credit on this invoice.`, 'moreThanInvoice', {
        amountMinor: 'tooLarge',
      })
    }
    creditLines.push(await amountLine(db, input.amountMinor, input.reason, row, lines))
  } else if (left < 0) {
    throw refusal(
      'CONFLICT',
      'These lines come to more than is left on the invoice after earlier credits.',
      'moreThanInvoice',
    )
  }
  return issueCreditNote(
    db,
    row,
    { reason: input.reason, isVoid: false, lines: creditLines, refundTo: input.refundTo },
    actor,
  )
}

/** Cancels everything still on the invoice: all money back to its tenders, goods sold over the counter back in stock. */
export async function voidInvoice(
  db: Executor,
  input: ParsedInput<'invoices.void'>,
  actor: Actor,
): Promise<MethodOutput<'invoices.void'>> {
  const { row, credits, lines } = await invoiceForCredit(db, input.id)
  if (credits.amountsCreditedMinor > 0) {
    throw refusal(
      'CONFLICT',
      'An amount was already credited on this invoice apart from its lines: give back the remaining lines instead of voiding.',
      'voidAfterAmount',
    )
  }
  // A repair's parts are in the customer's device: only a counter sale's goods come back to the shelf.
  const restock = row.ticketId === null
  const creditLines = lines
    .filter((line) => line.quantity > line.creditedQuantity)
    .map((line) =>
      creditOfLine(line, line.quantity - line.creditedQuantity, restock, row.pricesIncludeTax === 1),
    )
  if (creditLines.length === 0) {
    throw refusal('CONFLICT', `Everything on ${row.number} was given back already.`, 'nothingLeft')
  }
  return issueCreditNote(
    db,
    row,
    { reason: input.reason, isVoid: true, lines: creditLines, refundTo: 'original' },
    actor,
  )
}

/** Writes the credit note, its lines, the money out and the goods back; answers the credit note. */
async function issueCreditNote(
  db: Executor,
  invoice: InvoiceRow,
  note: CreditNote,
  actor: Actor,
): Promise<Invoice> {
  const session = await requireOpenSession(db)
  const credited = (await creditsSoFar(db, invoice.id)).creditedMinor
  const { paidMinor, refunds } = await paidSoFar(db, invoice.id)
  const totals = sumLines(note.lines)
  const dueMinor = Math.max(0, invoice.totalMinor - credited - paidMinor)
  // The credit first lowers what is still owed; only the rest is money given back.
  const payOutMinor = Math.max(0, totals.totalMinor - dueMinor)
  if (payOutMinor > paidMinor) {
    throw refusal('CONFLICT', 'That would give back more than was paid.', 'moreThanPaid')
  }
  const payOuts = await refundPlan(db, invoice, note.refundTo, payOutMinor, refunds)
  const at = nowUtc()
  const { outletCode } = await getSettings(db)
  const id = newId()
  const number = formatDocumentNumber(outletCode, 'C', await nextSequence(db, 'creditNote'))
  await db
    .insertInto('invoices')
    .values({
      id,
      number,
      kind: 'credit_note',
      ticketId: invoice.ticketId,
      customerId: invoice.customerId,
      originalInvoiceId: invoice.id,
      reason: note.reason,
      isVoid: note.isVoid ? 1 : 0,
      pricesIncludeTax: invoice.pricesIncludeTax,
      currency: invoice.currency,
      ...totals,
      note: '',
      issuedAt: at,
      issuedBy: actor.id,
      drawerSessionId: session.id,
    })
    .execute()
  await writeLines(db, id, number, note.lines, actor, at)
  await addToSalesBuckets(db, at, 'credit_note', note.lines)
  for (const payOut of payOuts) {
    await payOutRefund(db, { invoice, creditNoteId: id, sessionId: session.id, ...payOut }, actor, at)
  }
  if (invoice.ticketId) {
    await addTicketEvent(
      db,
      invoice.ticketId,
      { kind: 'invoice', data: { number, totalMinor: -totals.totalMinor }, visibility: 'customer' },
      actor,
      at,
    )
  }
  await writeAudit(db, actor, note.isVoid ? 'invoices.void' : 'invoices.refund', 'invoice', id, {
    number,
    invoice: invoice.number,
    reason: note.reason,
    totalMinor: totals.totalMinor,
    payOuts,
  })
  return getInvoice(db, { id })
}

/** The credit note's lines; returned goods back into stock at the average cost, through the ledger. */
async function writeLines(
  db: Executor,
  creditNoteId: string,
  number: string,
  lines: CreditLine[],
  actor: Actor,
  at: string,
) {
  for (const [index, line] of lines.entries()) {
    const { restock, ...values } = line
    await db
      .insertInto('invoiceLines')
      .values({
        id: newId(),
        invoiceId: creditNoteId,
        position: index + 1,
        ...values,
        restocked: restock ? 1 : 0,
      })
      .execute()
    if (restock && line.partId) {
      await postMovement(
        db,
        {
          partId: line.partId,
          kind: 'sale_return',
          quantity: line.quantity,
          // The ledger moves everything but receipts at the average cost; the sold cost is kept for when it can.
          unitCostMinor: line.unitCostMinor,
          reason: number,
          documentType: 'invoice',
          documentId: creditNoteId,
        },
        actor,
        at,
      )
    }
  }
}

/**
 * How the money goes back, per tender. 'original': the invoice's own tenders, newest payment first,
 * each up to what it brought in less what earlier credit notes gave back in that tender.
 */
async function refundPlan(
  db: Executor,
  invoice: InvoiceRow,
  refundTo: RefundTo,
  amountMinor: number,
  refunded: Map<string, number>,
): Promise<{ tender: string; amountMinor: number }[]> {
  if (amountMinor === 0) return []
  if (refundTo === 'store_credit' && !invoice.customerId) {
    throw refusal(
      'VALIDATION',
      'Store credit belongs to a customer: this invoice has none.',
      'storeCreditNeedsCustomer',
      {
        refundTo: 'invalid',
      },
    )
  }
  if (refundTo !== 'original') return [{ tender: refundTo, amountMinor }]
  const sources = await moneySources(db, invoice.id, invoice.ticketId)
  const room = new Map<string, number>()
  for (const source of sources) room.set(source.tender, (room.get(source.tender) ?? 0) + source.amountMinor)
  for (const [tender, amount] of refunded) room.set(tender, (room.get(tender) ?? 0) - amount)
  const plan = new Map<string, number>()
  let left = amountMinor
  for (const source of sources) {
    const take = Math.min(left, source.amountMinor, Math.max(0, room.get(source.tender) ?? 0))
    if (take <= 0) continue
    room.set(source.tender, (room.get(source.tender) ?? 0) - take)
    plan.set(source.tender, (plan.get(source.tender) ?? 0) + take)
    left -= take
  }
  if (left > 0) throw refusal('CONFLICT', 'That would give back more than was paid.', 'moreThanPaid')
  return [...plan].map(([tender, amount]) => ({ tender, amountMinor: amount }))
}

/** One refund paid out: the payment row, and the cash out of the drawer or the store credit given. */
async function payOutRefund(
  db: Executor,
  refund: {
    invoice: InvoiceRow
    creditNoteId: string
    sessionId: string
    tender: string
    amountMinor: number
  },
  actor: Actor,
  at: string,
): Promise<void> {
  if (refund.tender === 'cash') await requireCash(db, refund.sessionId, refund.amountMinor)
  const paymentId = newId()
  await db
    .insertInto('payments')
    .values({
      id: paymentId,
      kind: 'refund',
      invoiceId: refund.invoice.id,
      creditNoteId: refund.creditNoteId,
      customerId: refund.invoice.customerId,
      tender: refund.tender,
      amountMinor: refund.amountMinor,
      tenderedMinor: null,
      reference: '',
      drawerSessionId: refund.sessionId,
      createdAt: at,
      createdBy: actor.id,
    })
    .execute()
  if (refund.tender === 'cash') {
    await addCashMovement(
      db,
      {
        sessionId: refund.sessionId,
        kind: 'refund',
        amountMinor: -refund.amountMinor,
        reason: refund.invoice.number,
        paymentId,
      },
      actor,
      at,
    )
  }
  if (refund.tender === 'store_credit' && refund.invoice.customerId) {
    await db
      .insertInto('storeCredit')
      .values({
        id: newId(),
        customerId: refund.invoice.customerId,
        amountMinor: refund.amountMinor,
        invoiceId: refund.creditNoteId,
        paymentId,
        reason: 'refund',
        createdAt: at,
        createdBy: actor.id,
      })
      .execute()
  }
}

/** Records the official tax invoice (发票) number issued elsewhere; the latest one recorded is the current one. */
export async function setTaxInvoiceNumber(
  db: Executor,
  input: ParsedInput<'invoices.setTaxInvoiceNumber'>,
  actor: Actor,
): Promise<MethodOutput<'invoices.setTaxInvoiceNumber'>> {
  const row = await db
    .selectFrom('invoices')
    .select(['id', 'number'])
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'That invoice does not exist.', 'billing:errors.invoiceNotFound')
  await db
    .insertInto('invoiceTaxNumbers')
    .values({
      id: newId(),
      invoiceId: row.id,
      taxInvoiceNumber: input.taxInvoiceNumber,
      recordedAt: nowUtc(),
      recordedBy: actor.id,
    })
    .execute()
  await writeAudit(db, actor, 'invoices.setTaxInvoiceNumber', 'invoice', row.id, {
    number: row.number,
    taxInvoiceNumber: input.taxInvoiceNumber,
  })
  return getInvoice(db, { id: row.id })
}

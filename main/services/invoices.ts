/**
 * Invoices: what a ticket or a sale would cost (preview), the pickup of a repaired device (invoice,
 * deposit, payment and the ticket collected in one transaction), counter sales (stock out in the
 * same transaction), paying a balance later, and reading them back.
 *
 * An issued invoice is never changed (the database refuses it): its number is taken from the
 * gapless 'invoice' sequence inside the issuing transaction, so a refused or failed write gives the
 * number back. Corrections are credit notes (refunds.ts).
 */
import type { MethodOutput, ParsedInput, Settings } from '../../shared/contract'
import { formatDocumentNumber } from '../../shared/domain/identifiers'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { findCustomerIds } from './customers'
import { requireOpenSession } from './drawer'
import { invoiceSummaries, readInvoice } from './invoices.queries'
import {
  applyInvoiceRules,
  counterLines,
  type LineInput,
  type PricedDocument,
  priceLines,
  ticketLines,
} from './invoiceLines'
import { applyDeposit, paymentTenderOf, storeCreditOf, takePayments, type Deposit } from './payments'
import { addToSalesBuckets } from './salesBuckets'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { postMovement, stockAvailability, type Movement } from './stock'
import { addTicketEvent } from './ticketEvents'
import { changeTicketStatus } from './tickets'

type InvoiceDiscount = { amountMinor: number; reason: string } | null

/** The ticket's lines and the counter's, priced; and the ticket's deposits. */
async function documentFor(
  db: Executor,
  input: { ticketId: string | null; lines: LineInput[]; invoiceDiscount: InvoiceDiscount; field: string },
  settings: Settings,
) {
  let warranty = false
  let deposits: Deposit[] = []
  let lines = await counterLines(db, input.lines, settings, input.field)
  if (input.ticketId) {
    const ticket = await db
      .selectFrom('tickets')
      .select(['id', 'warrantyOfTicketId'])
      .where('id', '=', input.ticketId)
      .executeTakeFirst()
    if (!ticket) throw notFound('ticket')
    warranty = ticket.warrantyOfTicketId !== null
    lines = [...(await ticketLines(db, ticket.id, settings)), ...lines]
    deposits = await db
      .selectFrom('ticketDeposits')
      .select(['tender', 'amountMinor'])
      .where('ticketId', '=', ticket.id)
      .orderBy('createdAt')
      .orderBy('id')
      .execute()
  }
  const depositMinor = deposits.reduce((total, deposit) => total + deposit.amountMinor, 0)
  const document = priceLines(
    applyInvoiceRules(lines, warranty),
    input.invoiceDiscount,
    settings.pricesIncludeTax,
  )
  return { document, warranty, deposits, depositMinor }
}

export async function previewInvoice(
  db: Executor,
  input: ParsedInput<'invoices.preview'>,
): Promise<MethodOutput<'invoices.preview'>> {
  const settings = await getSettings(db)
  const { document, warranty, deposits, depositMinor } = await documentFor(
    db,
    { ...input, field: 'lines' },
    settings,
  )
  return {
    currency: settings.currency,
    pricesIncludeTax: settings.pricesIncludeTax,
    warranty,
    lines: document.lines,
    netMinor: document.netMinor,
    discountMinor: document.discountMinor,
    taxMinor: document.taxMinor,
    totalMinor: document.totalMinor,
    depositMinor,
    deposits: deposits.map((deposit) => ({
      tender: paymentTenderOf(deposit.tender),
      amountMinor: deposit.amountMinor,
    })),
    depositReturnMinor: Math.max(0, depositMinor - document.totalMinor),
    dueMinor: Math.max(0, document.totalMinor - depositMinor),
  }
}

interface Issue {
  ticketId: string | null
  customerId: string | null
  reason: string
  note: string
  sessionId: string
}

/** Writes the invoice and its lines under the next gapless number. Answers its id and number. */
async function issueInvoice(
  db: Executor,
  issue: Issue,
  document: PricedDocument,
  settings: Settings,
  actor: Actor,
  at: string,
): Promise<{ id: string; number: string }> {
  const id = newId()
  const number = formatDocumentNumber(settings.outletCode, 'I', await nextSequence(db, 'invoice'))
  await db
    .insertInto('invoices')
    .values({
      id,
      number,
      kind: 'invoice',
      ticketId: issue.ticketId,
      customerId: issue.customerId,
      originalInvoiceId: null,
      reason: issue.reason,
      pricesIncludeTax: settings.pricesIncludeTax ? 1 : 0,
      currency: settings.currency,
      netMinor: document.netMinor,
      discountMinor: document.discountMinor,
      taxMinor: document.taxMinor,
      totalMinor: document.totalMinor,
      note: issue.note,
      issuedAt: at,
      issuedBy: actor.id,
      drawerSessionId: issue.sessionId,
    })
    .execute()
  if (document.lines.length > 0) {
    await db
      .insertInto('invoiceLines')
      .values(
        document.lines.map(({ source: _source, ...line }, position) => ({
          id: newId(),
          invoiceId: id,
          position,
          ...line,
        })),
      )
      .execute()
    await addToSalesBuckets(db, at, 'invoice', document.lines)
  }
  return { id, number }
}

/**
 * The pickup: the ticket becomes collected (its version checked), the invoice is issued with its
 * approved work, parts used and anything added, the deposit is applied and the clerk's payments
 * taken; what is not paid stays owed by the ticket's customer. One transaction, the caller's.
 */
export async function pickupTicket(
  db: Executor,
  input: ParsedInput<'tickets.pickup'>,
  actor: Actor,
): Promise<MethodOutput<'tickets.pickup'>> {
  const ticket = await changeTicketStatus(
    db,
    { id: input.ticketId, version: input.version, toStatus: 'collected', note: '' },
    actor,
  )
  const session = await requireOpenSession(db)
  const settings = await getSettings(db)
  const { document, deposits } = await documentFor(
    db,
    {
      ticketId: ticket.id,
      lines: input.extraLines,
      invoiceDiscount: input.invoiceDiscount,
      field: 'extraLines',
    },
    settings,
  )
  await requireStock(db, input.extraLines, settings, 'extraLines')
  const at = nowUtc()
  const issue = {
    ticketId: ticket.id,
    customerId: ticket.customer.id,
    reason: input.invoiceDiscount?.reason ?? '',
    note: input.note,
    sessionId: session.id,
  }
  const invoice = await issueInvoice(db, issue, document, settings, actor, at)
  await takeFromStock(db, document.lines, invoice, actor, at)
  const target = { invoiceId: invoice.id, customerId: issue.customerId, sessionId: session.id }
  const depositMinor = await applyDeposit(
    db,
    { ...target, totalMinor: document.totalMinor },
    { deposits, returnTo: input.depositReturn },
    actor,
    at,
  )
  const dueMinor = Math.max(0, document.totalMinor - depositMinor)
  await takePayments(db, { ...target, dueMinor, field: 'payments' }, input.payments, actor, at)
  const data = { number: invoice.number, totalMinor: document.totalMinor }
  await addTicketEvent(db, ticket.id, { kind: 'invoice', data, visibility: 'customer' }, actor, at)
  await writeAudit(db, actor, 'tickets.pickup', 'invoice', invoice.id, { ...input, number: invoice.number })
  return readInvoice(db, { id: invoice.id })
}

/**
 * Refuses selling more than is free to sell (on hand less what tickets have set aside), unless the
 * shop allows negative stock, naming the line; the ledger (postMovement) checks on hand again.
 */
async function requireStock(
  db: Executor,
  lines: LineInput[],
  settings: Settings,
  field: string,
): Promise<void> {
  if (settings.allowNegativeStock) return
  const wanted = new Map<string, number>()
  for (const [index, line] of lines.entries()) {
    if (line.kind !== 'part' || !line.partId) continue
    const quantity = (wanted.get(line.partId) ?? 0) + line.quantity
    wanted.set(line.partId, quantity)
    const { available } = await stockAvailability(db, line.partId)
    if (quantity > available) {
      throw new AppError(
        'VALIDATION',
        `Only ${Math.max(0, available)} in stock to sell; ${quantity} asked for.`,
        'billing:errors.notEnoughStock',
        { [`${field}.${index}.quantity`]: 'notEnoughStock' },
        { available: Math.max(0, available) },
      )
    }
  }
}

/** The parts sold at the counter leave stock through the ledger: a 'sale' movement against the invoice. */
async function takeFromStock(
  db: Executor,
  lines: PricedDocument['lines'],
  invoice: { id: string; number: string },
  actor: Actor,
  at: string,
): Promise<void> {
  for (const line of lines) {
    if (line.kind !== 'part' || line.source !== 'counter' || !line.partId) continue
    const movement: Movement = {
      partId: line.partId,
      kind: 'sale',
      quantity: -line.quantity,
      reason: invoice.number,
      // The ledger's document types do not name invoices yet; the movement points at the invoice.
      documentType: 'invoice',
      documentId: invoice.id,
    }
    await postMovement(db, movement, actor, at)
  }
}

async function requireCustomer(db: Executor, customerId: string | null): Promise<void> {
  if (!customerId) return
  const row = await db.selectFrom('customers').select('id').where('id', '=', customerId).executeTakeFirst()
  if (!row) throw notFound('customer')
}

/**
 * A counter sale: the invoice, its payments, and every part out of stock through the ledger ('sale'
 * movements against the invoice). A walk-in (no customer) pays in full; a known customer may owe.
 */
export async function sellAtCounter(
  db: Executor,
  input: ParsedInput<'invoices.sell'>,
  actor: Actor,
): Promise<MethodOutput<'invoices.sell'>> {
  const session = await requireOpenSession(db)
  await requireCustomer(db, input.customerId)
  const settings = await getSettings(db)
  const { document } = await documentFor(
    db,
    { ticketId: null, lines: input.lines, invoiceDiscount: input.invoiceDiscount, field: 'lines' },
    settings,
  )
  const paying = input.payments.reduce((sum, payment) => sum + payment.amountMinor, 0)
  if (!input.customerId && paying < document.totalMinor) {
    throw new AppError(
      'VALIDATION',
      'A sale without a customer is paid in full; choose the customer to leave a balance owed.',
      'billing:errors.walkInPaysInFull',
      { payments: 'tooSmall' },
    )
  }
  await requireStock(db, input.lines, settings, 'lines')
  const at = nowUtc()
  const issue = {
    ticketId: null,
    customerId: input.customerId,
    reason: input.invoiceDiscount?.reason ?? '',
    note: input.note,
    sessionId: session.id,
  }
  const invoice = await issueInvoice(db, issue, document, settings, actor, at)
  await takeFromStock(db, document.lines, invoice, actor, at)
  const target = { invoiceId: invoice.id, customerId: input.customerId, sessionId: session.id }
  await takePayments(
    db,
    { ...target, dueMinor: document.totalMinor, field: 'payments' },
    input.payments,
    actor,
    at,
  )
  await writeAudit(db, actor, 'invoices.sell', 'invoice', invoice.id, { ...input, number: invoice.number })
  return readInvoice(db, { id: invoice.id })
}

/** Pays (part of) what is still owed on an invoice, in one or several tenders. */
export async function payInvoice(
  db: Executor,
  input: ParsedInput<'invoices.pay'>,
  actor: Actor,
): Promise<MethodOutput<'invoices.pay'>> {
  const invoice = await readInvoice(db, { id: input.invoiceId })
  if (invoice.kind !== 'invoice' || invoice.paymentStatus === 'voided' || invoice.balanceMinor === 0) {
    throw new AppError(
      'CONFLICT',
      `Nothing is owed on ${invoice.number}.`,
      'billing:errors.nothingDue',
      undefined,
      {
        number: invoice.number,
      },
    )
  }
  const session = await requireOpenSession(db)
  const target = {
    invoiceId: invoice.id,
    customerId: invoice.customer?.id ?? null,
    sessionId: session.id,
    dueMinor: invoice.balanceMinor,
    field: 'payments',
  }
  await takePayments(db, target, input.payments, actor)
  await writeAudit(db, actor, 'invoices.pay', 'invoice', invoice.id, input)
  return readInvoice(db, { id: invoice.id })
}

export async function getInvoice(
  db: Executor,
  input: ParsedInput<'invoices.get'>,
): Promise<MethodOutput<'invoices.get'>> {
  return readInvoice(db, { id: input.id })
}

/** A scan of the printed barcode or a typed number ("sc01-i000012" works too). */
export async function findInvoiceByNumber(
  db: Executor,
  input: ParsedInput<'invoices.findByNumber'>,
): Promise<MethodOutput<'invoices.findByNumber'>> {
  return readInvoice(db, { number: input.number.trim().toUpperCase() })
}

/** Newest first; a query matches the number or the customer's name or phone (the customer search). */
export async function listInvoices(
  db: Executor,
  input: ParsedInput<'invoices.list'>,
): Promise<MethodOutput<'invoices.list'>> {
  const query = input.query.trim()
  const search =
    query === ''
      ? {}
      : { numberLike: query.toUpperCase(), customerIds: await findCustomerIds(db, query, 200) }
  const rows = await invoiceSummaries(db, { ...input, ...search })
  const items = rows.slice(0, input.limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > input.limit && last ? `${last.issuedAt}|${last.id}` : null }
}

export async function invoicesForTicket(
  db: Executor,
  input: ParsedInput<'invoices.forTicket'>,
): Promise<MethodOutput<'invoices.forTicket'>> {
  return invoiceSummaries(db, {
    from: null,
    to: null,
    kind: null,
    dueOnly: false,
    ticketId: input.ticketId,
    cursor: null,
    limit: 200,
  })
}

export async function storeCreditBalance(
  db: Executor,
  input: ParsedInput<'customers.storeCredit'>,
): Promise<MethodOutput<'customers.storeCredit'>> {
  await requireCustomer(db, input.customerId)
  return { balanceMinor: await storeCreditOf(db, input.customerId) }
}

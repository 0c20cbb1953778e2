/**
 * Writes a busy outlet's money with raw prepared statements, day by day through the drawer calendar:
 * the drawer opened with its float, ticket pickups and counter sales with their payments (deposits
 * applied, cash with change, card, WeChat Pay, Alipay, splits, store credit), voids and returns by
 * credit note with their refunds, trade customers settling by transfer each month, cash paid in and
 * out, and the drawer closed with the cash counted and its Z report frozen. The rows are the ones
 * the invoice, refund and drawer services write (numbers gapless and taken in time order, figures the
 * sums of the lines, every cash payment and refund a cash movement of its session); ids and times
 * are the plan's, as in rawWriter.ts.
 */
import type SQLite from 'better-sqlite3'
import { V7Generator } from 'uuidv7'
import { formatDocumentNumber } from '../shared/domain/identifiers'
import type { Actor } from '../main/services/context'
import type { DrawerDay } from './moneyPlan'
import type { PricedLine, PricedDocument } from './moneyPlan'
import { labourSearchText } from '../main/services/labour'
import { labourCatalogue, tenderReference } from './moneyData'
import { ZTally } from './zTally'
import type { Random } from './shopData'

export type Tender = 'cash' | 'card' | 'wechat' | 'alipay' | 'transfer' | 'store_credit' | 'deposit'

/** What a later credit note or payment needs to know of an issued invoice. */
export interface Issued {
  id: string
  number: string
  customerId: string | null
  ticketId: string | null
  at: number
  lines: (PricedLine & { id: string })[]
  totalMinor: number
  /** New money paid on it, by tender (deposits applied are not among them). */
  payments: { tender: Tender; amountMinor: number }[]
  depositMinor: number
  dueMinor: number
}

export interface MoneyCounts {
  sessions: number
  invoices: number
  creditNotes: number
  lines: number
  payments: number
  cashMovements: number
  storeCredit: number
  rows: number
}

type Statements = Record<
  'session' | 'invoice' | 'line' | 'payment' | 'cash' | 'credit' | 'event' | 'audit',
  SQLite.Statement
>

export class MoneyRows {
  private readonly ids: V7Generator
  private readonly statements: Statements
  private invoiceSequence = 0
  private creditNoteSequence = 0
  readonly storeCredit = new Map<string, number>()
  readonly counts: MoneyCounts = {
    sessions: 0,
    invoices: 0,
    creditNotes: 0,
    lines: 0,
    payments: 0,
    cashMovements: 0,
    storeCredit: 0,
    rows: 0,
  }

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly outletCode: string,
    private readonly actor: Actor,
    private readonly random: Random,
  ) {
    this.ids = new V7Generator(random)
    const insert = (table: string, columns: string[]) =>
      sqlite.prepare(
        `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) ` +
          `values (${columns.map((column) => `@${column}`).join(', ')})`,
      )
    this.statements = {
      session: insert('drawerSessions', [
        'id',
        'number',
        'status',
        'floatMinor',
        'openedAt',
        'openedBy',
        'closedAt',
        'closedBy',
        'expectedMinor',
        'countedMinor',
        'varianceMinor',
        'denominations',
        'note',
        'zReport',
      ]),
      invoice: insert('invoices', [
        'id',
        'number',
        'kind',
        'ticketId',
        'customerId',
        'originalInvoiceId',
        'reason',
        'isVoid',
        'pricesIncludeTax',
        'currency',
        'netMinor',
        'discountMinor',
        'taxMinor',
        'totalMinor',
        'note',
        'issuedAt',
        'issuedBy',
        'drawerSessionId',
      ]),
      line: insert('invoiceLines', [
        'id',
        'invoiceId',
        'position',
        'kind',
        'labourItemId',
        'partId',
        'description',
        'quantity',
        'unitPriceMinor',
        'discountMinor',
        'discountReason',
        'taxRateBp',
        'netMinor',
        'taxMinor',
        'totalMinor',
        'unitCostMinor',
        'warrantyDays',
        'originalLineId',
        'restocked',
      ]),
      payment: insert('payments', [
        'id',
        'kind',
        'invoiceId',
        'creditNoteId',
        'customerId',
        'tender',
        'amountMinor',
        'tenderedMinor',
        'changeMinor',
        'reference',
        'drawerSessionId',
        'createdAt',
        'createdBy',
      ]),
      cash: insert('cashMovements', [
        'id',
        'sessionId',
        'kind',
        'amountMinor',
        'reason',
        'paymentId',
        'createdAt',
        'createdBy',
      ]),
      credit: insert('storeCredit', [
        'id',
        'customerId',
        'amountMinor',
        'invoiceId',
        'paymentId',
        'reason',
        'createdAt',
        'createdBy',
      ]),
      event: insert('ticketEvents', [
        'id',
        'ticketId',
        'kind',
        'fromStatus',
        'toStatus',
        'note',
        'amountMinor',
        'actorId',
        'createdAt',
        'visibility',
        'data',
      ]),
      audit: insert('auditLog', ['id', 'at', 'actorId', 'action', 'entity', 'entityId', 'data']),
    }
  }

  newId(at: number): string {
    return this.ids.generateOrResetWithTs(at).toString()
  }

  audit(at: number, action: string, entity: string, entityId: string, data: unknown): void {
    this.statements.audit.run({
      id: this.newId(at),
      at: new Date(at).toISOString(),
      actorId: this.actor.id,
      action,
      entity,
      entityId,
      data: JSON.stringify(data),
    })
    this.counts.rows += 1
  }

  cashMovement(
    session: DrawerDay,
    tally: ZTally,
    movement: {
      kind: 'float' | 'sale' | 'refund' | 'paid_in' | 'paid_out'
      amountMinor: number
      reason: string
    },
    paymentId: string | null,
    at: number,
  ): void {
    this.statements.cash.run({
      id: this.newId(at),
      sessionId: session.id,
      ...movement,
      paymentId,
      createdAt: new Date(at).toISOString(),
      createdBy: this.actor.id,
    })
    if (movement.kind !== 'float') tally.cashMovement(movement.kind, movement.amountMinor)
    if (movement.kind === 'paid_in' || movement.kind === 'paid_out') {
      tally.paidMovements.push({
        kind: movement.kind,
        amountMinor: Math.abs(movement.amountMinor),
        reason: movement.reason,
        createdAt: new Date(at).toISOString(),
      })
    }
    this.counts.cashMovements += 1
    this.counts.rows += 1
  }

  /** An invoice or credit note with its lines; the number taken from its gapless sequence. */
  document(
    session: DrawerDay,
    tally: ZTally,
    document: PricedDocument & { reason: string },
    meta: {
      kind: 'invoice' | 'credit_note'
      ticketId: string | null
      customerId: string | null
      original: Issued | null
      isVoid: boolean
      originalLineIds?: string[]
    },
    at: number,
  ): { id: string; number: string; lines: (PricedLine & { id: string })[] } {
    const invoice = meta.kind === 'invoice'
    const sequence = invoice ? ++this.invoiceSequence : ++this.creditNoteSequence
    const number = formatDocumentNumber(this.outletCode, invoice ? 'I' : 'C', sequence)
    const id = this.newId(at)
    this.statements.invoice.run({
      id,
      number,
      kind: meta.kind,
      ticketId: meta.ticketId,
      customerId: meta.customerId,
      originalInvoiceId: meta.original?.id ?? null,
      reason: document.reason,
      isVoid: meta.isVoid ? 1 : 0,
      pricesIncludeTax: 1,
      currency: 'CNY',
      netMinor: document.netMinor,
      discountMinor: document.discountMinor,
      taxMinor: document.taxMinor,
      totalMinor: document.totalMinor,
      note: '',
      issuedAt: new Date(at).toISOString(),
      issuedBy: this.actor.id,
      drawerSessionId: session.id,
    })
    const lines = document.lines.map((line, index) => {
      const lineId = this.newId(at)
      const { ownDiscountMinor: _own, ...columns } = line
      this.statements.line.run({
        ...columns,
        id: lineId,
        invoiceId: id,
        position: index + 1,
        originalLineId: meta.originalLineIds?.[index] ?? null,
        restocked: 0,
      })
      if (invoice) tally.taxLine(line.taxRateBp, line.netMinor, line.taxMinor)
      return { ...line, id: lineId }
    })
    if (invoice) tally.invoice(document)
    else tally.creditNote(document.totalMinor, meta.isVoid)
    this.counts[invoice ? 'invoices' : 'creditNotes'] += 1
    this.counts.lines += lines.length
    this.counts.rows += 1 + lines.length
    return { id, number, lines }
  }

  /** A payment in (or a deposit applied, or a refund out) with its cash movement or store credit. */
  payment(
    session: DrawerDay,
    tally: ZTally,
    payment: {
      kind: 'payment' | 'deposit_applied' | 'refund'
      invoice: { id: string; number: string; customerId: string | null }
      creditNote?: { id: string; number: string }
      tender: Tender
      amountMinor: number
      tenderedMinor?: number
    },
    at: number,
  ): void {
    const id = this.newId(at)
    const refund = payment.kind === 'refund'
    const { tender, amountMinor } = payment
    const tenderedMinor = payment.tenderedMinor ?? null
    this.statements.payment.run({
      id,
      kind: payment.kind,
      invoiceId: payment.invoice.id,
      creditNoteId: payment.creditNote?.id ?? null,
      customerId: payment.invoice.customerId,
      tender,
      amountMinor,
      tenderedMinor,
      changeMinor: tenderedMinor === null ? 0 : tenderedMinor - amountMinor,
      reference: refund ? '' : tenderReference(this.random, tender),
      drawerSessionId: session.id,
      createdAt: new Date(at).toISOString(),
      createdBy: this.actor.id,
    })
    this.counts.payments += 1
    this.counts.rows += 1
    if (payment.kind !== 'deposit_applied')
      tally.tender(tender, refund ? 0 : amountMinor, refund ? amountMinor : 0)
    const documentNumber = payment.creditNote?.number ?? payment.invoice.number
    if (tender === 'cash') {
      this.cashMovement(
        session,
        tally,
        {
          kind: refund ? 'refund' : 'sale',
          amountMinor: refund ? -amountMinor : amountMinor,
          reason: documentNumber,
        },
        id,
        at,
      )
    }
    if (tender === 'store_credit' && payment.invoice.customerId) {
      const customerId = payment.invoice.customerId
      const signed = refund ? amountMinor : -amountMinor
      this.statements.credit.run({
        id: this.newId(at),
        customerId,
        amountMinor: signed,
        invoiceId: payment.creditNote?.id ?? payment.invoice.id,
        paymentId: id,
        reason: documentNumber,
        createdAt: new Date(at).toISOString(),
        createdBy: this.actor.id,
      })
      this.storeCredit.set(customerId, (this.storeCredit.get(customerId) ?? 0) + signed)
      this.counts.storeCredit += 1
      this.counts.rows += 1
    }
  }

  /** The timeline's invoice event on a picked-up ticket (visible to the customer). */
  ticketEvent(ticketId: string, number: string, totalMinor: number, at: number): void {
    this.statements.event.run({
      id: this.newId(at),
      ticketId,
      kind: 'invoice',
      fromStatus: null,
      toStatus: null,
      note: '',
      amountMinor: null,
      actorId: this.actor.id,
      createdAt: new Date(at).toISOString(),
      visibility: 'customer',
      data: JSON.stringify({ number, totalMinor }),
    })
    this.counts.rows += 1
  }

  /** The session's row: closed with its count and frozen Z report, or still open. */
  session(
    session: DrawerDay,
    floatMinor: number,
    close: {
      expectedMinor: number
      countedMinor: number
      denominations: Record<string, number>
      note: string
      zReport: unknown
    } | null,
  ): void {
    this.statements.session.run({
      id: session.id,
      number: session.number,
      status: close ? 'closed' : 'open',
      floatMinor,
      openedAt: new Date(session.openedAt).toISOString(),
      openedBy: this.actor.id,
      closedAt: close && session.closedAt !== null ? new Date(session.closedAt).toISOString() : null,
      closedBy: close ? this.actor.id : null,
      expectedMinor: close?.expectedMinor ?? null,
      countedMinor: close?.countedMinor ?? null,
      varianceMinor: close ? close.countedMinor - close.expectedMinor : null,
      denominations: close ? JSON.stringify(close.denominations) : null,
      note: close?.note ?? '',
      zReport: close ? JSON.stringify(close.zReport) : null,
    })
    this.counts.sessions += 1
    this.counts.rows += 1
  }

  /** The labour price list, as labour.create writes it; the items' ids in labourCatalogue's order. */
  labourItems(at: number): string[] {
    const insert = this.sqlite.prepare(
      'insert into "labourItems" ("id", "name", "category", "priceMinor", "standardMinutes", "warrantyDays", ' +
        '"taxRateBp", "active", "searchText", "createdAt", "updatedAt") values (@id, @name, @category, ' +
        '@priceMinor, @standardMinutes, @warrantyDays, @taxRateBp, 1, @searchText, @at, @at)',
    )
    return labourCatalogue.map((entry) => {
      const id = this.newId(at)
      const { devices: _devices, ...input } = entry
      insert.run({ id, ...input, searchText: labourSearchText(input), at: new Date(at).toISOString() })
      this.audit(at, 'labour.create', 'labourItem', id, input)
      this.counts.rows += 1
      return id
    })
  }

  /** The sequences' next values, as nextSequence leaves them. */
  finish(sessions: number): void {
    const sequence = this.sqlite.prepare(
      'insert into "documentSequences" ("name", "nextValue") values (?, ?)',
    )
    sequence.run('invoice', this.invoiceSequence + 1)
    sequence.run('creditNote', this.creditNoteSequence + 1)
    sequence.run('drawer', sessions + 1)
  }
}

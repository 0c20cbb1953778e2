/**
 * Five years of a busy outlet's money, written after its tickets and stock (generate.ts): about
 * 300,000 documents, most of them the invoices of collected tickets (picked up in business hours,
 * paid with what the customer had left as a deposit and then cash, card, WeChat Pay or Alipay, now
 * and then split or partly left owing), counter sales, and about 2 % credit notes (voids the same
 * day, returns within a fortnight) with their refunds; trade customers (the busiest by tickets) buy
 * on account and settle by transfer on the 5th of the next month, so a few thousand owe money at the
 * end. One drawer session a business day (the last one open) with its float, cash movements and
 * frozen Z report.
 */
import type SQLite from 'better-sqlite3'
import { salesBucketsBackfill } from '../main/db/migrations/0008_sales_buckets'
import type { Actor } from '../main/services/context'
import {
  cashTendered,
  countByDenomination,
  floatMinor,
  paidInReason,
  paidOutReasons,
  payingTender,
} from './moneyData'
import { type DocumentContext, isCounterPart, pickupDocument, saleDocument } from './moneyDocuments'
import { loadMoneyInputs, type MoneyInputs, type TicketFacts } from './moneyInputs'
import { type DrawerCalendar, type DrawerDay, momentIn, pickupTime, shareOut } from './moneyPlan'
import { creditInvoice, payInvoice } from './moneyPayments'
import { type Issued, type MoneyCounts, MoneyRows, type Tender } from './rawMoneyWriter'
import { Random } from './shopData'
import { ZTally } from './zTally'

export interface MoneySize {
  /** Documents (invoices and credit notes) over the whole period. */
  invoices: number
}

export interface MoneyOptions {
  size: MoneySize
  seed: number
  end: number
  calendar: DrawerCalendar
  outletCode: string
  actor: Actor
  log: (line: string) => void
}

type MoneyEvent =
  | { at: number; type: 'pickup'; ticket: TicketFacts }
  | { at: number; type: 'sale' }
  | { at: number; type: 'creditNote'; invoice: Issued; isVoid: boolean }
  | { at: number; type: 'settle'; invoice: Issued; tender: Tender }
  | { at: number; type: 'paid'; kind: 'paid_in' | 'paid_out'; amountMinor: number; reason: string }

/** The shop's VAT: 13 % on repairs and goods (修理修配劳务), prices shown with tax. */
export const shopTaxRateBp = 1300
const creditNoteShare = 0.02
const counterSaleShare = 0.18

class MoneyWriter {
  readonly rows: MoneyRows
  private readonly random: Random
  private readonly context: DocumentContext
  private readonly scheduled: MoneyEvent[][]
  /** Trade customers' invoices awaiting the month's transfer. */
  private readonly due = new Map<string, Issued[]>()
  private readonly accountList: string[]
  private readonly depositsBySession = new Map<string, [string, number][]>()
  private invoicesLeft: number
  private creditNotesOwed: number

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly options: MoneyOptions,
    private readonly inputs: MoneyInputs,
    invoices: number,
    creditNotes: number,
  ) {
    this.random = new Random(options.seed ^ 0x3e7a)
    this.rows = new MoneyRows(sqlite, options.outletCode, options.actor, new Random(options.seed ^ 0x1d5))
    const saleable = inputs.parts.filter((part) => part.active && part.priceMinor > 0)
    this.context = {
      random: this.random,
      shopTaxRateBp,
      // The price list, the day before the first drawer opened.
      labourIds: this.rows.labourItems(options.calendar.days[0]!.openedAt - 24 * 3600 * 1000),
      partById: inputs.partById,
      counterParts: saleable.filter(isCounterPart),
      saleableParts: saleable,
    }
    this.scheduled = options.calendar.days.map(() => [])
    this.accountList = [...inputs.accountCustomers]
    this.invoicesLeft = invoices
    this.creditNotesOwed = creditNotes
    const deposits = sqlite
      .prepare(
        'select "drawerSessionId", "tender", "amountMinor" from "ticketDeposits" where "drawerSessionId" is not null',
      )
      .raw()
      .iterate() as Iterable<[string, string, number]>
    for (const [sessionId, tender, amountMinor] of deposits) {
      const list = this.depositsBySession.get(sessionId) ?? []
      list.push([tender, amountMinor])
      this.depositsBySession.set(sessionId, list)
    }
  }

  /** Pickups and counter sales go into the sessions they happen in. */
  plan(pickups: TicketFacts[], pickupAt: Map<string, number>, counterSales: number): void {
    const { calendar } = this.options
    for (const ticket of pickups) {
      const at = pickupAt.get(ticket.id)!
      this.scheduled[calendar.at(at).index]!.push({ at, type: 'pickup', ticket })
    }
    const perSession = shareOut(
      this.random,
      calendar.days.map((session) => session.weight),
      counterSales,
    )
    calendar.days.forEach((session, index) => {
      for (let sale = 0; sale < perSession[index]!; sale += 1)
        this.scheduled[index]!.push({ at: momentIn(this.random, session), type: 'sale' })
    })
  }

  runSession(session: DrawerDay): void {
    const { random, rows } = this
    const tally = new ZTally(floatMinor)
    rows.cashMovement(
      session,
      tally,
      { kind: 'float', amountMinor: floatMinor, reason: '' },
      null,
      session.openedAt,
    )
    rows.audit(session.openedAt, 'drawer.open', 'drawerSession', session.id, {
      number: session.number,
      floatMinor,
    })
    for (const [tender, amountMinor] of this.depositsBySession.get(session.id) ?? [])
      tally.deposit(tender, amountMinor)
    const events = this.scheduled[session.index]!
    this.scheduled[session.index] = []
    this.settlements(session, events)
    const paidOuts = random.next() < 0.4 ? 0 : random.next() < 0.67 ? 1 : 2
    for (let index = 0; index < paidOuts; index += 1) {
      const [reason, low, high] = random.pick(paidOutReasons)
      const amountMinor = Math.round((low + random.next() * (high - low)) / 100) * 100
      events.push({ at: momentIn(random, session), type: 'paid', kind: 'paid_out', amountMinor, reason })
    }
    if (random.chance(0.05))
      events.push({
        at: momentIn(random, session),
        type: 'paid',
        kind: 'paid_in',
        amountMinor: 20000,
        reason: paidInReason,
      })
    events.sort((a, b) => a.at - b.at)
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index]!
      const later = this.runEvent(session, tally, event)
      if (later) {
        // Later the same day: into the queue at its time.
        let position = index + 1
        while (position < events.length && events[position]!.at <= later.at) position += 1
        events.splice(position, 0, later)
      }
    }
    this.close(session, tally)
  }

  /** Trade customers pay last month's invoices by transfer on the 5th (a quarter of them a month late). */
  private settlements(session: DrawerDay, events: MoneyEvent[]): void {
    const date = new Date(session.openedAt)
    if (date.getUTCDate() !== 5) return
    const monthStart = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
    for (const [customerId, invoices] of this.due) {
      const settled = invoices.filter((invoice) => invoice.at < monthStart)
      if (settled.length === 0 || this.random.chance(0.25)) continue
      this.due.set(
        customerId,
        invoices.filter((invoice) => invoice.at >= monthStart),
      )
      for (const invoice of settled)
        events.push({ at: momentIn(this.random, session), type: 'settle', invoice, tender: 'transfer' })
    }
  }

  private runEvent(session: DrawerDay, tally: ZTally, event: MoneyEvent): MoneyEvent | null {
    switch (event.type) {
      case 'pickup':
        return this.pickup(session, tally, event.ticket, event.at)
      case 'sale':
        return this.sale(session, tally, event.at)
      case 'creditNote':
        creditInvoice(this.rows, this.random, session, tally, event.invoice, event.isVoid, event.at)
        return null
      case 'settle': {
        const { invoice, tender } = event
        const amountMinor = invoice.dueMinor
        const tenderedMinor = tender === 'cash' ? cashTendered(this.random, amountMinor) : undefined
        this.rows.payment(
          session,
          tally,
          { kind: 'payment', invoice, tender, amountMinor, tenderedMinor },
          event.at,
        )
        this.rows.audit(event.at, 'invoices.pay', 'invoice', invoice.id, {
          number: invoice.number,
          amountMinor,
        })
        invoice.payments.push({ tender, amountMinor })
        invoice.dueMinor = 0
        return null
      }
      case 'paid':
        this.rows.cashMovement(
          session,
          tally,
          {
            kind: event.kind,
            amountMinor: event.kind === 'paid_in' ? event.amountMinor : -event.amountMinor,
            reason: event.reason,
          },
          null,
          event.at,
        )
        this.rows.audit(event.at, 'drawer.move', 'drawerSession', session.id, {
          kind: event.kind,
          amountMinor: event.amountMinor,
          reason: event.reason,
        })
        return null
    }
  }

  private pickup(session: DrawerDay, tally: ZTally, ticket: TicketFacts, at: number): MoneyEvent | null {
    const document = pickupDocument(this.context, ticket, this.inputs.usedParts.get(ticket.id) ?? [])
    const written = this.rows.document(
      session,
      tally,
      document,
      { kind: 'invoice', ticketId: ticket.id, customerId: ticket.customerId, original: null, isVoid: false },
      at,
    )
    const depositMinor = Math.min(ticket.depositMinor, document.totalMinor)
    const issued: Issued = {
      ...written,
      customerId: ticket.customerId,
      ticketId: ticket.id,
      at,
      totalMinor: document.totalMinor,
      payments: [],
      depositMinor,
      dueMinor: 0,
    }
    if (depositMinor > 0)
      this.rows.payment(
        session,
        tally,
        { kind: 'deposit_applied', invoice: issued, tender: 'deposit', amountMinor: depositMinor },
        at,
      )
    const rest = document.totalMinor - depositMinor
    const onAccount = this.inputs.accountCustomers.has(ticket.customerId) && this.random.chance(0.8)
    if (onAccount) issued.dueMinor = rest
    else if (rest > 10000 && this.random.chance(0.02))
      issued.dueMinor = Math.min(rest - 1000, (5 + this.random.int(26)) * 1000)
    payInvoice(this.rows, this.random, session, tally, issued, rest - issued.dueMinor, at)
    this.rows.ticketEvent(ticket.id, issued.number, issued.totalMinor, at)
    this.rows.audit(at, 'tickets.pickup', 'ticket', ticket.id, {
      number: issued.number,
      totalMinor: issued.totalMinor,
    })
    return this.afterIssue(session, issued, onAccount)
  }

  private sale(session: DrawerDay, tally: ZTally, at: number): MoneyEvent | null {
    const { random } = this
    const customerId = !random.chance(0.25)
      ? null
      : random.chance(0.5) && this.accountList.length > 0
        ? random.pick(this.accountList)
        : random.pick(this.inputs.customerIds)
    const document = saleDocument(this.context)
    const written = this.rows.document(
      session,
      tally,
      document,
      { kind: 'invoice', ticketId: null, customerId, original: null, isVoid: false },
      at,
    )
    const issued: Issued = {
      ...written,
      customerId,
      ticketId: null,
      at,
      totalMinor: document.totalMinor,
      payments: [],
      depositMinor: 0,
      dueMinor: 0,
    }
    const onAccount =
      customerId !== null && this.inputs.accountCustomers.has(customerId) && random.chance(0.7)
    if (onAccount) issued.dueMinor = document.totalMinor
    payInvoice(this.rows, this.random, session, tally, issued, document.totalMinor - issued.dueMinor, at)
    this.rows.audit(at, 'invoices.sell', 'invoice', issued.id, {
      number: issued.number,
      totalMinor: issued.totalMinor,
    })
    return this.afterIssue(session, issued, onAccount)
  }

  /** What an invoice leads to later: its monthly settlement, a late payment, or a credit note. */
  private afterIssue(session: DrawerDay, issued: Issued, onAccount: boolean): MoneyEvent | null {
    const { random } = this
    const { calendar } = this.options
    const chosen = random.next() * this.invoicesLeft < this.creditNotesOwed
    this.invoicesLeft -= 1
    if (issued.dueMinor > 0) {
      if (onAccount && issued.customerId) {
        const list = this.due.get(issued.customerId) ?? []
        list.push(issued)
        this.due.set(issued.customerId, list)
      } else if (random.chance(0.5)) {
        const later = session.index + 1 + random.int(30)
        if (later < calendar.days.length) {
          const day = calendar.days[later]!
          this.scheduled[later]!.push({
            at: momentIn(random, day),
            type: 'settle',
            invoice: issued,
            tender: payingTender(random),
          })
        }
      }
      return null
    }
    if (!chosen || issued.totalMinor === 0) return null
    this.creditNotesOwed -= 1
    const isVoid = issued.depositMinor === 0 && random.chance(0.35)
    const later = session.index + 1 + random.int(14)
    if (!isVoid && later < calendar.days.length) {
      const day = calendar.days[later]!
      this.scheduled[later]!.push({ at: momentIn(random, day), type: 'creditNote', invoice: issued, isVoid })
      return null
    }
    const closing = session.windows.at(-1)![1] - 1
    const at = Math.max(issued.at + 1, Math.min(issued.at + (5 + random.int(85)) * 60_000, closing))
    return { at, type: 'creditNote', invoice: issued, isVoid }
  }

  private close(session: DrawerDay, tally: ZTally): void {
    const { random, rows } = this
    if (session.closedAt === null) {
      rows.session(session, floatMinor, null)
      return
    }
    const expectedMinor = tally.expectedMinor
    const variance = random.chance(0.88) ? 0 : (random.chance(0.5) ? -1 : 1) * (1 + random.int(20)) * 100
    const countedMinor = Math.max(0, expectedMinor + variance)
    const name = this.options.actor.name
    const zReport = tally.report(
      {
        id: session.id,
        number: session.number,
        openedAt: new Date(session.openedAt).toISOString(),
        closedAt: new Date(session.closedAt).toISOString(),
        openedByName: name,
        closedByName: name,
      },
      countedMinor,
    )
    const note =
      countedMinor === expectedMinor ? '' : countedMinor < expectedMinor ? '短款，已登记' : '长款，已登记'
    rows.session(session, floatMinor, {
      expectedMinor,
      countedMinor,
      denominations: countByDenomination(countedMinor),
      note,
      zReport,
    })
    rows.audit(session.closedAt, 'drawer.close', 'drawerSession', session.id, {
      number: session.number,
      expectedMinor,
      countedMinor,
    })
  }
}

export function writeMoney(sqlite: SQLite.Database, options: MoneyOptions): MoneyCounts {
  const { calendar, log } = options
  const started = performance.now()
  const inputs = loadMoneyInputs(sqlite)
  const random = new Random(options.seed ^ 0x91c)
  const total = options.size.invoices
  const creditNotes = Math.round(total * creditNoteShare)
  const collected = inputs.tickets.filter((ticket) => ticket.status === 'collected')
  const pickups = Math.min(collected.length, total - creditNotes - Math.round(total * counterSaleShare))
  const counterSales = total - creditNotes - pickups
  // Which collected tickets were charged for (selection sampling: exactly `pickups`, in order).
  const charged: TicketFacts[] = []
  const pickupAt = new Map<string, number>()
  let needed = pickups
  collected.forEach((ticket, index) => {
    pickupAt.set(ticket.id, pickupTime(ticket.updatedAt, ticket.createdAt, options.end))
    if (random.next() * (collected.length - index) < needed) {
      charged.push(ticket)
      needed -= 1
    }
  })
  const money = sqlite.transaction(() => {
    sqlite.prepare('update "settings" set "taxRateBp" = ?, "pricesIncludeTax" = 1').run(shopTaxRateBp)
    const collect = sqlite.prepare('update "tickets" set "collectedAt" = ?, "updatedAt" = ? where "id" = ?')
    for (const [id, at] of pickupAt) {
      const iso = new Date(at).toISOString()
      collect.run(iso, iso, id)
    }
    const writer = new MoneyWriter(sqlite, options, inputs, pickups + counterSales, creditNotes)
    writer.plan(charged, pickupAt, counterSales)
    return writer
  })()
  const batch = Math.max(1, Math.ceil(calendar.days.length / 8))
  for (let first = 0; first < calendar.days.length; first += batch) {
    sqlite.transaction(() => {
      for (const session of calendar.days.slice(first, first + batch)) money.runSession(session)
    })()
    const { counts } = money.rows
    log(
      `  ${String(Math.round((Math.min(first + batch, calendar.days.length) / calendar.days.length) * 100)).padStart(3)}%  ` +
        `${(counts.invoices + counts.creditNotes).toLocaleString('en')} invoices and credit notes, ` +
        `${counts.payments.toLocaleString('en')} payments, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
  }
  sqlite.transaction(() => {
    money.rows.finish(calendar.days.length)
    // The lines were written raw: their hourly sales sums come from the migration's own backfill.
    sqlite.exec(salesBucketsBackfill)
  })()
  return money.rows.counts
}

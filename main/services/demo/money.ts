/**
 * The demo shop's money: a drawer session each business day (float in the morning, cash counted by
 * note and coin at closing, the Z report frozen with it), pickups and counter sales paid in the
 * tenders the shop's customers use (now and then split, now and then left owing), a balance paid
 * later by transfer, a return refunded and a mistaken sale voided. All through the money services.
 */
import type { Locale, ParsedInput } from '../../../shared/contract'
import { denominationsFor } from '../../../shared/domain/cash'
import type { PaymentInput } from '../../../shared/schemas/invoices'
import type { Actor, Executor } from '../context'
import { closeDrawer, currentDrawer, moveCash, openDrawer } from '../drawer'
import { getInvoice, payInvoice, pickupTicket, previewInvoice, sellAtCounter } from '../invoices'
import { refundInvoice, voidInvoice } from '../refunds'
import { getSettings } from '../settings'
import { stockAvailability } from '../stock'
import { words } from './catalogue'
import { input } from './input'
import { currencyIndex, parts } from './parts'
import type { StockBook } from './stock'

type Tender = PaymentInput['tender']
type LineInput = ParsedInput<'invoices.sell'>['lines'][number]

/** Which tenders a shop's customers pay with, most used first. */
const tenders: Record<Locale, Tender[]> = {
  'zh-CN': ['wechat', 'alipay', 'cash', 'wechat', 'card'],
  'zh-TW': ['cash', 'card', 'cash', 'cash', 'transfer'],
  en: ['card', 'cash', 'card'],
}

/** The float, and the note a customer hands over for cash (the change comes from the drawer). */
const floatMinor: Record<Locale, number> = { 'zh-CN': 50000, 'zh-TW': 500000, en: 20000 }
const noteMinor: Record<Locale, number> = { 'zh-CN': 10000, 'zh-TW': 100000, en: 2000 }
/** One day's count comes up short by this much. */
const shortMinor: Record<Locale, number> = { 'zh-CN': 1000, 'zh-TW': 1000, en: 100 }

export class Till {
  /** Invoices left with something owed, to be settled later. */
  readonly owing: string[] = []
  /** Counter sales that can be given back. */
  readonly sales: string[] = []
  private paymentsTaken = 0

  constructor(
    private readonly db: Executor,
    private readonly locale: Locale,
    private readonly actor: Actor,
    private readonly random: () => number,
    private readonly book: StockBook,
  ) {}

  async open(): Promise<void> {
    await openDrawer(this.db, input('drawer.open', { floatMinor: floatMinor[this.locale] }), this.actor)
  }

  /** Counts the drawer note by note (the till short once, as happens) and closes the day. */
  async close(short: boolean): Promise<void> {
    const drawer = await currentDrawer(this.db, {})
    if (!drawer) return
    const { currency } = await getSettings(this.db)
    let left = drawer.expectedMinor - (short ? shortMinor[this.locale] : 0)
    const denominations: Record<string, number> = {}
    for (const { valueMinor } of denominationsFor(currency)) {
      const count = Math.floor(left / valueMinor)
      if (count > 0) denominations[String(valueMinor)] = count
      left -= count * valueMinor
    }
    const note = short ? words.short[this.locale] : ''
    await closeDrawer(this.db, input('drawer.close', { id: drawer.id, denominations, note }), this.actor)
  }

  async payOut(): Promise<void> {
    const amountMinor = Math.round(noteMinor[this.locale] * 0.23)
    await moveCash(
      this.db,
      input('drawer.move', { kind: 'paid_out', amountMinor, reason: words.paidOut[this.locale] }),
      this.actor,
    )
  }

  async payIn(): Promise<void> {
    const amountMinor = noteMinor[this.locale]
    await moveCash(
      this.db,
      input('drawer.move', { kind: 'paid_in', amountMinor, reason: words.paidIn[this.locale] }),
      this.actor,
    )
  }

  /** What the customer pays: one tender, every fifth time split in two; `owe` leaves some owing. */
  private payments(dueMinor: number, owe: boolean): PaymentInput[] {
    if (dueMinor <= 0) return []
    if (owe) {
      // A third now, in whole notes; the rest is owed.
      const now = Math.floor(dueMinor / 3 / noteMinor[this.locale]) * noteMinor[this.locale]
      return now > 0 ? [this.payment('cash', now)] : []
    }
    this.paymentsTaken += 1
    const list = tenders[this.locale]
    const tender = list[Math.floor(this.random() * list.length)] ?? 'cash'
    if (this.paymentsTaken % 5 === 0 && dueMinor > 2) {
      const cash = Math.round(dueMinor / 2 / 100) * 100 || Math.round(dueMinor / 2)
      return [this.payment('cash', cash), this.payment(tender === 'cash' ? 'card' : tender, dueMinor - cash)]
    }
    return [this.payment(tender, dueMinor)]
  }

  private payment(tender: Tender, amountMinor: number): PaymentInput {
    if (tender !== 'cash') return { tender, amountMinor }
    const note = noteMinor[this.locale]
    return { tender, amountMinor, tenderedMinor: Math.ceil(amountMinor / note) * note }
  }

  /** The customer collects the device and pays (or leaves some owing); `extraLines` add a fee. */
  async pickup(ticketId: string, version: number, extraLines: LineInput[], owe: boolean): Promise<void> {
    const preview = await previewInvoice(
      this.db,
      input('invoices.preview', { ticketId, lines: extraLines, invoiceDiscount: null }),
    )
    const invoice = await pickupTicket(
      this.db,
      input('tickets.pickup', {
        ticketId,
        version,
        extraLines,
        invoiceDiscount: null,
        payments: this.payments(preview.dueMinor, owe),
      }),
      this.actor,
    )
    if (invoice.balanceMinor > 0) this.owing.push(invoice.id)
  }

  /** A walk-in buys one or two accessories from the shelf. */
  async sell(): Promise<void> {
    const money = currencyIndex[this.locale]
    const goods = parts.filter((part) => part.counter)
    const lines: LineInput[] = []
    let totalMinor = 0
    for (let index = 0; index < 1 + Math.floor(this.random() * 2); index += 1) {
      const part = goods[Math.floor(this.random() * goods.length)]
      const partId = part && this.book.partIds.get(part.sku)
      if (!part || !partId || lines.some((line) => line.partId === partId)) continue
      if ((await stockAvailability(this.db, partId)).available < 1) continue
      lines.push(input('invoices.sell', { lines: [{ kind: 'part', partId, quantity: 1 }] }).lines[0]!)
      totalMinor += part.price[money]
    }
    if (lines.length === 0) return
    const sale = await sellAtCounter(
      this.db,
      input('invoices.sell', { lines, payments: this.payments(totalMinor, false) }),
      this.actor,
    )
    this.sales.push(sale.id)
  }

  /** A trade customer settles what is owed on the oldest invoice by transfer. */
  async settle(): Promise<void> {
    const id = this.owing.shift()
    if (!id) return
    const invoice = await getInvoice(this.db, { id })
    const payments = [{ tender: 'transfer' as const, amountMinor: invoice.balanceMinor }]
    await payInvoice(this.db, input('invoices.pay', { invoiceId: id, payments }), this.actor)
  }

  /** An early sale's first item comes back (wrong model): credited to its tender, back on the shelf. */
  async refund(): Promise<void> {
    const id = this.sales.shift()
    if (!id) return
    const sale = await getInvoice(this.db, { id })
    const line = sale.lines[0]
    if (!line) return
    await refundInvoice(
      this.db,
      input('invoices.refund', {
        invoiceId: id,
        lines: [{ lineId: line.id, quantity: 1 }],
        reason: words.returned[this.locale],
      }),
      this.actor,
    )
  }

  /** A sale rung up by mistake is voided at once. */
  async voidLast(): Promise<void> {
    const id = this.sales.pop()
    if (!id) return
    await voidInvoice(this.db, input('invoices.void', { id, reason: words.voided[this.locale] }), this.actor)
  }
}

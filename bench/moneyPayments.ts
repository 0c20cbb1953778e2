/**
 * Money changing hands on an issued invoice: paying what is due (store credit first when the
 * customer has some, then one tender or two), and a credit note that gives lines back with its
 * refunds (a void refunds every payment as it was made; a return goes back to the tender most of it
 * was paid with, or to store credit), as the invoice and refund services record them.
 */
import { cashTendered, payingTender, returnReasons, voidReasons } from './moneyData'
import type { DrawerDay } from './moneyPlan'
import type { Issued, MoneyRows, Tender } from './rawMoneyWriter'
import type { Random } from './shopData'
import type { ZTally } from './zTally'

export function payInvoice(
  rows: MoneyRows,
  random: Random,
  session: DrawerDay,
  tally: ZTally,
  issued: Issued,
  amountMinor: number,
  at: number,
): void {
  let left = amountMinor
  const take = (tender: Tender, amount: number) => {
    if (amount <= 0) return
    const tenderedMinor = tender === 'cash' ? cashTendered(random, amount) : undefined
    rows.payment(
      session,
      tally,
      { kind: 'payment', invoice: issued, tender, amountMinor: amount, tenderedMinor },
      at,
    )
    issued.payments.push({ tender, amountMinor: amount })
    left -= amount
  }
  const credit = issued.customerId ? (rows.storeCredit.get(issued.customerId) ?? 0) : 0
  if (credit > 0 && left > 0 && random.chance(0.7)) take('store_credit', Math.min(credit, left))
  if (left >= 2000 && random.chance(0.06)) {
    // Part in cash, a round sum; the rest by phone.
    const round = Math.round((left * (0.3 + random.next() * 0.4)) / 1000) * 1000
    take('cash', Math.max(100, Math.min(left - 100, round)))
  }
  take(payingTender(random), left)
}

/** To store credit now and then (a known customer), else the tender most of it was paid with. */
function refundTender(random: Random, invoice: Issued): Tender {
  if (invoice.customerId && random.chance(0.25)) return 'store_credit'
  const main = [...invoice.payments].sort((a, b) => b.amountMinor - a.amountMinor)[0]
  return main ? main.tender : 'cash'
}

export function creditInvoice(
  rows: MoneyRows,
  random: Random,
  session: DrawerDay,
  tally: ZTally,
  invoice: Issued,
  isVoid: boolean,
  at: number,
): void {
  const parts = invoice.lines.filter((line) => line.kind === 'part')
  // A void gives every line back; a return one item (or the work, on a repair without parts).
  const given = isVoid ? invoice.lines : [parts.length > 0 ? random.pick(parts) : invoice.lines[0]!]
  const reason = random.pick(isVoid ? voidReasons : returnReasons)
  // Lines go back as they were priced, their share of any invoice discount included.
  const sum = (pick: (line: (typeof given)[number]) => number) =>
    given.reduce((total, line) => total + pick(line), 0)
  const totalMinor = sum((line) => line.totalMinor)
  const note = rows.document(
    session,
    tally,
    {
      lines: given,
      reason,
      netMinor: sum((line) => line.netMinor),
      taxMinor: sum((line) => line.taxMinor),
      totalMinor,
      discountMinor: sum((line) => line.discountMinor),
    },
    {
      kind: 'credit_note',
      ticketId: invoice.ticketId,
      customerId: invoice.customerId,
      original: invoice,
      isVoid,
      originalLineIds: given.map((line) => line.id),
    },
    at,
  )
  const refunds = isVoid
    ? invoice.payments
    : [{ tender: refundTender(random, invoice), amountMinor: totalMinor }]
  for (const refund of refunds)
    rows.payment(session, tally, { kind: 'refund', invoice, creditNote: note, ...refund }, at)
  rows.audit(at, isVoid ? 'invoices.void' : 'invoices.refund', 'invoice', note.id, {
    number: note.number,
    original: invoice.number,
    totalMinor,
    reason,
  })
}

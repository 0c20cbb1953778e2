/**
 * The tender lines a clerk types in the payment panel, and what they add up to. Pure, so the rules
 * (the first line follows what is left, cash change, store credit cap, no overpaying) are tested
 * without React.
 */
import type { PaymentInput, paymentTenders } from '../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../shared/domain/money'

export type Tender = (typeof paymentTenders)[number]

export interface TenderLine {
  /** React's key for the row; not sent. */
  key: string
  tender: Tender
  /** The amount as typed; null: whatever is still left to pay (follows the total as it changes). */
  amount: string | null
  /** Cash handed over, as typed (cash only). */
  tendered: string
  /** A card slip or a WeChat / Alipay transaction number. */
  reference: string
}

/** Tenders that carry a reference the clerk may note. */
export const referencedTenders: readonly Tender[] = ['card', 'wechat', 'alipay', 'transfer']

/** An i18n key naming what is wrong with a field. */
export type FieldProblem =
  | 'common:validation.invalidAmount'
  | 'common:validation.tooSmall'
  | 'invoices:payment.tenderedShort'
  | 'invoices:payment.overCredit'

export interface LineFigures {
  key: string
  /** What this line pays, or null when its amount cannot be read. */
  amountMinor: number | null
  tenderedMinor: number | null
  changeMinor: number
  amountProblem: FieldProblem | null
  tenderedProblem: FieldProblem | null
}

export interface PaymentFigures {
  lines: LineFigures[]
  paidMinor: number
  /** Still due after these payments (stays on the invoice as a balance). */
  remainingMinor: number
  /** Paid beyond what is due: refused (cash gives change through "handed over" instead). */
  overMinor: number
  changeMinor: number
  /** Every line can be sent and nothing is overpaid. */
  valid: boolean
}

let nextKey = 0
function key(): string {
  nextKey += 1
  return `tender-${nextKey}`
}

export function tenderLine(tender: Tender): TenderLine {
  return { key: key(), tender, amount: null, tendered: '', reference: '' }
}

function explicitSum(lines: TenderLine[], currency: Currency): number {
  return lines.reduce(
    (sum, line) => (line.amount === null ? sum : sum + (parseMoney(line.amount, currency) ?? 0)),
    0,
  )
}

function lineFigures(
  line: TenderLine,
  amountMinor: number | null,
  currency: Currency,
  creditLeft: number,
): LineFigures {
  let amountProblem: FieldProblem | null = null
  if (amountMinor === null) amountProblem = 'common:validation.invalidAmount'
  else if (amountMinor <= 0) amountProblem = 'common:validation.tooSmall'
  else if (line.tender === 'store_credit' && amountMinor > creditLeft)
    amountProblem = 'invoices:payment.overCredit'
  let tenderedMinor: number | null = null
  let tenderedProblem: FieldProblem | null = null
  let changeMinor = 0
  if (line.tender === 'cash' && line.tendered.trim() !== '') {
    tenderedMinor = parseMoney(line.tendered, currency)
    if (tenderedMinor === null) tenderedProblem = 'common:validation.invalidAmount'
    else if (amountMinor !== null && tenderedMinor < amountMinor)
      tenderedProblem = 'invoices:payment.tenderedShort'
    else if (amountMinor !== null) changeMinor = tenderedMinor - amountMinor
  }
  return { key: line.key, amountMinor, tenderedMinor, changeMinor, amountProblem, tenderedProblem }
}

/**
 * What the lines pay against `dueMinor`. A line without a typed amount takes what the typed lines
 * leave (never below 0); store credit is capped by the customer's balance.
 */
export function paymentFigures(
  lines: TenderLine[],
  dueMinor: number,
  currency: Currency,
  storeCreditMinor = 0,
): PaymentFigures {
  const left = Math.max(0, dueMinor - explicitSum(lines, currency))
  let creditLeft = storeCreditMinor
  const figures = lines.map((line) => {
    const amountMinor = line.amount === null ? left : parseMoney(line.amount, currency)
    const figure = lineFigures(line, amountMinor, currency, creditLeft)
    if (line.tender === 'store_credit') creditLeft -= amountMinor ?? 0
    return figure
  })
  const paidMinor = figures.reduce((sum, line) => sum + (line.amountMinor ?? 0), 0)
  return {
    lines: figures,
    paidMinor,
    remainingMinor: Math.max(0, dueMinor - paidMinor),
    overMinor: Math.max(0, paidMinor - dueMinor),
    changeMinor: figures.reduce((sum, line) => sum + line.changeMinor, 0),
    valid:
      paidMinor <= dueMinor &&
      figures.every((line) => line.amountProblem === null && line.tenderedProblem === null),
  }
}

/**
 * Adds a line for `tender`. A single untouched line that follows the total only changes its tender
 * (the clerk picked another way to pay it all); otherwise the lines so far keep the amounts they
 * show and the new one takes what is left.
 */
export function addTender(
  lines: TenderLine[],
  tender: Tender,
  dueMinor: number,
  currency: Currency,
): TenderLine[] {
  const only = lines.length === 1 ? lines[0] : undefined
  if (only && only.amount === null && only.tendered === '' && only.reference === '')
    return [{ ...only, tender, key: key() }]
  const figures = paymentFigures(lines, dueMinor, currency)
  const frozen = lines.map((line, index) =>
    line.amount === null
      ? { ...line, amount: formatMinor(figures.lines[index]?.amountMinor ?? 0, currency) }
      : line,
  )
  return [...frozen, tenderLine(tender)]
}

/** The contract's payments for lines that are `valid` (see paymentFigures). */
export function toPaymentInputs(lines: TenderLine[], figures: PaymentFigures): PaymentInput[] {
  return lines.map((line, index) => {
    const figure = figures.lines[index]
    return {
      tender: line.tender,
      amountMinor: figure?.amountMinor ?? 0,
      tenderedMinor: line.tender === 'cash' ? (figure?.tenderedMinor ?? null) : null,
      reference: referencedTenders.includes(line.tender) ? line.reference.trim() : '',
    }
  })
}

/**
 * Lines typed at the counter (a sale's items, what is added at pickup) and how they become the
 * contract's invoice lines. Pure, tested alone.
 */
import type { InvoiceLineInput, LabourItem, PartSummary } from '../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../shared/domain/money'
import { parseQuantity } from '../quantity'

export interface CounterLine {
  key: string
  kind: 'labour' | 'part' | 'other'
  labourItemId: string | null
  partId: string | null
  description: string
  sku: string
  quantity: string
  /** Unit price as typed, in major units. */
  price: string
  /** The line's discount as typed (major units); empty for none. */
  discount: string
  discountReason: string
  taxRateBp: number | null
  /** Units on the shelf, for a part line. */
  available: number | null
}

export type CounterLineField = 'description' | 'quantity' | 'price' | 'discount' | 'discountReason'

let nextKey = 0
function key(): string {
  nextKey += 1
  return `counter-line-${nextKey}`
}

const blank = { discount: '', discountReason: '', sku: '', available: null }

export function partCounterLine(part: PartSummary, currency: Currency): CounterLine {
  return {
    ...blank,
    key: key(),
    kind: 'part',
    labourItemId: null,
    partId: part.id,
    description: part.name,
    sku: part.sku,
    quantity: '1',
    price: formatMinor(part.priceMinor, currency),
    taxRateBp: null,
    available: part.available ?? part.onHand,
  }
}

export function labourCounterLine(item: LabourItem, currency: Currency): CounterLine {
  return {
    ...blank,
    key: key(),
    kind: 'labour',
    labourItemId: item.id,
    partId: null,
    description: item.name,
    quantity: '1',
    price: formatMinor(item.priceMinor, currency),
    taxRateBp: item.taxRateBp,
  }
}

export function freeCounterLine(): CounterLine {
  return {
    ...blank,
    key: key(),
    kind: 'other',
    labourItemId: null,
    partId: null,
    description: '',
    quantity: '1',
    price: '',
    taxRateBp: null,
  }
}

/** A part scanned again adds one to its line; a new part gets a line of its own. */
export function addPart(lines: CounterLine[], part: PartSummary, currency: Currency): CounterLine[] {
  const index = lines.findIndex((line) => line.partId === part.id)
  const existing = lines[index]
  if (existing) {
    const quantity = parseQuantity(existing.quantity)
    if ('value' in quantity) {
      const next = [...lines]
      next[index] = { ...existing, quantity: String(quantity.value + 1) }
      return next
    }
  }
  return [...lines, partCounterLine(part, currency)]
}

function money(text: string, currency: Currency): number | null {
  return text.trim() === '' ? 0 : parseMoney(text, currency)
}

/** What is wrong with a line as typed: `validation.*` keys by field, empty when it can be sent. */
export function counterLineErrors(
  line: CounterLine,
  currency: Currency,
): Partial<Record<CounterLineField, string>> {
  const errors: Partial<Record<CounterLineField, string>> = {}
  const quantity = parseQuantity(line.quantity)
  if ('error' in quantity) errors.quantity = quantity.error
  else if (quantity.value < 1) errors.quantity = 'tooSmall'
  else if (quantity.value > 1000) errors.quantity = 'tooLarge'
  const price = line.price.trim() === '' ? null : parseMoney(line.price, currency)
  if (line.price.trim() === '') errors.price = 'required'
  else if (price === null) errors.price = 'invalidAmount'
  const discount = money(line.discount, currency)
  if (discount === null) errors.discount = 'invalidAmount'
  else if (price !== null && 'value' in quantity && discount > price * quantity.value)
    errors.discount = 'tooLarge'
  if (discount !== null && discount > 0 && line.discountReason.trim() === '')
    errors.discountReason = 'required'
  if (line.description.trim() === '') errors.description = 'required'
  return errors
}

export function counterLinesValid(lines: CounterLine[], currency: Currency): boolean {
  return lines.every((line) => Object.keys(counterLineErrors(line, currency)).length === 0)
}

/** quantity × price − discount, in the terms prices are typed in; null while it cannot be read. */
export function counterLineAmount(line: CounterLine, currency: Currency): number | null {
  if (Object.keys(counterLineErrors(line, currency)).length > 0) return null
  const input = toInvoiceLine(line, currency)
  return input.quantity * (input.unitPriceMinor ?? 0) - (input.discountMinor ?? 0)
}

export function toInvoiceLine(line: CounterLine, currency: Currency): InvoiceLineInput {
  const quantity = parseQuantity(line.quantity)
  const discount = money(line.discount, currency) ?? 0
  return {
    kind: line.kind,
    labourItemId: line.labourItemId,
    partId: line.partId,
    description: line.description.trim(),
    quantity: 'value' in quantity ? quantity.value : 0,
    unitPriceMinor: parseMoney(line.price, currency),
    discountMinor: discount,
    discountReason: discount > 0 ? line.discountReason.trim() : '',
    taxRateBp: line.taxRateBp,
  }
}

/** The invoice discount as typed: null for none, or the amount and reason (both needed). */
export interface DiscountText {
  amount: string
  reason: string
}

export function invoiceDiscountOf(
  text: DiscountText,
  currency: Currency,
): {
  value: { amountMinor: number; reason: string } | null
  errors: Partial<Record<'amount' | 'reason', string>>
} {
  if (text.amount.trim() === '') return { value: null, errors: {} }
  const amountMinor = parseMoney(text.amount, currency)
  if (amountMinor === null) return { value: null, errors: { amount: 'invalidAmount' } }
  if (amountMinor === 0) return { value: null, errors: {} }
  if (text.reason.trim() === '') return { value: null, errors: { reason: 'required' } }
  return { value: { amountMinor, reason: text.reason.trim() }, errors: {} }
}

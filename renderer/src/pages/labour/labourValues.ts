/**
 * The labour form's values and how they become a `labour.create` / `labour.update` request. Amounts,
 * minutes, days and the tax percent are kept as the text the clerk typed until sent, so the form can
 * say what is wrong with them.
 */
import type { LabourItem, MethodInput } from '../../../../shared/contract'
import {
  basisPointsToPercent,
  formatMinor,
  parseMoney,
  percentToBasisPoints,
  type Currency,
} from '../../../../shared/domain/money'
import { parseQuantity } from '../../components/quantity'

export interface LabourValues {
  name: string
  category: string
  price: string
  standardMinutes: string
  warrantyDays: string
  /** Empty: the shop's rate. */
  taxPercent: string
  active: boolean
}

export const emptyLabour: LabourValues = {
  name: '',
  category: '',
  price: '',
  standardMinutes: '30',
  warrantyDays: '90',
  taxPercent: '',
  active: true,
}

export function labourValues(item: LabourItem, currency: Currency): LabourValues {
  return {
    name: item.name,
    category: item.category,
    price: formatMinor(item.priceMinor, currency),
    standardMinutes: String(item.standardMinutes),
    warrantyDays: String(item.warrantyDays),
    taxPercent: item.taxRateBp === null ? '' : String(basisPointsToPercent(item.taxRateBp)),
    active: item.active,
  }
}

/** A percent as typed ("13", "5.5", "１３%"): basis points, or null when it is not one. */
export function parsePercent(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/[\s%]/g, '')
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null
  const points = percentToBasisPoints(Number(cleaned))
  return points <= 10_000 ? points : null
}

function wholeOrNull(text: string): number | null {
  const parsed = parseQuantity(text)
  return 'value' in parsed ? parsed.value : null
}

/** The `validation.*` keys of the fields typed as text, before the contract checks the rest. */
export function textFieldErrors(values: LabourValues, currency: Currency): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.price.trim() === '') errors.price = 'required'
  else if (parseMoney(values.price, currency) === null) errors.price = 'invalidAmount'
  for (const field of ['standardMinutes', 'warrantyDays'] as const) {
    const parsed = parseQuantity(values[field])
    if ('error' in parsed) errors[field] = parsed.error
    else if (parsed.value < 0) errors[field] = 'negative'
  }
  if (values.taxPercent.trim() !== '' && parsePercent(values.taxPercent) === null)
    errors.taxPercent = 'invalid'
  return errors
}

export function toLabourInput(values: LabourValues, currency: Currency): MethodInput<'labour.create'> {
  return {
    name: values.name,
    category: values.category,
    priceMinor: parseMoney(values.price, currency) ?? 0,
    standardMinutes: wholeOrNull(values.standardMinutes) ?? 0,
    warrantyDays: wholeOrNull(values.warrantyDays) ?? 0,
    taxRateBp: values.taxPercent.trim() === '' ? null : parsePercent(values.taxPercent),
  }
}

/** Where the api's field paths show up on this form. */
export function formPath(apiPath: string): string {
  if (apiPath === 'priceMinor') return 'price'
  if (apiPath === 'taxRateBp') return 'taxPercent'
  return apiPath
}

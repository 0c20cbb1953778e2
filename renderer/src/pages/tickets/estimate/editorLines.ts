/**
 * The estimate editor's lines as the clerk types them, and how they become an `estimates.save`
 * request and a live preview of the totals. Kept apart from the components so it is tested alone.
 */
import type { Estimate, LabourItem, MethodInput, PartSummary } from '../../../../../shared/contract'
import {
  formatMinor,
  lineAmounts,
  parseMoney,
  sumLineAmounts,
  type Currency,
  type LineAmounts,
} from '../../../../../shared/domain/money'
import { parseQuantity } from '../../../components/quantity'

type SaveLine = MethodInput<'estimates.save'>['lines'][number]

export interface EditorLine {
  /** React's key for the row; not sent. */
  key: string
  kind: Estimate['lines'][number]['kind']
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: string
  /** The unit price as typed, in major units. */
  price: string
  /** null: the shop's rate (a catalogue item's own rate is copied when it is added). */
  taxRateBp: number | null
  /** Units on the shelf now, for a part line; shown beside the quantity. */
  available: number | null
}

let nextKey = 0
function key(): string {
  nextKey += 1
  return `line-${nextKey}`
}

export function linesOf(estimate: Estimate): EditorLine[] {
  return estimate.lines.map((line) => ({
    key: key(),
    kind: line.kind,
    labourItemId: line.labourItemId,
    partId: line.partId,
    description: line.description,
    quantity: String(line.quantity),
    price: formatMinor(line.unitPriceMinor, estimate.currency),
    taxRateBp: line.taxRateBp,
    available: null,
  }))
}

export function labourLine(item: LabourItem, currency: Currency): EditorLine {
  return {
    key: key(),
    kind: 'labour',
    labourItemId: item.id,
    partId: null,
    description: item.name,
    quantity: '1',
    price: formatMinor(item.priceMinor, currency),
    taxRateBp: item.taxRateBp,
    available: null,
  }
}

export function partLine(part: PartSummary, currency: Currency): EditorLine {
  return {
    key: key(),
    kind: 'part',
    labourItemId: null,
    partId: part.id,
    description: part.name,
    quantity: '1',
    price: formatMinor(part.priceMinor, currency),
    taxRateBp: null,
    available: part.available ?? part.onHand,
  }
}

/** A line of its own (a courier fee, a cleaning); on a warranty repair its price is 0 anyway. */
export function freeLine(warranty: boolean): EditorLine {
  return {
    key: key(),
    kind: 'other',
    labourItemId: null,
    partId: null,
    description: '',
    quantity: '1',
    price: warranty ? '0' : '',
    taxRateBp: null,
    available: null,
  }
}

/** What is wrong with a line as typed: `validation.*` keys by field, empty when it can be saved. */
export function lineErrors(
  line: EditorLine,
  currency: Currency,
): Partial<Record<'description' | 'quantity' | 'price', string>> {
  const errors: Partial<Record<'description' | 'quantity' | 'price', string>> = {}
  const quantity = parseQuantity(line.quantity)
  if ('error' in quantity) errors.quantity = quantity.error
  else if (quantity.value < 1) errors.quantity = 'tooSmall'
  else if (quantity.value > 1000) errors.quantity = 'tooLarge'
  if (line.price.trim() === '') errors.price = 'required'
  else if (parseMoney(line.price, currency) === null) errors.price = 'invalidAmount'
  if (line.description.trim() === '') errors.description = 'required'
  return errors
}

export function toSaveLine(line: EditorLine, currency: Currency): SaveLine {
  const quantity = parseQuantity(line.quantity)
  return {
    kind: line.kind,
    labourItemId: line.labourItemId,
    partId: line.partId,
    description: line.description.trim(),
    quantity: 'value' in quantity ? quantity.value : 0,
    unitPriceMinor: parseMoney(line.price, currency),
    taxRateBp: line.taxRateBp,
  }
}

/** The figures the server will work out, for the lines that are valid; a warranty repair charges 0. */
export function previewTotals(
  lines: EditorLine[],
  currency: Currency,
  tax: { taxRateBp: number; pricesIncludeTax: boolean },
  warranty: boolean,
): LineAmounts {
  const amounts = lines.flatMap((line) => {
    if (Object.keys(lineErrors(line, currency)).length > 0) return []
    const input = toSaveLine(line, currency)
    return [
      lineAmounts({
        quantity: input.quantity,
        unitPriceMinor: warranty ? 0 : (input.unitPriceMinor ?? 0),
        taxRateBp: line.taxRateBp ?? tax.taxRateBp,
        pricesIncludeTax: tax.pricesIncludeTax,
      }),
    ]
  })
  return sumLineAmounts(amounts)
}

/**
 * The part form's values and how they become a `parts.create` / `parts.update` request. Amounts and
 * quantities are kept as the text the clerk typed until they are sent, so the form can say what is
 * wrong with them. Kept apart from the component so the conversion is tested on its own.
 */
import type { Part, PartInput } from '../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../shared/domain/money'
import { parseQuantity } from '../../components/quantity'

export interface PartValues {
  sku: string
  name: string
  category: string
  brand: string
  compatibleModels: string
  unit: string
  barcodes: string[]
  price: string
  reorderPoint: string
  reorderQuantity: string
  bin: string
  defaultSupplierId: string | null
  serialized: boolean
  active: boolean
}

export const emptyPart: PartValues = {
  sku: '',
  name: '',
  category: '',
  brand: '',
  compatibleModels: '',
  unit: '',
  barcodes: [],
  price: '',
  reorderPoint: '0',
  reorderQuantity: '0',
  bin: '',
  defaultSupplierId: null,
  serialized: false,
  active: true,
}

export function partValues(part: Part, currency: Currency): PartValues {
  return {
    sku: part.sku,
    name: part.name,
    category: part.category,
    brand: part.brand,
    compatibleModels: part.compatibleModels,
    unit: part.unit,
    barcodes: part.barcodes,
    price: part.priceMinor > 0 ? formatMinor(part.priceMinor, currency) : '',
    reorderPoint: String(part.reorderPoint),
    reorderQuantity: String(part.reorderQuantity),
    bin: part.bin,
    defaultSupplierId: part.defaultSupplierId,
    serialized: part.serialized,
    active: part.active,
  }
}

/**
 * What a search the clerk typed says about a part that is not in the catalogue yet: a scanned
 * barcode (a long run of digits), a SKU (a code with digits and no spaces), or else its name.
 */
export function startingValues(query: string): Partial<PartValues> {
  const text = query.trim()
  if (text === '') return {}
  if (/^\d{8,}$/.test(text)) return { barcodes: [text] }
  if (/^[A-Za-z0-9._/-]+$/.test(text) && /\d/.test(text)) return { sku: text.toUpperCase() }
  return { name: text }
}

/** The `validation.*` keys of the fields typed as text, before the contract checks the rest. */
export function textFieldErrors(values: PartValues, currency: Currency): Record<string, string> {
  const errors: Record<string, string> = {}
  if (values.price.trim() !== '' && parseMoney(values.price, currency) === null)
    errors.price = 'invalidAmount'
  for (const field of ['reorderPoint', 'reorderQuantity'] as const) {
    if (values[field].trim() === '') continue
    const parsed = parseQuantity(values[field])
    if ('error' in parsed) errors[field] = parsed.error
    else if (parsed.value < 0) errors[field] = 'negative'
  }
  return errors
}

function quantityOrZero(text: string): number {
  const parsed = parseQuantity(text)
  return 'value' in parsed ? parsed.value : 0
}

export function toPartInput(values: PartValues, currency: Currency): PartInput {
  const { price, reorderPoint, reorderQuantity, barcodes, ...fields } = values
  return {
    ...fields,
    barcodes: barcodes.map((barcode) => barcode.trim()).filter((barcode) => barcode !== ''),
    priceMinor: price.trim() === '' ? 0 : (parseMoney(price, currency) ?? 0),
    reorderPoint: quantityOrZero(reorderPoint),
    reorderQuantity: quantityOrZero(reorderQuantity),
  }
}

/** Where the api's field paths show up on this form. */
export function formPath(apiPath: string): string {
  if (apiPath === 'priceMinor') return 'price'
  if (apiPath.startsWith('barcodes')) return 'barcodes'
  return apiPath
}

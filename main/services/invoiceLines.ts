/**
 * An invoice's lines before it is issued: what a ticket brings (its approved estimate's labour and
 * other lines, the parts used on it) and what the counter adds (parts from stock, labour from the
 * catalogue, other lines), priced with the shop's tax rules and the discounts (shared/domain/money).
 */
import type { ParsedInput, Settings } from '../../shared/contract'
import { discountProblems, documentAmounts } from '../../shared/domain/money'
import { AppError, notFound } from '../errors'
import type { Executor } from './context'
import { catalogueFor } from './estimates.queries'

export type LineInput = ParsedInput<'invoices.sell'>['lines'][number]
type LineKind = LineInput['kind']
type LineSource = 'estimate' | 'part_used' | 'counter'

/** A line with its price, cost and warranty, before the discounts and tax are worked out. */
export interface DraftLine {
  kind: LineKind
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  /** The line's own discount. */
  discountMinor: number
  discountReason: string
  taxRateBp: number
  unitCostMinor: number
  warrantyDays: number
  source: LineSource
  /** Where the line's fields are in the input ("extraLines.2"), to name it in an error; null: from the ticket. */
  field: string | null
}

/** A line as it is shown and written: with its discount share, net, tax and total. */
interface PricedLine extends Omit<DraftLine, 'field'> {
  netMinor: number
  taxMinor: number
  totalMinor: number
}

export interface PricedDocument {
  lines: PricedLine[]
  netMinor: number
  discountMinor: number
  taxMinor: number
  totalMinor: number
}

function fieldError(fields: Record<string, string>, message: string, key = 'errors.validation'): AppError {
  return new AppError('VALIDATION', message, key, fields)
}

/** The ticket's approved work: the newest approved estimate's labour and other lines, and its part prices. */
async function approvedEstimate(db: Executor, ticketId: string) {
  const estimate = await db
    .selectFrom('estimates')
    .select('id')
    .where('ticketId', '=', ticketId)
    .where('status', '=', 'approved')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  if (!estimate) return { lines: [], partPrices: new Map<string, { price: number; taxRateBp: number }>() }
  const rows = await db
    .selectFrom('estimateLines')
    .selectAll()
    .where('estimateId', '=', estimate.id)
    .orderBy('position')
    .execute()
  const partPrices = new Map<string, { price: number; taxRateBp: number }>()
  for (const row of rows) {
    if (row.kind === 'part' && row.partId && !partPrices.has(row.partId)) {
      partPrices.set(row.partId, { price: row.unitPriceMinor, taxRateBp: row.taxRateBp })
    }
  }
  const lines: DraftLine[] = rows
    .filter((row) => row.kind !== 'part')
    .map((row) => ({
      kind: row.kind as LineKind,
      labourItemId: row.labourItemId,
      partId: null,
      description: row.description,
      quantity: row.quantity,
      unitPriceMinor: row.unitPriceMinor,
      discountMinor: 0,
      discountReason: '',
      taxRateBp: row.taxRateBp,
      unitCostMinor: row.unitCostMinor,
      warrantyDays: row.warrantyDays,
      source: 'estimate',
      field: null,
    }))
  return { lines, partPrices }
}

/**
 * What a ticket charges: its approved labour and other lines, and every part used on it at the
 * approved estimate's price for that part (the part's list price when the estimate has none) and
 * at the cost it left stock at. Rows of one part at one cost become one line.
 */
export async function ticketLines(db: Executor, ticketId: string, settings: Settings): Promise<DraftLine[]> {
  const estimate = await approvedEstimate(db, ticketId)
  const used = await db
    .selectFrom('ticketParts as tp')
    .innerJoin('parts as p', 'p.id', 'tp.partId')
    .select(['tp.partId', 'tp.quantity', 'tp.unitCostMinor', 'p.name', 'p.priceMinor'])
    .where('tp.ticketId', '=', ticketId)
    .where('tp.status', '=', 'used')
    .orderBy('tp.id')
    .execute()
  const parts = new Map<string, DraftLine>()
  for (const row of used) {
    const key = `${row.partId}:${row.unitCostMinor}`
    const existing = parts.get(key)
    if (existing) {
      existing.quantity += row.quantity
      continue
    }
    const approved = estimate.partPrices.get(row.partId)
    parts.set(key, {
      kind: 'part',
      labourItemId: null,
      partId: row.partId,
      description: row.name,
      quantity: row.quantity,
      unitPriceMinor: approved?.price ?? row.priceMinor,
      discountMinor: 0,
      discountReason: '',
      taxRateBp: approved?.taxRateBp ?? settings.taxRateBp,
      unitCostMinor: row.unitCostMinor,
      warrantyDays: 0,
      source: 'part_used',
      field: null,
    })
  }
  return [...estimate.lines, ...parts.values()]
}

type Catalogue = Awaited<ReturnType<typeof catalogueFor>>

/** One counter line priced from the catalogue; `at` is where it is in the input ("lines.0"). */
function counterLine(line: LineInput, at: string, catalogue: Catalogue, settings: Settings): DraftLine {
  if (line.discountMinor > 0 && line.discountReason === '') {
    throw fieldError({ [`${at}.discountReason`]: 'required' }, 'A discount needs its reason.')
  }
  const base = {
    kind: line.kind,
    quantity: line.quantity,
    discountMinor: line.discountMinor,
    discountReason: line.discountReason,
    taxRateBp: line.taxRateBp ?? settings.taxRateBp,
    labourItemId: null,
    partId: null,
    unitCostMinor: 0,
    warrantyDays: 0,
    source: 'counter' as const,
    field: at,
  }
  if (line.kind === 'labour') {
    if (!line.labourItemId)
      throw fieldError({ [`${at}.labourItemId`]: 'required' }, 'Choose the labour item.')
    const item = catalogue.labour.get(line.labourItemId)
    if (!item) throw notFound('labourItem', 'billing:errors.labourNotFound')
    return {
      ...base,
      labourItemId: item.id,
      description: line.description || item.name,
      unitPriceMinor: line.unitPriceMinor ?? item.priceMinor,
      taxRateBp: line.taxRateBp ?? item.taxRateBp ?? settings.taxRateBp,
      warrantyDays: item.warrantyDays,
    }
  }
  if (line.kind === 'part') {
    if (!line.partId) throw fieldError({ [`${at}.partId`]: 'required' }, 'Choose the part.')
    const part = catalogue.parts.get(line.partId)
    if (!part) throw notFound('part')
    return {
      ...base,
      partId: part.id,
      description: line.description || part.name,
      unitPriceMinor: line.unitPriceMinor ?? part.priceMinor,
      unitCostMinor: part.averageCostMinor ?? 0,
    }
  }
  if (line.description === '') throw fieldError({ [`${at}.description`]: 'required' }, 'Describe the line.')
  if (line.unitPriceMinor === null)
    throw fieldError({ [`${at}.unitPriceMinor`]: 'required' }, 'Enter a price.')
  return { ...base, description: line.description, unitPriceMinor: line.unitPriceMinor }
}

/**
 * The counter's lines, priced from the catalogue unless the clerk typed a price: a part at its
 * price (cost: its average cost now), labour at its price with its warranty, an "other" line as
 * typed. `field` names the input array ("lines", "extraLines") for the errors.
 */
export async function counterLines(
  db: Executor,
  inputs: LineInput[],
  settings: Settings,
  field: string,
): Promise<DraftLine[]> {
  const labourIds = inputs.flatMap((line) =>
    line.kind === 'labour' && line.labourItemId ? [line.labourItemId] : [],
  )
  const partIds = inputs.flatMap((line) => (line.kind === 'part' && line.partId ? [line.partId] : []))
  const catalogue = await catalogueFor(db, [...new Set(labourIds)], [...new Set(partIds)])
  return inputs.map((line, index) => counterLine(line, `${field}.${index}`, catalogue, settings))
}

/**
 * The warranty and charging rules of a whole invoice, as the estimate applies them: a part fitted
 * carries the longest warranty of the invoice's labour (the shop stands behind the repair as a
 * whole); a warranty (repeat) repair charges nothing on any line, while the cost is still kept.
 */
export function applyInvoiceRules(lines: DraftLine[], warranty: boolean): DraftLine[] {
  const labourWarranty = Math.max(
    0,
    ...lines.filter((line) => line.kind === 'labour').map((line) => line.warrantyDays),
  )
  return lines.map((line) => ({
    ...line,
    unitPriceMinor: warranty ? 0 : line.unitPriceMinor,
    warrantyDays: line.kind === 'part' ? labourWarranty : line.warrantyDays,
  }))
}

/**
 * Works out every line's discount share, net, tax and total, and the document's totals. A
 * discount larger than what it discounts is refused with the field that holds it.
 */
export function priceLines(
  lines: DraftLine[],
  invoiceDiscount: { amountMinor: number; reason: string } | null,
  pricesIncludeTax: boolean,
): PricedDocument {
  const discount = invoiceDiscount?.amountMinor ?? 0
  const problems = discountProblems(lines, discount)
  const fields: Record<string, string> = {}
  for (const index of problems.lines) fields[`${lines[index]?.field ?? 'lines'}.discountMinor`] = 'tooLarge'
  if (problems.invoice) fields['invoiceDiscount.amountMinor'] = 'tooLarge'
  if (Object.keys(fields).length > 0) {
    throw fieldError(
      fields,
      'A discount is larger than what it discounts.',
      'billing:errors.discountTooLarge',
    )
  }
  const amounts = documentAmounts(lines, discount, pricesIncludeTax)
  const priced = lines.map(({ field: _field, ...line }, index) => {
    const figures = amounts.lines[index]!
    const reasons = [line.discountReason, figures.shareMinor > 0 ? (invoiceDiscount?.reason ?? '') : '']
    return {
      ...line,
      discountMinor: figures.discountMinor,
      discountReason: reasons.filter((reason) => reason !== '').join('; '),
      netMinor: figures.netMinor,
      taxMinor: figures.taxMinor,
      totalMinor: figures.totalMinor,
    }
  })
  return {
    lines: priced,
    netMinor: amounts.netMinor,
    discountMinor: amounts.discountMinor,
    taxMinor: amounts.taxMinor,
    totalMinor: amounts.totalMinor,
  }
}

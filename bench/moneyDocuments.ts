/**
 * What goes on an invoice at the busy outlet: a pickup's labour (from the price list, priced so the
 * invoice comes to about the estimate), the parts fitted on the ticket and anything added at the
 * counter; a counter sale's accessories; the discounts a clerk gives and why.
 */
import type { PartFacts, TicketFacts, UsedPart } from './moneyInputs'
import {
  counterCategories,
  diagnosticFee,
  invoiceDiscountReasons,
  labourCatalogue,
  lineDiscountReasons,
} from './moneyData'
import { type LineDraft, priceDocument, type PricedDocument } from './moneyPlan'
import type { Random } from './shopData'

export interface DocumentContext {
  random: Random
  shopTaxRateBp: number
  /** The labour catalogue's ids, in labourCatalogue's order. */
  labourIds: string[]
  partById: Map<string, PartFacts>
  /** Parts a counter sells by themselves, and every active part with a price. */
  counterParts: PartFacts[]
  saleableParts: PartFacts[]
}

const maxLines = 5

function partLine(part: PartFacts, quantity: number, unitCostMinor: number, taxRateBp: number): LineDraft {
  return {
    kind: 'part',
    labourItemId: null,
    partId: part.id,
    description: part.name,
    quantity,
    unitPriceMinor: part.priceMinor,
    ownDiscountMinor: 0,
    discountReason: '',
    taxRateBp,
    unitCostMinor,
    warrantyDays: 90,
  }
}

function labourLine(context: DocumentContext, index: number, priceMinor: number): LineDraft {
  const entry = labourCatalogue[index]!
  return {
    kind: 'labour',
    labourItemId: context.labourIds[index]!,
    partId: null,
    description: entry.name,
    quantity: 1,
    unitPriceMinor: priceMinor,
    ownDiscountMinor: 0,
    discountReason: '',
    taxRateBp: entry.taxRateBp ?? context.shopTaxRateBp,
    unitCostMinor: 0,
    warrantyDays: entry.warrantyDays,
  }
}

/** The work for a device category: the first item that fits most often, any other now and then. */
function labourFor(context: DocumentContext, category: string): number {
  const fitting = labourCatalogue
    .map((entry, index) => [entry, index] as const)
    .filter(([entry]) => (entry.devices as string[]).includes(category))
    .map(([, index]) => index)
  if (fitting.length === 0) return labourCatalogue.length - 1
  return context.random.chance(0.5) ? fitting[0]! : context.random.pick(fitting)
}

/** A discount on one line (now and then), and on the whole invoice (more often): amount and reason. */
function discounts(context: DocumentContext, drafts: LineDraft[]): { amountMinor: number; reason: string } {
  const { random } = context
  const labour = drafts.find((line) => line.kind === 'labour')
  if (labour && random.chance(0.03)) {
    labour.ownDiscountMinor = Math.min(Math.floor(labour.unitPriceMinor / 2), (1 + random.int(5)) * 1000)
    labour.discountReason = random.pick(lineDiscountReasons)
  }
  if (!random.chance(0.08)) return { amountMinor: 0, reason: '' }
  const gross = drafts.reduce(
    (sum, line) => sum + line.quantity * line.unitPriceMinor - line.ownDiscountMinor,
    0,
  )
  const reason = random.pick(invoiceDiscountReasons)
  const amountMinor =
    reason === '抹零'
      ? gross % 1000
      : gross >= 30000
        ? random.pick([2000, 5000])
        : Math.min(1000, gross % 5000)
  return amountMinor > 0 ? { amountMinor, reason } : { amountMinor: 0, reason: '' }
}

export interface DraftedDocument extends PricedDocument {
  reason: string
}

/**
 * A pickup's invoice: the labour, the parts fitted (as the ticket's parts list holds them), perhaps
 * an accessory or data recovery added at the counter. It comes to at least the deposit taken.
 */
export function pickupDocument(
  context: DocumentContext,
  ticket: TicketFacts,
  used: UsedPart[],
): DraftedDocument {
  const { random } = context
  const parts = used
    .slice(0, maxLines - 1)
    .map((use) =>
      partLine(context.partById.get(use.partId)!, use.quantity, use.unitCostMinor, context.shopTaxRateBp),
    )
  const partsMinor = parts.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0)
  const labourIndex = labourFor(context, ticket.category)
  const listPrice = labourCatalogue[labourIndex]!.priceMinor
  const drafts: LineDraft[] = []
  if (parts.length === 0 && ticket.estimateMinor === null && random.chance(0.3)) {
    // Only looked at: the diagnostic fee.
    drafts.push({
      ...labourLine(context, labourIndex, diagnosticFee.priceMinor),
      description: diagnosticFee.description,
      labourItemId: null,
      warrantyDays: 0,
    })
  } else {
    const toEstimate =
      ticket.estimateMinor === null ? 0 : Math.round((ticket.estimateMinor - partsMinor) / 1000) * 1000
    drafts.push(labourLine(context, labourIndex, Math.max(listPrice, toEstimate)), ...parts)
  }
  if (drafts.length < maxLines && random.chance(0.1) && context.counterParts.length > 0) {
    const accessory = random.pick(context.counterParts)
    drafts.push(partLine(accessory, 1, accessory.averageCostMinor, context.shopTaxRateBp))
  }
  const recovery = labourCatalogue.findIndex((entry) => entry.name === '数据恢复')
  if (drafts.length < maxLines && random.chance(0.03))
    drafts.push(labourLine(context, recovery, labourCatalogue[recovery]!.priceMinor))
  const discount = discounts(context, drafts)
  let document = priceDocument(drafts, discount.amountMinor, true)
  if (document.totalMinor < ticket.depositMinor) {
    // The deposit was taken against the estimate: the work came to at least that.
    drafts[0]!.unitPriceMinor += ticket.depositMinor - document.totalMinor
    document = priceDocument(drafts, discount.amountMinor, true)
  }
  return { ...document, reason: discount.reason }
}

/** A counter sale: one to five items, mostly accessories, now and then two or three of one. */
export function saleDocument(context: DocumentContext): DraftedDocument {
  const { random } = context
  const roll = random.next()
  const count = roll < 0.55 ? 1 : roll < 0.8 ? 2 : roll < 0.92 ? 3 : roll < 0.97 ? 4 : 5
  const chosen = new Map<string, LineDraft>()
  for (let index = 0; index < count; index += 1) {
    const pool =
      random.chance(0.8) && context.counterParts.length > 0 ? context.counterParts : context.saleableParts
    const part = random.pick(pool)
    if (chosen.has(part.id)) continue
    const quantity = random.chance(0.1) ? 2 + random.int(2) : 1
    chosen.set(part.id, partLine(part, quantity, part.averageCostMinor, context.shopTaxRateBp))
  }
  const drafts = [...chosen.values()]
  const discount = discounts(context, drafts)
  return { ...priceDocument(drafts, discount.amountMinor, true), reason: discount.reason }
}

export function isCounterPart(part: PartFacts): boolean {
  return part.active && part.priceMinor > 0 && counterCategories.has(part.category)
}

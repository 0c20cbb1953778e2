/**
 * The lines of a credit note: what it gives back of an invoice's lines (their snapshot, within what
 * is left of each) or an amount not tied to a line, with figures that add up to the invoice's exactly.
 */
import type { ParsedInput } from '../../shared/contract'
import { basisPointsPerWhole, divideRounded, lineAmounts } from '../../shared/domain/money'
import { AppError } from '../errors'
import type { Executor } from './context'
import type { OriginalLine } from './refunds.queries'
import { getSettings } from './settings'

export const refusal = (
  code: 'CONFLICT' | 'VALIDATION',
  message: string,
  key: string,
  fields?: Record<string, string>,
) => new AppError(code, message, `drawer:errors.${key}`, fields)

/** A line of the credit note being written. */
export interface CreditLine {
  kind: string
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  discountMinor: number
  discountReason: string
  taxRateBp: number
  netMinor: number
  taxMinor: number
  totalMinor: number
  unitCostMinor: number
  warrantyDays: number
  originalLineId: string | null
  restock: boolean
}

/** A line's figures for its first `quantity` units: its discount shared pro rata, all of it exactly at the end. */
function amountsUpTo(line: OriginalLine, quantity: number, pricesIncludeTax: boolean) {
  if (quantity === line.quantity) {
    return {
      discountMinor: line.discountMinor,
      netMinor: line.netMinor,
      taxMinor: line.taxMinor,
      totalMinor: line.totalMinor,
    }
  }
  const discountMinor = Number(
    divideRounded(BigInt(line.discountMinor) * BigInt(quantity), BigInt(line.quantity)),
  )
  const amounts = lineAmounts({
    quantity,
    unitPriceMinor: line.unitPriceMinor,
    taxRateBp: line.taxRateBp,
    pricesIncludeTax,
    discountMinor,
  })
  return { discountMinor, ...amounts }
}

/**
 * Gives back `quantity` more units of a line: the difference between its figures after and before,
 * so the credits of a line add up to the line exactly once all of it is given back.
 */
export function creditOfLine(
  line: OriginalLine,
  quantity: number,
  restock: boolean,
  pricesIncludeTax: boolean,
): CreditLine {
  const before = amountsUpTo(line, line.creditedQuantity, pricesIncludeTax)
  const after = amountsUpTo(line, line.creditedQuantity + quantity, pricesIncludeTax)
  return {
    kind: line.kind,
    labourItemId: line.labourItemId,
    partId: line.partId,
    description: line.description,
    quantity,
    unitPriceMinor: line.unitPriceMinor,
    discountMinor: after.discountMinor - before.discountMinor,
    discountReason: line.discountReason,
    taxRateBp: line.taxRateBp,
    netMinor: after.netMinor - before.netMinor,
    taxMinor: after.taxMinor - before.taxMinor,
    totalMinor: after.totalMinor - before.totalMinor,
    unitCostMinor: line.unitCostMinor,
    warrantyDays: 0,
    originalLineId: line.id,
    restock: restock && line.partId !== null,
  }
}

/** The lines asked for, each within what is left of it. */
export function requestedLines(
  input: ParsedInput<'invoices.refund'>,
  lines: OriginalLine[],
  pricesIncludeTax: boolean,
): CreditLine[] {
  const seen = new Set<string>()
  return input.lines.map((asked, index) => {
    const line = lines.find((candidate) => candidate.id === asked.lineId)
    if (!line || seen.has(asked.lineId)) {
      throw refusal('VALIDATION', 'That line is not on this invoice (or is named twice).', 'unknownLine', {
        [`lines.${index}.lineId`]: line ? 'duplicate' : 'invalid',
      })
    }
    seen.add(asked.lineId)
    const left = line.quantity - line.creditedQuantity
    if (asked.quantity > left) {
      throw refusal(
        'VALIDATION',
        `Only ${left} of "${line.description}" is left to give back.`,
        'moreThanLeft',
        {
          [`lines.${index}.quantity`]: 'tooLarge',
        },
      )
    }
    return creditOfLine(line, asked.quantity, asked.restock, pricesIncludeTax)
  })
}

/**
 * An amount not tied to a line (goodwill, a price correction), tax-inclusive: one 'other' line at
 * the invoice's tax treatment and its lines' rate (the shop's rate when they have several).
 */
export async function amountLine(
  db: Executor,
  amountMinor: number,
  reason: string,
  invoice: { pricesIncludeTax: number },
  lines: OriginalLine[],
): Promise<CreditLine> {
  const rates = new Set(lines.map((line) => line.taxRateBp))
  const taxRateBp = rates.size === 1 ? [...rates][0]! : (await getSettings(db)).taxRateBp
  const whole = BigInt(basisPointsPerWhole)
  const netMinor = Number(divideRounded(BigInt(amountMinor) * whole, whole + BigInt(taxRateBp)))
  return {
    kind: 'other',
    labourItemId: null,
    partId: null,
    description: reason,
    quantity: 1,
    unitPriceMinor: invoice.pricesIncludeTax === 1 ? amountMinor : netMinor,
    discountMinor: 0,
    discountReason: '',
    taxRateBp,
    netMinor,
    taxMinor: amountMinor - netMinor,
    totalMinor: amountMinor,
    unitCostMinor: 0,
    warrantyDays: 0,
    originalLineId: null,
    restock: false,
  }
}

export function sumLines(lines: CreditLine[]) {
  return lines.reduce(
    (sum, line) => ({
      netMinor: sum.netMinor + line.netMinor,
      discountMinor: sum.discountMinor + line.discountMinor,
      taxMinor: sum.taxMinor + line.taxMinor,
      totalMinor: sum.totalMinor + line.totalMinor,
    }),
    { netMinor: 0, discountMinor: 0, taxMinor: 0, totalMinor: 0 },
  )
}

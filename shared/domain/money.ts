/**
 * Money is always an integer count of the currency's minor unit (fen for CNY, cents for USD).
 * Conversions to and from the text a person types live here, so nothing else does float arithmetic.
 */
export const currencies = ['CNY', 'HKD', 'TWD', 'MOP', 'USD', 'EUR', 'SGD', 'MYR'] as const
export type Currency = (typeof currencies)[number]

/** Minor units per major unit. TWD is kept with two decimals as its banks do. */
const decimals: Record<Currency, number> = {
  CNY: 2,
  HKD: 2,
  TWD: 2,
  MOP: 2,
  USD: 2,
  EUR: 2,
  SGD: 2,
  MYR: 2,
}

export function currencyDecimals(currency: Currency): number {
  return decimals[currency]
}

/** The largest amount we accept on one document field: 100 million major units. */
export const maxMinorAmount = 100_000_000_00

/**
 * Parses what a clerk typed ("12", "12.5", "1,299.00", "¥ 88") into minor units.
 * Returns null for text that is not an amount or has more decimals than the currency allows.
 */
export function parseMoney(text: string, currency: Currency): number | null {
  // NFKC folds what a Chinese keyboard types in full-width mode ("１２．５", "￥") to ASCII.
  const cleaned = text
    .normalize('NFKC')
    .replace(/[\s,¥$€]/g, '')
    .replace(/^(HK|NT|MOP|S|RM)\$?/i, '')
  if (cleaned === '') return null
  const places = decimals[currency]
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned)
  if (!match) return null
  const whole = match[1] ?? '0'
  const fraction = match[2] ?? ''
  if (fraction.length > places) return null
  const minor = Number(whole) * 10 ** places + Number(fraction.padEnd(places, '0') || '0')
  return Number.isSafeInteger(minor) && minor <= maxMinorAmount ? minor : null
}

/** Formats minor units as a plain decimal string ("1299.00"), without symbol or grouping. */
export function formatMinor(minor: number, currency: Currency): string {
  const places = decimals[currency]
  const sign = minor < 0 ? '-' : ''
  const abs = Math.abs(minor)
  const whole = Math.floor(abs / 10 ** places)
  const fraction = String(abs % 10 ** places).padStart(places, '0')
  return places === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`
}

/** Formats minor units for display in a locale, with the currency symbol. */
export function formatMoney(minor: number, currency: Currency, locale: string): string {
  const places = decimals[currency]
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  }).format(minor / 10 ** places)
}

/** Tax rates are basis points: 1300 = 13 %, 10_000 = 100 %. */
export const basisPointsPerWhole = 10_000

/**
 * `numerator / denominator` rounded to a whole number, halves away from zero (2.5 → 3, -2.5 → -3),
 * as Chinese invoices (四舍五入) and most tax offices round. BigInt, because quantity × price × rate
 * can pass 2^53 on a large line.
 */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero.')
  const negative = numerator < 0n !== denominator < 0n
  const top = numerator < 0n ? -numerator : numerator
  const bottom = denominator < 0n ? -denominator : denominator
  const rounded = (top * 2n + bottom) / (bottom * 2n)
  return negative ? -rounded : rounded
}

/** One document line, as estimates and invoices hold it. All amounts integer minor units. */
export interface LineAmountsInput {
  quantity: number
  unitPriceMinor: number
  /** Basis points; 0 for no tax. */
  taxRateBp: number
  /** true: the unit price already holds the tax (usual in China); false: tax goes on top. */
  pricesIncludeTax: boolean
  /** Taken off the line's price before tax, in the same terms as the price (with or without tax). */
  discountMinor?: number
}

export interface LineAmounts {
  /** Without tax. */
  netMinor: number
  taxMinor: number
  /** What the customer pays for the line: net + tax, always exactly. */
  totalMinor: number
}

function assertWhole(name: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be a whole number from 0 to ${max}, not ${value}.`)
  }
}

/**
 * A line's net, tax and total. Tax is worked out and rounded on each line (half away from zero),
 * and a document's figures are the sums of its lines (`sumLineAmounts`), so every printed line adds
 * up to the printed total without a rounding difference.
 *
 * - Prices without tax: net = quantity × price − discount; tax = round(net × rate); total = net + tax.
 * - Prices with tax: total = quantity × price − discount; net = round(total ÷ (1 + rate)); tax = total − net.
 *
 * Inputs are non-negative whole numbers (RangeError otherwise), so no figure is ever negative.
 */
export function lineAmounts(line: LineAmountsInput): LineAmounts {
  const discount = line.discountMinor ?? 0
  assertWhole('quantity', line.quantity)
  assertWhole('unitPriceMinor', line.unitPriceMinor)
  assertWhole('taxRateBp', line.taxRateBp, basisPointsPerWhole)
  assertWhole('discountMinor', discount)
  const whole = BigInt(basisPointsPerWhole)
  const rate = BigInt(line.taxRateBp)
  const gross = BigInt(line.quantity) * BigInt(line.unitPriceMinor) - BigInt(discount)
  if (gross < 0n) throw new RangeError('The discount is larger than the line.')
  if (line.pricesIncludeTax) {
    const net = divideRounded(gross * whole, whole + rate)
    return { netMinor: Number(net), taxMinor: Number(gross - net), totalMinor: Number(gross) }
  }
  const tax = divideRounded(gross * rate, whole)
  return { netMinor: Number(gross), taxMinor: Number(tax), totalMinor: Number(gross + tax) }
}

/** A document's figures: the sums of its lines' rounded figures. */
export function sumLineAmounts(lines: readonly LineAmounts[]): LineAmounts {
  return lines.reduce<LineAmounts>(
    (sum, line) => ({
      netMinor: sum.netMinor + line.netMinor,
      taxMinor: sum.taxMinor + line.taxMinor,
      totalMinor: sum.totalMinor + line.totalMinor,
    }),
    { netMinor: 0, taxMinor: 0, totalMinor: 0 },
  )
}

/** A rate in basis points as the percent a person types and reads (1300 → 13, 550 → 5.5). */
export function basisPointsToPercent(bp: number): number {
  return bp / 100
}

/** A percent typed by a person as basis points (13 → 1300, 5.5 → 550), rounded to whole points. */
export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * 100)
}

/**
 * Splits `amountMinor` over `weights` in proportion to them, by largest remainder: every share is
 * the floor of its exact part, and the minor units left over go one each to the largest fractional
 * remainders (the earlier weight first on a tie). The shares add up to exactly `amountMinor`, the
 * result depends on nothing but the inputs, and no share exceeds its weight while the amount does
 * not exceed the weights' sum. Weights of 0 get 0.
 */
export function allocateProportionally(amountMinor: number, weights: readonly number[]): number[] {
  assertWhole('amountMinor', amountMinor)
  weights.forEach((weight) => {
    assertWhole('weight', weight)
  })
  const sum = weights.reduce((total, weight) => total + BigInt(weight), 0n)
  if (amountMinor === 0) return weights.map(() => 0)
  if (sum === 0n) throw new RangeError('There is nothing to share an amount over.')
  const amount = BigInt(amountMinor)
  const parts = weights.map((weight, index) => {
    const exact = amount * BigInt(weight)
    return { index, share: exact / sum, remainder: exact % sum }
  })
  let left = amount - parts.reduce((total, part) => total + part.share, 0n)
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  )
  for (const part of byRemainder) {
    if (left === 0n) break
    if (part.remainder === 0n) continue
    part.share += 1n
    left -= 1n
  }
  return parts.map((part) => Number(part.share))
}

/** A document line before its amounts: `discountMinor` is the line's own discount. */
export interface DocumentLineInput {
  quantity: number
  unitPriceMinor: number
  taxRateBp: number
  discountMinor: number
}

export interface DocumentLineAmounts extends LineAmounts {
  /** The line's own discount plus its share of the invoice discount. */
  discountMinor: number
  /** Its share of the invoice discount alone. */
  shareMinor: number
}

export interface DocumentAmounts {
  lines: DocumentLineAmounts[]
  netMinor: number
  /** Every discount given: the lines' own and the invoice discount. */
  discountMinor: number
  taxMinor: number
  totalMinor: number
}

/** What a line charges before tax and before the invoice discount: quantity × price − its discount. */
function amountAfterOwnDiscount(line: DocumentLineInput): number {
  return line.quantity * line.unitPriceMinor - line.discountMinor
}

/**
 * Discounts that take off more than there is: a line's own discount above quantity × price, or an
 * invoice discount above what the lines come to after their own discounts. Empty when all is well.
 */
export function discountProblems(
  lines: readonly DocumentLineInput[],
  invoiceDiscountMinor: number,
): { lines: number[]; invoice: boolean } {
  const tooLarge = lines.flatMap((line, index) => (amountAfterOwnDiscount(line) < 0 ? [index] : []))
  const base = lines.reduce((sum, line) => sum + Math.max(0, amountAfterOwnDiscount(line)), 0)
  return { lines: tooLarge, invoice: invoiceDiscountMinor > base }
}

/**
 * A document's lines and totals with an invoice discount. The invoice discount is shared over the
 * lines before tax in proportion to each line's amount after its own discount
 * (`allocateProportionally`); then each line's tax is worked out on what is left
 * (`lineAmounts`), and the document's figures are the sums of its lines. Check `discountProblems`
 * first: a discount larger than what it discounts is a RangeError here.
 */
export function documentAmounts(
  lines: readonly DocumentLineInput[],
  invoiceDiscountMinor: number,
  pricesIncludeTax: boolean,
): DocumentAmounts {
  const problems = discountProblems(lines, invoiceDiscountMinor)
  if (problems.lines.length > 0 || problems.invoice) {
    throw new RangeError('A discount is larger than what it discounts.')
  }
  const shares = allocateProportionally(invoiceDiscountMinor, lines.map(amountAfterOwnDiscount))
  const priced = lines.map((line, index) => {
    const shareMinor = shares[index] ?? 0
    const discountMinor = line.discountMinor + shareMinor
    const amounts = lineAmounts({ ...line, pricesIncludeTax, discountMinor })
    return { ...amounts, discountMinor, shareMinor }
  })
  const sum = sumLineAmounts(priced)
  return {
    lines: priced,
    ...sum,
    discountMinor: priced.reduce((total, line) => total + line.discountMinor, 0),
  }
}

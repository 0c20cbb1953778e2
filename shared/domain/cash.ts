/**
 * The notes and coins a drawer is counted in, per currency, in minor units. Closing the day counts
 * each of them; the counted cash is the sum of value × count.
 */
import type { Currency } from './money'

export interface Denomination {
  valueMinor: number
  kind: 'note' | 'coin'
}

const notes = (...values: number[]) => values.map((valueMinor) => ({ valueMinor, kind: 'note' as const }))
const coins = (...values: number[]) => values.map((valueMinor) => ({ valueMinor, kind: 'coin' as const }))

/**
 * What circulates and a till holds, largest first. Rare pieces a shop never sees in its drawer
 * (the US $2 note, the €500 note no longer issued, S$1000) are left out to keep the grid short.
 */
const denominations: Record<Currency, readonly Denomination[]> = {
  CNY: [...notes(10000, 5000, 2000, 1000, 500, 100), ...coins(50, 10)],
  TWD: [...notes(200000, 100000, 50000, 20000, 10000), ...coins(5000, 1000, 500, 100)],
  HKD: [...notes(100000, 50000, 10000, 5000, 2000, 1000), ...coins(500, 200, 100, 50, 20, 10)],
  MOP: [...notes(100000, 50000, 10000, 5000, 2000, 1000), ...coins(500, 200, 100, 50, 20, 10)],
  USD: [...notes(10000, 5000, 2000, 1000, 500, 100), ...coins(25, 10, 5, 1)],
  EUR: [...notes(20000, 10000, 5000, 2000, 1000, 500), ...coins(200, 100, 50, 20, 10, 5, 2, 1)],
  SGD: [...notes(10000, 5000, 1000, 500, 200), ...coins(100, 50, 20, 10, 5)],
  MYR: [...notes(10000, 5000, 2000, 1000, 500, 100), ...coins(50, 20, 10, 5)],
}

/** The currency's notes and coins, largest first. */
export function denominationsFor(currency: Currency): readonly Denomination[] {
  return denominations[currency]
}

/** Whether a value (minor units) is one of the currency's notes or coins. */
export function isDenomination(currency: Currency, valueMinor: number): boolean {
  return denominations[currency].some((denomination) => denomination.valueMinor === valueMinor)
}

/**
 * The cash counted: Σ value × count over a count keyed by the value in minor units as text
 * (`{ "10000": 3, "50": 2 }` is ¥301.00), as the close form sends it and the session stores it.
 */
export function countedTotal(counts: Readonly<Record<string, number>>): number {
  return Object.entries(counts).reduce((sum, [value, count]) => sum + Number(value) * count, 0)
}

/** The values of a count that are not the currency's notes or coins (a wrong key from a form). */
export function unknownDenominations(currency: Currency, counts: Readonly<Record<string, number>>): string[] {
  return Object.keys(counts)
    .filter((value) => !isDenomination(currency, Number(value)))
    .sort((a, b) => Number(b) - Number(a))
}

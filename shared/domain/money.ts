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

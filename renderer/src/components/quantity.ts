/**
 * Quantities of stock as a clerk types them: whole units, maybe with a sign, maybe typed with a
 * Chinese keyboard in full-width mode ("１２", "－２").
 */

/** A parsed quantity, or the `validation.*` key saying what is wrong with the text. */
export type ParsedQuantity = { value: number } | { error: 'required' | 'wholeUnits' | 'invalid' | 'tooLarge' }

/** The contract takes up to a million units at once. */
const maxQuantity = 1_000_000

export function parseQuantity(text: string): ParsedQuantity {
  // NFKC folds full-width digits and signs; U+2212 is the typographic minus some keyboards give.
  const cleaned = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/\u2212/g, '-')
  if (cleaned === '') return { error: 'required' }
  if (/^[+-]?\d+[.,]\d*[1-9]\d*$/.test(cleaned)) return { error: 'wholeUnits' }
  const match = /^([+-]?)(\d+)(?:[.,]0*)?$/.exec(cleaned)
  if (!match) return { error: 'invalid' }
  const magnitude = Number(match[2])
  if (magnitude > maxQuantity) return { error: 'tooLarge' }
  return { value: match[1] === '-' ? -magnitude : magnitude }
}

/** A count of stock as shown: a negative one with a true minus sign, like the ledger's quantities. */
export function formatCount(value: number): string {
  return value < 0 ? `\u2212${Math.abs(value)}` : String(value)
}

/** A quantity with its sign always shown, as on the ledger: "+10", "−2", "0". */
export function signedQuantity(value: number): string {
  if (value > 0) return `+${value}`
  if (value < 0) return `\u2212${Math.abs(value)}`
  return '0'
}

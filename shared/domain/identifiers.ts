/**
 * Rules for the identifiers people type at the counter: phone numbers, device serials and IMEIs,
 * outlet codes and document numbers.
 */

/**
 * A phone number as typed, with the full-width digits, plus, spaces and dashes of a Chinese input
 * method folded to their ASCII forms ("１３８－００１３" becomes "138-0013").
 */
export function foldPhoneWidth(text: string): string {
  return text.normalize('NFKC').trim()
}

/** Keeps the digits of a phone number and a leading '+', dropping spaces, dashes and brackets. */
export function normalizePhone(text: string): string {
  const folded = foldPhoneWidth(text)
  const digits = folded.replace(/\D/g, '')
  return folded.startsWith('+') ? `+${digits}` : digits
}

// Digits with the separators people write between them: spaces, dashes, dots, brackets, a plus.
const phoneCharacters = /^[\d\s+().\-\u2010-\u2015\u2212]*$/

/** Why a phone number cannot be taken, as a validation key; null when it can. */
export type PhoneProblem = 'phoneNotDigits' | 'invalidPhone'

/**
 * Letters or other words in a phone number are refused, never dropped: "138abc12345" is not
 * "13812345". A phone number then has 5 to 15 digits (E.164 allows 15).
 */
export function phoneProblem(text: string): PhoneProblem | null {
  if (!phoneCharacters.test(foldPhoneWidth(text))) return 'phoneNotDigits'
  return /^\+?\d{5,15}$/.test(normalizePhone(text)) ? null : 'invalidPhone'
}

/** Only digits and separators, whatever their count (the first check of a phone field). */
export function hasOnlyPhoneCharacters(text: string): boolean {
  return phoneProblem(text) !== 'phoneNotDigits'
}

export function isValidPhone(text: string): boolean {
  return phoneProblem(text) === null
}

/** Serials are compared without spaces or dashes and in upper case, as scanners and labels differ. */
export function normalizeSerial(text: string): string {
  return text.replace(/[\s-]/g, '').toUpperCase()
}

/** An IMEI is 15 digits whose last digit is a Luhn check digit. */
export function isValidImei(text: string): boolean {
  const digits = normalizeSerial(text)
  if (!/^\d{15}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 15; index += 1) {
    let digit = Number(digits[index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/**
 * An outlet code is 2 to 8 upper-case letters or digits, at least one of them a letter: it starts
 * every document number, and the letter keeps "SC01-000123" apart from a phone such as "0755-88881234".
 */
export const outletCodePattern = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}$/

/** Ticket numbers: outlet code, a dash and a six-digit (or longer) per-outlet sequence: "SZ01-000123". */
export function formatTicketNumber(outletCode: string, sequence: number): string {
  return `${outletCode}-${String(sequence).padStart(6, '0')}`
}

export const ticketNumberPattern = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}-\d{6,}$/

/**
 * Document numbers other than tickets: the outlet's code, a letter for the kind of document and the
 * outlet's own gapless sequence for it — "SC01-I000123" (invoice), "SC01-C000007" (credit note),
 * "SC01-D000042" (drawer session).
 */
export function formatDocumentNumber(outletCode: string, letter: 'I' | 'C' | 'D', sequence: number): string {
  return `${outletCode}-${letter}${String(sequence).padStart(6, '0')}`
}

/**
 * Text rules shared by the search index (main) and the search box (renderer):
 * how a query is normalised, and how the counter's single box guesses what was typed.
 */

/** Lower case, full-width letters and digits folded to ASCII, spaces collapsed. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

export type QueryKind = 'ticket' | 'digits' | 'text'

/** Guesses what a query is: a ticket number (from a scanner or typed), digits (phone, IMEI), or text. */
export function classifyQuery(query: string): QueryKind {
  const text = normalizeSearchText(query).toUpperCase()
  // Outlet codes hold a letter (see outletCodePattern), so a landline "0755-88881234" stays digits.
  if (/^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}-\d+$/.test(text)) return 'ticket'
  if (/^\+?[\d\s-]+$/.test(text)) return 'digits'
  return 'text'
}

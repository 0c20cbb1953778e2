/** A count typed in a box: a whole number of pieces (blank is none), or null when it is not one. */
export function parseCount(text: string): number | null {
  const trimmed = text.normalize('NFKC').trim()
  if (trimmed === '') return 0
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null
}

/** Tickets whose special-ordered parts have arrived. */
export function PartsArrivedCard() {
  return null
}

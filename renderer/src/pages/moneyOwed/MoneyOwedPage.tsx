/** Customers with a balance due, oldest first. */
export function MoneyOwedPage() {
  return null
}

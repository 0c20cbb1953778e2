/** A counter sale: scan items, take the payment, print the receipt. */
export function SalePage() {
  return null
}

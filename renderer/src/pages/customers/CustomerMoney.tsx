/** A customer's balance due, store credit and statement. */
export function CustomerMoney(_props: { customerId: string }) {
  return null
}

/** A customer's statement, A4. */
export function StatementPrint() {
  return null
}

/** The invoice / receipt, 80 mm and A4, with the repair warranty end date. */
export function InvoicePrint() {
  return null
}

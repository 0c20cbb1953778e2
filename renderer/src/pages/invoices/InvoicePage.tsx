/** One invoice or credit note: lines, payments, refunds, void, tax invoice number. */
export function InvoicePage() {
  return null
}

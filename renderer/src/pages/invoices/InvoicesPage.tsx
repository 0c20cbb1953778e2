/** Invoices and credit notes, by period, number or customer. */
export function InvoicesPage() {
  return null
}

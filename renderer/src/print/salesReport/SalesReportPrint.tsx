/** The sales report, A4. */
export function SalesReportPrint() {
  return null
}

/** The daily sales report with a chart, printable and exportable. */
export function SalesReportPage() {
  return null
}

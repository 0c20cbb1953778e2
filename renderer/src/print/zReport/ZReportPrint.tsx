/** The Z report of a drawer session, 80 mm and A4. */
export function ZReportPrint() {
  return null
}

/** The technician's job sheet, A4 and 80 mm. */
export function JobSheetPrint() {
  return null
}

/** The labour (service) catalogue. */
export function LabourPage() {
  return null
}

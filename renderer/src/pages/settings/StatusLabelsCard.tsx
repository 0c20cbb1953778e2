/** The owner's labels inside each status, and their order. */
export function StatusLabelsCard() {
  return null
}

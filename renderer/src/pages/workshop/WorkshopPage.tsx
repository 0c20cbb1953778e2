/** The workshop board: a column per open status. */
export function WorkshopPage() {
  return null
}

/** Staff records: add, edit, deactivate. */
export function StaffCard() {
  return null
}

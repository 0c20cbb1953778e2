/** Who is working at this counter (header). */
export function WorkingStaffPicker() {
  return null
}

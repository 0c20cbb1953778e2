/** The cash drawer: open with a float, paid in/out, close with the count, the Z report. */
export function DrawerPage() {
  return null
}

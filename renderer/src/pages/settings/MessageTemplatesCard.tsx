/** Message templates per status and language. */
export function MessageTemplatesCard() {
  return null
}

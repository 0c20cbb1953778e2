import type { TicketDetail } from '../../../../shared/contract'

/** Edits the details taken at intake; shows a CONFLICT with what changed (issue 5 item 11). */
export function EditTicketButton(_props: { ticket: TicketDetail }) {
  return null
}

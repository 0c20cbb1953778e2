import type { TicketDetail } from '../../../../shared/contract'

/** Adding internal and customer-facing notes. */
export function NotesPanel(_props: { ticket: TicketDetail }) {
  return null
}

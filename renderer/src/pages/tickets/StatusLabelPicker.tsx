import type { TicketDetail } from '../../../../shared/contract'

/** The owner's label inside the ticket's status. */
export function StatusLabelPicker(_props: { ticket: TicketDetail }) {
  return null
}

import type { TicketDetail } from '../../../../shared/contract'

/** Assigns or reassigns the technician. */
export function AssignTechnician(_props: { ticket: TicketDetail }) {
  return null
}

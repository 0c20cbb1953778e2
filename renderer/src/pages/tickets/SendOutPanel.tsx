import type { TicketDetail } from '../../../../shared/contract'

/** Sending the device to a manufacturer's or partner's service centre, and its return. */
export function SendOutPanel(_props: { ticket: TicketDetail }) {
  return null
}

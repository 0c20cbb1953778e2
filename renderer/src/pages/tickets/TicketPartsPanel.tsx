import type { TicketDetail } from '../../../../shared/contract'

/** Parts reserved, used and returned; special orders. */
export function TicketPartsPanel(_props: { ticket: TicketDetail }) {
  return null
}

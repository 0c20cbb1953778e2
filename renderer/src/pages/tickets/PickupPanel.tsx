import type { TicketDetail } from '../../../../shared/contract'

/** Pickup: what is due, the payment, the invoice, the ticket collected; and the ticket's invoices. */
export function PickupPanel(_props: { ticket: TicketDetail }) {
  return null
}

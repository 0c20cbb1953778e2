import type { TicketDetail } from '../../../../shared/contract'

/** The status message to copy into SMS or a chat app, and recording that the customer was told. */
export function TellCustomer(_props: { ticket: TicketDetail }) {
  return null
}

import type { TicketDetail } from '../../../../shared/contract'

/** Photos and files attached to the ticket, as thumbnails. */
export function AttachmentsPanel(_props: { ticket: TicketDetail }) {
  return null
}

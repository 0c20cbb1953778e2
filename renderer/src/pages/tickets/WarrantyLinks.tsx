import type { TicketDetail } from '../../../../shared/contract'

/** Warranty: repair warranty end, the original ticket of a repeat repair, and its repeat repairs. */
export function WarrantyLinks(_props: { ticket: TicketDetail }) {
  return null
}

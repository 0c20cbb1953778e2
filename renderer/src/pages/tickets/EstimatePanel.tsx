import type { TicketDetail } from '../../../../shared/contract'

/** Estimate versions, lines, sending for approval and the answer. */
export function EstimatePanel(_props: { ticket: TicketDetail }) {
  return null
}

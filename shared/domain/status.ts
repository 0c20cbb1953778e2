/**
 * The repair status machine. Every ticket is in exactly one status; a status change is allowed only
 * along the transitions below. The workflow issue drives these; intake creates tickets as 'received'.
 */
export const ticketStatuses = [
  'received',
  'diagnosing',
  'awaiting_approval',
  'awaiting_parts',
  'in_repair',
  'testing',
  'ready_for_pickup',
  'collected',
  'declined',
  'unrepairable',
  'sent_out',
  'cancelled',
] as const

export type TicketStatus = (typeof ticketStatuses)[number]

const transitions: Record<TicketStatus, readonly TicketStatus[]> = {
  received: ['diagnosing', 'in_repair', 'sent_out', 'cancelled'],
  diagnosing: ['awaiting_approval', 'in_repair', 'unrepairable', 'sent_out', 'cancelled'],
  awaiting_approval: ['awaiting_parts', 'in_repair', 'declined', 'cancelled'],
  awaiting_parts: ['in_repair', 'cancelled'],
  // A repair whose scope changes on the bench goes back to the customer for approval.
  in_repair: ['awaiting_approval', 'awaiting_parts', 'testing', 'unrepairable', 'sent_out'],
  testing: ['in_repair', 'ready_for_pickup'],
  // The device waits at the counter; it can go back to the bench if a final check fails.
  ready_for_pickup: ['collected', 'in_repair'],
  // Declined and unrepairable devices still have to be handed back.
  declined: ['ready_for_pickup'],
  unrepairable: ['ready_for_pickup'],
  sent_out: ['testing', 'unrepairable', 'ready_for_pickup'],
  collected: [],
  cancelled: [],
}

export function allowedTransitions(from: TicketStatus): readonly TicketStatus[] {
  return transitions[from]
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return transitions[from].includes(to)
}

/** Statuses in which the shop still holds the device and owes the customer work or an answer. */
export const openStatuses: readonly TicketStatus[] = ticketStatuses.filter(
  (status) => status !== 'collected' && status !== 'cancelled',
)

export function isClosed(status: TicketStatus): boolean {
  return transitions[status].length === 0
}

export const ticketPriorities = ['normal', 'high', 'urgent'] as const
export type TicketPriority = (typeof ticketPriorities)[number]

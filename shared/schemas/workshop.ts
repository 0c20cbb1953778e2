/** Technicians' tickets: assignment, the workshop board and a technician's queue. */
import { z } from 'zod'
import { ticketPriorities, ticketStatuses } from '../domain/status'
import { id, optionalText } from './fields'

export const boardTicketSchema = z.object({
  id,
  number: z.string(),
  status: z.enum(ticketStatuses),
  priority: z.enum(ticketPriorities),
  version: z.number().int(),
  customerName: z.string(),
  deviceLabel: z.string(),
  reportedFault: z.string(),
  promisedAt: z.string().nullable(),
  createdAt: z.string(),
  assignedTo: z.object({ id, name: z.string(), code: z.string() }).nullable(),
  statusLabelName: z.string().nullable(),
  partsArrivedAt: z.string().nullable(),
  isWarranty: z.boolean(),
})
export type BoardTicket = z.infer<typeof boardTicketSchema>

/** Whose tickets the board shows: everyone's, one technician's, or those nobody has yet. */
export const boardFilterSchema = z.union([z.literal('all'), z.literal('unassigned'), id]).default('all')

export const boardSchema = z.object({
  columns: z.array(
    z.object({
      status: z.enum(ticketStatuses),
      /** All tickets in this status (the column shows at most `limitPerColumn`). */
      total: z.number().int(),
      tickets: z.array(boardTicketSchema),
    }),
  ),
})

export const assignInputSchema = z.object({
  id,
  version: z.number().int(),
  /** null: take the technician off the ticket. */
  staffId: id.nullable(),
  note: optionalText(500).default(''),
})

/** Staff, who is working, the owner's labels inside a status, ticket edits and warranty checks. */
import { z } from 'zod'
import { ticketStatuses } from '../domain/status'
import { id, isoDate, isoDateTime, optionalText, requiredText } from './fields'
import { ticketPriorities } from '../domain/status'

export const staffRoles = ['counter', 'technician', 'manager'] as const
export type StaffRole = (typeof staffRoles)[number]

export const staffInputSchema = z.object({
  name: requiredText(40),
  /** A short code shown on the board and printed on job sheets (e.g. "T1", "王师傅" is the name). */
  code: requiredText(8).toUpperCase(),
  role: z.enum(staffRoles, { error: 'invalid' }),
})
export const staffSchema = staffInputSchema.extend({ id, active: z.boolean(), createdAt: z.string() })
export type Staff = z.infer<typeof staffSchema>

export const statusLabelSchema = z.object({
  id,
  status: z.enum(ticketStatuses),
  name: z.string(),
  position: z.number().int(),
  active: z.boolean(),
})
export type StatusLabel = z.infer<typeof statusLabelSchema>

/** Editable details of a ticket after intake; `version` is the one the clerk started from. */
export const ticketUpdateSchema = z.object({
  id,
  version: z.number().int(),
  reportedFault: requiredText(1000),
  accessories: z.array(requiredText(40)).max(20, { error: 'tooMany' }),
  condition: optionalText(1000),
  promisedAt: isoDateTime.nullable(),
  priority: z.enum(ticketPriorities, { error: 'invalid' }),
})

/** What the counter is told about a device at intake: warranties still running. */
export const warrantyCheckSchema = z.object({
  /** The manufacturer's warranty from the device's record (its end date), if still running. */
  manufacturerWarrantyEnd: isoDate.nullable(),
  /** Earlier repairs of this device whose repair warranty still runs, newest first. */
  repairWarranties: z.array(
    z.object({
      ticketId: id,
      number: z.string(),
      collectedAt: z.string(),
      warrantyEnd: z.string(),
      /** The approved work it covers (labour descriptions). */
      work: z.array(z.string()),
    }),
  ),
})

/** Parts reserved for, used on and returned from a ticket; special orders; sending a device out. */
import { z } from 'zod'
import { id, isoDateTime, money, optionalText, requiredText } from './fields'

/**
 * A row's life: reserved → used → returned, or reserved → released. 'on_order' is not a row of its
 * own: it is a special-order line still outstanding on a purchase order for this ticket.
 */
export const ticketPartStatuses = ['reserved', 'used', 'returned', 'released', 'on_order'] as const

export const ticketPartSchema = z.object({
  id,
  ticketId: id,
  partId: id,
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  status: z.enum(ticketPartStatuses),
  unitCostMinor: z.number().int(),
  priceMinor: z.number().int(),
  /** The part's on hand less what is reserved, now. */
  available: z.number().int(),
  /** For on_order: the purchase order the special-ordered line is on. */
  purchaseOrderId: id.nullable(),
  purchaseOrderNumber: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
})
export type TicketPart = z.infer<typeof ticketPartSchema>

const partQuantity = z
  .number({ error: 'invalid' })
  .int({ error: 'wholeUnits' })
  .min(1, { error: 'tooSmall' })
  .max(1000, { error: 'tooLarge' })

export const ticketPartAddSchema = z.object({
  ticketId: id,
  partId: id,
  quantity: partQuantity,
  /** false: set aside (reserved); true: fitted now (posts the stock movement). */
  use: z.boolean().default(false),
})

export const specialOrderSchema = z.object({
  ticketId: id,
  partId: id,
  quantity: partQuantity,
  /** null: the part's default supplier. */
  supplierId: id.nullable().default(null),
  unitCostMinor: money.nullable().default(null),
})

export const sendOutSchema = z.object({
  id,
  ticketId: id,
  partner: z.string(),
  sentAt: z.string(),
  trackingNumber: z.string(),
  expectedBackAt: z.string().nullable(),
  note: z.string(),
  sentByName: z.string(),
  returnedAt: z.string().nullable(),
  returnNote: z.string(),
})

export const sendOutInputSchema = z.object({
  ticketId: id,
  version: z.number().int(),
  partner: requiredText(120),
  trackingNumber: optionalText(80).default(''),
  expectedBackAt: isoDateTime.nullable().default(null),
  note: optionalText(500).default(''),
})

export const sendOutReturnSchema = z.object({
  id,
  note: optionalText(500).default(''),
  toStatus: z.enum(['testing', 'unrepairable', 'ready_for_pickup'], { error: 'invalid' }),
})

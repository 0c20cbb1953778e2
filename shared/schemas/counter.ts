/**
 * The counter's records: store settings, customers, devices and tickets, as the contract's methods
 * take and answer them. Validation messages are stable keys the UI translates under `validation.*`.
 */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { hasOnlyPhoneCharacters, isValidPhone, outletCodePattern } from '../domain/identifiers'
import { ticketPriorities, ticketStatuses } from '../domain/status'
import { id, isoDate, isoDateTime, money, optionalText, requiredText } from './fields'

export const locales = ['zh-CN', 'zh-TW', 'en'] as const
export const localeSchema = z.enum(locales)
export type Locale = z.infer<typeof localeSchema>

// ---- Store settings --------------------------------------------------------------------------
export const settingsSchema = z.object({
  outletName: requiredText(80),
  outletCode: z
    .string({ error: 'required' })
    .trim()
    .toUpperCase()
    .regex(outletCodePattern, { error: 'invalidOutletCode' }),
  address: optionalText(200),
  phone: optionalText(40),
  currency: z.enum(currencies, { error: 'invalid' }),
  receiptTerms: optionalText(2000),
  /** null: follow the computer's language. */
  defaultLanguage: localeSchema.nullable(),
  /** Whether stock may go below zero (then with a visible warning); new shops start with it off. */
  allowNegativeStock: z.boolean({ error: 'required' }),
  /** The shop's tax rate in basis points (1300 = 13 %); 0 when it charges none. */
  taxRateBp: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(0, { error: 'negative' })
    .max(10_000, { error: 'tooLarge' })
    .default(0),
  /** Whether prices are entered with tax included (usual in China) or with tax added on top. */
  pricesIncludeTax: z.boolean({ error: 'required' }).default(true),
})
export type Settings = z.infer<typeof settingsSchema>

// ---- Customers -------------------------------------------------------------------------------
export const phoneSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine(hasOnlyPhoneCharacters, { error: 'phoneNotDigits', abort: true })
  .refine(isValidPhone, { error: 'invalidPhone' })

export const customerInputSchema = z.object({
  name: requiredText(80),
  phones: z.array(phoneSchema).min(1, { error: 'required' }).max(5, { error: 'tooMany' }),
  email: z
    .union([z.literal(''), z.email({ error: 'invalidEmail' }).max(120, { error: 'tooLong' })])
    .default(''),
  address: optionalText(200).default(''),
  notes: optionalText(1000).default(''),
})
export type CustomerInput = z.input<typeof customerInputSchema>

export const customerSchema = z.object({
  id,
  name: z.string(),
  phones: z.array(z.string()),
  email: z.string(),
  address: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Customer = z.infer<typeof customerSchema>

export const customerSummarySchema = customerSchema.pick({ id: true, name: true, phones: true })
export type CustomerSummary = z.infer<typeof customerSummarySchema>

// ---- Devices ---------------------------------------------------------------------------------
export const deviceCategories = [
  'phone',
  'tablet',
  'laptop',
  'desktop',
  'watch',
  'audio',
  'console',
  'tv',
  'appliance',
  'other',
] as const

export const deviceInputSchema = z.object({
  category: z.enum(deviceCategories, { error: 'required' }),
  brand: requiredText(40),
  model: optionalText(60).default(''),
  serial: optionalText(40).default(''),
  purchaseDate: isoDate.nullable().default(null),
  warrantyEnd: isoDate.nullable().default(null),
  notes: optionalText(500).default(''),
})
export type DeviceInput = z.input<typeof deviceInputSchema>

export const deviceSchema = z.object({
  id,
  customerId: id,
  category: z.enum(deviceCategories),
  brand: z.string(),
  model: z.string(),
  serial: z.string(),
  purchaseDate: z.string().nullable(),
  warrantyEnd: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
})
export type Device = z.infer<typeof deviceSchema>

export const deviceMatchSchema = deviceSchema.extend({ customerName: z.string() })

// ---- Tickets ---------------------------------------------------------------------------------
export const ticketStatusSchema = z.enum(ticketStatuses)
export const tenderTypes = ['cash', 'card', 'wechat', 'alipay', 'transfer'] as const

export const intakeInputSchema = z.object({
  customer: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('existing'), id }),
    customerInputSchema.extend({ kind: z.literal('new') }),
  ]),
  device: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('existing'), id }),
    deviceInputSchema.extend({ kind: z.literal('new') }),
  ]),
  reportedFault: requiredText(1000),
  accessories: z.array(requiredText(40)).max(20, { error: 'tooMany' }).default([]),
  condition: optionalText(1000).default(''),
  unlockCode: optionalText(64).default(''),
  estimateMinor: money.nullable().default(null),
  depositMinor: money.default(0),
  depositTender: z.enum(tenderTypes).default('cash'),
  promisedAt: isoDateTime.nullable().default(null),
  priority: z.enum(ticketPriorities).default('normal'),
  /** The technician it goes to, if known at the counter. */
  assignedTo: id.nullable().default(null),
  /** A repeat repair claimed under this earlier ticket's repair warranty: charged nothing. */
  warrantyOfTicketId: id.nullable().default(null),
})
export type IntakeInput = z.input<typeof intakeInputSchema>

/**
 * What can happen on a ticket's timeline. The renderer words each kind from the event's `data`
 * (technician's name, estimate version, part, tracking number...) in the clerk's language.
 */
export const ticketEventKinds = [
  'intake',
  'status',
  'note',
  'deposit',
  'assigned',
  'label',
  'edited',
  'estimate',
  'approval',
  'part',
  'sent_out',
  'returned',
  'message',
  'attachment',
  'parts_arrived',
  'warranty',
  'invoice',
] as const
export type TicketEventKind = (typeof ticketEventKinds)[number]
/** Internal events stay in the shop; customer-facing ones may be shown or told to the customer. */
export const visibilities = ['internal', 'customer'] as const

export const ticketEventSchema = z.object({
  id,
  kind: z.enum(ticketEventKinds),
  fromStatus: ticketStatusSchema.nullable(),
  toStatus: ticketStatusSchema.nullable(),
  note: z.string(),
  amountMinor: z.number().int().nullable(),
  visibility: z.enum(visibilities),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  actorName: z.string(),
  createdAt: z.string(),
})
export type TicketEvent = z.infer<typeof ticketEventSchema>

/** A staff member named on a ticket (its technician). */
export const staffRefSchema = z.object({ id, name: z.string() })
export const ticketRefSchema = z.object({ id, number: z.string() })

export const ticketSummarySchema = z.object({
  id,
  number: z.string(),
  status: ticketStatusSchema,
  priority: z.enum(ticketPriorities),
  customerName: z.string(),
  customerPhone: z.string(),
  deviceLabel: z.string(),
  reportedFault: z.string(),
  promisedAt: z.string().nullable(),
  createdAt: z.string(),
  assignedToName: z.string().nullable(),
})
export type TicketSummary = z.infer<typeof ticketSummarySchema>

export const ticketDetailSchema = z.object({
  id,
  number: z.string(),
  status: ticketStatusSchema,
  priority: z.enum(ticketPriorities),
  reportedFault: z.string(),
  accessories: z.array(z.string()),
  condition: z.string(),
  hasUnlockCode: z.boolean(),
  estimateMinor: z.number().int().nullable(),
  depositMinor: z.number().int(),
  currency: z.enum(currencies),
  promisedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  customer: customerSummarySchema,
  device: deviceSchema,
  events: z.array(ticketEventSchema),
  assignedTo: staffRefSchema.nullable(),
  statusLabel: z.object({ id, name: z.string() }).nullable(),
  /** The earlier ticket this one is a warranty (repeat) repair of. */
  warrantyOf: ticketRefSchema.nullable(),
  /** Later tickets claimed under this one's repair warranty. */
  repeatRepairs: z.array(ticketRefSchema),
  collectedAt: z.string().nullable(),
  /** When the repair warranty of the approved work ends (from pickup); null before pickup or without one. */
  repairWarrantyEnd: z.string().nullable(),
  /** A special-ordered part for this ticket has arrived and waits to be fitted. */
  partsArrivedAt: z.string().nullable(),
})
export type TicketDetail = z.infer<typeof ticketDetailSchema>

// ---- Printing (the desktop door prints natively; the browser door uses the browser's print) --
export const receiptLayouts = ['80mm', 'a4'] as const
export const printTargets = ['dialog', 'silent', 'pdf'] as const

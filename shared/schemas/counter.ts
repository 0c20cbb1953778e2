/**
 * The counter's records: store settings, customers, devices and tickets, as the contract's methods
 * take and answer them. Validation messages are stable keys the UI translates under `validation.*`.
 */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { isValidPhone, outletCodePattern } from '../domain/identifiers'
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
})
export type Settings = z.infer<typeof settingsSchema>

// ---- Customers -------------------------------------------------------------------------------
export const phoneSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
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
})
export type IntakeInput = z.input<typeof intakeInputSchema>

export const ticketEventSchema = z.object({
  id,
  kind: z.enum(['intake', 'status', 'note', 'deposit']),
  fromStatus: ticketStatusSchema.nullable(),
  toStatus: ticketStatusSchema.nullable(),
  note: z.string(),
  amountMinor: z.number().int().nullable(),
  actorName: z.string(),
  createdAt: z.string(),
})

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
})
export type TicketDetail = z.infer<typeof ticketDetailSchema>

// ---- Printing (the desktop door prints natively; the browser door uses the browser's print) --
export const receiptLayouts = ['80mm', 'a4'] as const
export const printTargets = ['dialog', 'silent', 'pdf'] as const

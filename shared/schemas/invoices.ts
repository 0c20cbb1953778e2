/** Invoices from a ticket (pickup) or a counter sale, their lines and payments. */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { id, isoDateTime, limit, money, optionalText, page, requiredText } from './fields'

/** How a customer pays at the counter. An intake deposit is applied by itself (tender 'deposit'). */
export const paymentTenders = ['cash', 'card', 'wechat', 'alipay', 'transfer', 'store_credit'] as const
export const recordedTenders = [...paymentTenders, 'deposit'] as const
export const invoiceKinds = ['invoice', 'credit_note'] as const
export const invoiceLineKinds = ['labour', 'part', 'other'] as const
export const paymentKinds = ['payment', 'deposit_applied', 'refund'] as const
/** paid, partly paid, due; a voided invoice; a credit note (money given back). */
export const paymentStatuses = ['paid', 'partly_paid', 'due', 'voided', 'credit'] as const

const positiveMoney = money.refine((value) => value > 0, { error: 'tooSmall' })
const basisPoints = z
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .min(0, { error: 'negative' })
  .max(10_000, { error: 'tooLarge' })

export const paymentInputSchema = z.object({
  tender: z.enum(paymentTenders, { error: 'invalid' }),
  amountMinor: positiveMoney,
  /** Cash handed over (cash only); the change is what it exceeds the amount by. */
  tenderedMinor: money.nullable().default(null),
  /** A card slip or WeChat/Alipay transaction number, when the clerk notes one. */
  reference: optionalText(80).default(''),
})
export type PaymentInput = z.input<typeof paymentInputSchema>

export const invoiceLineInputSchema = z.object({
  kind: z.enum(invoiceLineKinds, { error: 'invalid' }),
  labourItemId: id.nullable().default(null),
  partId: id.nullable().default(null),
  /** Empty: the labour item's or part's name. */
  description: optionalText(200).default(''),
  quantity: z
    .number({ error: 'invalid' })
    .int({ error: 'wholeUnits' })
    .min(1, { error: 'tooSmall' })
    .max(1000, { error: 'tooLarge' }),
  /** null: the labour item's or part's price. */
  unitPriceMinor: money.nullable().default(null),
  discountMinor: money.default(0),
  discountReason: optionalText(200).default(''),
  /** null: the labour item's or the shop's rate. */
  taxRateBp: basisPoints.nullable().default(null),
})
export type InvoiceLineInput = z.input<typeof invoiceLineInputSchema>

/** A discount on the whole invoice, with its reason; shared over the lines before tax. */
export const invoiceDiscountSchema = z
  .object({ amountMinor: positiveMoney, reason: requiredText(200) })
  .nullable()
  .default(null)

export const saleInputSchema = z.object({
  customerId: id.nullable().default(null),
  lines: z.array(invoiceLineInputSchema).min(1, { error: 'required' }).max(100, { error: 'tooMany' }),
  invoiceDiscount: invoiceDiscountSchema,
  payments: z.array(paymentInputSchema).max(10, { error: 'tooMany' }).default([]),
  note: optionalText(500).default(''),
})

/**
 * Where an intake deposit larger than the invoice goes back: the way it was paid (each deposit's own
 * tender), cash from the drawer, or the customer's store credit.
 */
export const depositReturnTargets = ['original', 'cash', 'store_credit'] as const

export const pickupInputSchema = z.object({
  ticketId: id,
  /** The ticket's version the clerk saw. */
  version: z.number().int(),
  /** Anything added at the counter (a case, a screen protector, a diagnostic fee). */
  extraLines: z.array(invoiceLineInputSchema).max(50, { error: 'tooMany' }).default([]),
  invoiceDiscount: invoiceDiscountSchema,
  payments: z.array(paymentInputSchema).max(10, { error: 'tooMany' }).default([]),
  depositReturn: z.enum(depositReturnTargets, { error: 'invalid' }).default('original'),
  note: optionalText(500).default(''),
})

/** What an invoice would be, before it is issued: what the counter shows as due. */
export const invoicePreviewInputSchema = z.object({
  ticketId: id.nullable().default(null),
  /** The sale's lines, or the lines added to a ticket's. */
  lines: z.array(invoiceLineInputSchema).max(100, { error: 'tooMany' }).default([]),
  invoiceDiscount: invoiceDiscountSchema,
})

export const previewLineSchema = z.object({
  kind: z.enum(invoiceLineKinds),
  labourItemId: id.nullable(),
  partId: id.nullable(),
  description: z.string(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  discountMinor: z.number().int(),
  discountReason: z.string(),
  taxRateBp: z.number().int(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  unitCostMinor: z.number().int(),
  warrantyDays: z.number().int(),
  /** Where a ticket's line came from: the approved estimate, a part used, or the counter. */
  source: z.enum(['estimate', 'part_used', 'counter']),
})

export const invoicePreviewSchema = z.object({
  currency: z.enum(currencies),
  pricesIncludeTax: z.boolean(),
  /** A warranty repair: nothing to pay. */
  warranty: z.boolean(),
  lines: z.array(previewLineSchema),
  netMinor: z.number().int(),
  discountMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  /** The ticket's intake deposits, applied first. */
  depositMinor: z.number().int(),
  /** Each deposit's tender and amount, oldest first: where a deposit given back goes by default. */
  deposits: z.array(z.object({ tender: z.enum(paymentTenders), amountMinor: z.number().int() })),
  /** The deposit beyond the total: handed back to the customer at pickup. */
  depositReturnMinor: z.number().int(),
  dueMinor: z.number().int(),
})

export const invoiceLineSchema = previewLineSchema.omit({ source: true }).extend({
  id,
  position: z.number().int(),
  originalLineId: id.nullable(),
  restocked: z.boolean(),
  /** How much of this line credit notes have given back already. */
  creditedQuantity: z.number().int(),
  /**
   * Our repair warranty on this line ends: the invoice's issuedAt + warrantyDays, as an instant
   * (ISO, UTC) the renderer shows as a local date; null without one, and on a credit note.
   */
  warrantyEnd: z.string().nullable(),
})

export const paymentSchema = z.object({
  id,
  kind: z.enum(paymentKinds),
  tender: z.enum(recordedTenders),
  amountMinor: z.number().int(),
  tenderedMinor: z.number().int().nullable(),
  changeMinor: z.number().int(),
  reference: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  /** For a refund: the credit note it pays out. */
  creditNoteNumber: z.string().nullable(),
})

export const invoiceRefSchema = z.object({ id, number: z.string() })

export const invoiceSchema = z.object({
  id,
  number: z.string(),
  kind: z.enum(invoiceKinds),
  ticket: invoiceRefSchema.nullable(),
  customer: z.object({ id, name: z.string(), phones: z.array(z.string()) }).nullable(),
  /** A credit note's invoice. */
  original: invoiceRefSchema.nullable(),
  /** An invoice's credit notes. */
  creditNotes: z.array(invoiceRefSchema.extend({ totalMinor: z.number().int(), isVoid: z.boolean() })),
  reason: z.string(),
  isVoid: z.boolean(),
  pricesIncludeTax: z.boolean(),
  currency: z.enum(currencies),
  lines: z.array(invoiceLineSchema),
  netMinor: z.number().int(),
  discountMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  /**
   * An invoice: its payments and applied deposits, less the refunds paid out by its credit notes
   * (refund rows whose creditNoteId is one of its credit notes). A refund row with no credit note
   * gives back an unused intake deposit (a deposit above the invoice's total) and is not counted.
   * A credit note: the refunds it paid out.
   */
  paidMinor: z.number().int(),
  /** Total of its credit notes (0 on a credit note). */
  creditedMinor: z.number().int(),
  /** max(0, total − credited − paid): still owed on an invoice, still to pay out on a credit note. */
  balanceMinor: z.number().int(),
  /** voided: a credit note with isVoid exists; else paid (balance 0) / partly_paid / due; credit: a credit note. */
  paymentStatus: z.enum(paymentStatuses),
  /**
   * An invoice: every money row on it (payments, deposit applied, an unused deposit given back) and
   * the refunds of its credit notes; a credit note: its refunds. Oldest first.
   */
  payments: z.array(paymentSchema),
  taxInvoiceNumber: z.string().nullable(),
  note: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  /** The latest end of our repair warranty over its lines; null without one. */
  warrantyEnd: z.string().nullable(),
})
export type Invoice = z.infer<typeof invoiceSchema>

export const invoiceSummarySchema = z.object({
  id,
  number: z.string(),
  kind: z.enum(invoiceKinds),
  customerName: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  totalMinor: z.number().int(),
  balanceMinor: z.number().int(),
  paymentStatus: z.enum(paymentStatuses),
  currency: z.enum(currencies),
  issuedAt: z.string(),
})
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>

export const invoiceListSchema = z.object({
  from: isoDateTime.nullable().default(null),
  to: isoDateTime.nullable().default(null),
  kind: z.enum(invoiceKinds).nullable().default(null),
  /** Only invoices with something still to pay. */
  dueOnly: z.boolean().default(false),
  query: z.string().max(100).default(''),
  cursor: z.string().nullable().default(null),
  limit: limit(50, 200),
})
export const invoicePageSchema = page(invoiceSummarySchema)

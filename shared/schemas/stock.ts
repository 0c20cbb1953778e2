/** Parts stock: the catalogue, suppliers and the stock ledger's movements. */
import { z } from 'zod'
import { foldPhoneWidth, hasOnlyPhoneCharacters, isValidPhone } from '../domain/identifiers'
import { stockMovementKinds, adjustmentReasons } from '../domain/stock'
import { id, money, optionalText, quantity, requiredText } from './fields'

const code = (max: number) => requiredText(max).transform((text) => text.toUpperCase())

export const partInputSchema = z.object({
  sku: code(40),
  name: requiredText(120),
  category: optionalText(40).default(''),
  brand: optionalText(40).default(''),
  /** Models the part fits, as the shop writes them ("iPhone 13 / 13 Pro"). */
  compatibleModels: optionalText(300).default(''),
  unit: optionalText(10).default(''),
  barcodes: z.array(requiredText(40)).max(10, { error: 'tooMany' }).default([]),
  priceMinor: money.default(0),
  reorderPoint: quantity.min(0, { error: 'negative' }).default(0),
  reorderQuantity: quantity.min(0, { error: 'negative' }).default(0),
  bin: optionalText(20).default(''),
  defaultSupplierId: id.nullable().default(null),
  serialized: z.boolean().default(false),
  active: z.boolean().default(true),
})
export type PartInput = z.input<typeof partInputSchema>

export const partSummarySchema = z.object({
  id,
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  brand: z.string(),
  compatibleModels: z.string(),
  unit: z.string(),
  bin: z.string(),
  priceMinor: z.number().int(),
  onHand: z.number().int(),
  reorderPoint: z.number().int(),
  /** On hand at or below the reorder point (only for items that have one). */
  belowReorder: z.boolean(),
  active: z.boolean(),
  /**
   * Set aside for tickets, and on hand less that: what can still be promised. Live lists carry them;
   * a report's list as of a past day has no such figure.
   */
  reserved: z.number().int().optional(),
  available: z.number().int().optional(),
})
export type PartSummary = z.infer<typeof partSummarySchema>

export const partSchema = partSummarySchema.extend({
  reserved: z.number().int(),
  available: z.number().int(),
  barcodes: z.array(z.string()),
  reorderQuantity: z.number().int(),
  defaultSupplierId: id.nullable(),
  defaultSupplierName: z.string().nullable(),
  serialized: z.boolean(),
  /** Moving-average cost of the stock on hand, in minor units. */
  averageCostMinor: z.number().int(),
  valueMinor: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Part = z.infer<typeof partSchema>

export const supplierInputSchema = z.object({
  name: requiredText(80),
  contact: optionalText(60).default(''),
  phone: optionalText(40)
    .refine(hasOnlyPhoneCharacters, { error: 'phoneNotDigits', abort: true })
    .refine((text) => text === '' || isValidPhone(text), { error: 'invalidPhone' })
    .transform(foldPhoneWidth)
    .default(''),
  email: z
    .union([z.literal(''), z.email({ error: 'invalidEmail' }).max(120, { error: 'tooLong' })])
    .default(''),
  address: optionalText(200).default(''),
  paymentTerms: optionalText(60).default(''),
  notes: optionalText(1000).default(''),
})
export type SupplierInput = z.input<typeof supplierInputSchema>

export const supplierSchema = z.object({
  id,
  name: z.string(),
  contact: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  paymentTerms: z.string(),
  notes: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
})
export type Supplier = z.infer<typeof supplierSchema>

export const stockMovementSchema = z.object({
  id,
  kind: z.enum(stockMovementKinds),
  /** Signed: positive into stock, negative out of it. */
  quantity: z.number().int(),
  unitCostMinor: z.number().int(),
  /** On hand right after this movement. */
  balanceAfter: z.number().int(),
  reason: z.string(),
  note: z.string(),
  documentType: z.string().nullable(),
  documentId: z.string().nullable(),
  /** What a person recognises the document by: a ticket number, a supplier's name. */
  documentLabel: z.string().nullable(),
  actorName: z.string(),
  createdAt: z.string(),
})
export type StockMovement = z.infer<typeof stockMovementSchema>

export const adjustInputSchema = z
  .object({
    partId: id,
    quantity: quantity.refine((value) => value !== 0, { error: 'notZero' }),
    reason: z.enum(adjustmentReasons, { error: 'required' }),
    note: optionalText(300).default(''),
  })
  // "Other" says what happened in words.
  .refine((input) => input.reason !== 'other' || input.note !== '', { error: 'required', path: ['note'] })

export const receiveInputSchema = z.object({
  partId: id,
  quantity: quantity.min(1, { error: 'tooSmall' }),
  unitCostMinor: money,
  supplierId: id.nullable().default(null),
  note: optionalText(300).default(''),
})

/** Purchase orders, reorder suggestions, and the catalogue's import and export. */
import { z } from 'zod'
import { id, money, optionalText, page, quantity, requiredText } from './fields'

export const purchaseOrderStatuses = ['draft', 'ordered', 'partly_received', 'received', 'cancelled'] as const

const orderLineInput = z.object({
  partId: id,
  quantity: quantity.min(1, { error: 'tooSmall' }),
  unitCostMinor: money,
})

export const purchaseOrderInputSchema = z.object({
  supplierId: id,
  note: optionalText(500).default(''),
  lines: z.array(orderLineInput).min(1, { error: 'required' }).max(500, { error: 'tooMany' }),
})

export const purchaseOrderUpdateSchema = purchaseOrderInputSchema.extend({
  id,
  /** The version the clerk saw: a draft changed by someone else meanwhile is refused (CONFLICT). */
  version: z.number().int(),
})

export const purchaseOrderLineSchema = z.object({
  id,
  partId: id,
  sku: z.string(),
  name: z.string(),
  barcodes: z.array(z.string()),
  quantityOrdered: z.number().int(),
  quantityReceived: z.number().int(),
  quantityOutstanding: z.number().int(),
  unitCostMinor: z.number().int(),
  /** A special order: the ticket this line was bought for (its units are reserved for it on arrival). */
  ticketId: id.nullable(),
  ticketNumber: z.string().nullable(),
})

export const purchaseOrderSummarySchema = z.object({
  id,
  number: z.string(),
  supplierId: id,
  supplierName: z.string(),
  status: z.enum(purchaseOrderStatuses),
  lineCount: z.number().int(),
  totalMinor: z.number().int(),
  createdAt: z.string(),
  orderedAt: z.string().nullable(),
})

export const purchaseOrderSchema = purchaseOrderSummarySchema.extend({
  note: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  lines: z.array(purchaseOrderLineSchema),
})
export type PurchaseOrder = z.infer<typeof purchaseOrderSchema>

export const purchaseOrderReceiveSchema = z.object({
  id,
  lines: z
    .array(
      z.object({
        lineId: id,
        quantity: quantity.min(1, { error: 'tooSmall' }),
        /** What was actually paid per unit; it sets the moving-average cost. */
        unitCostMinor: money,
      }),
    )
    .min(1, { error: 'required' }),
})

export const reorderSuggestionSchema = z.object({
  supplierId: id.nullable(),
  supplierName: z.string().nullable(),
  lines: z.array(
    z.object({
      partId: id,
      sku: z.string(),
      name: z.string(),
      onHand: z.number().int(),
      /** Already ordered and not yet received. */
      onOrder: z.number().int(),
      reorderPoint: z.number().int(),
      reorderQuantity: z.number().int(),
      suggested: z.number().int(),
      unitCostMinor: z.number().int(),
    }),
  ),
})

export const purchaseOrderListSchema = z.object({
  status: z.enum(purchaseOrderStatuses).nullable().default(null),
  supplierId: id.nullable().default(null),
  /** Orders with a line for this part (the part page's "open orders"). */
  partId: id.nullable().default(null),
  /** Only orders still to be received: ordered or partly received. */
  openOnly: z.boolean().default(false),
  cursor: z.string().nullable().default(null),
  limit: z.number().int().min(1).max(200).default(50),
})
export const purchaseOrderPageSchema = page(purchaseOrderSummarySchema)

/** One row of a catalogue file (CSV or Excel), as the clerk's file has it; money in minor units. */
export const partImportRowSchema = z.object({
  sku: requiredText(40),
  name: requiredText(120),
  category: optionalText(40).default(''),
  brand: optionalText(40).default(''),
  compatibleModels: optionalText(300).default(''),
  unit: optionalText(10).default(''),
  /** Several barcodes separated by "|" or ";". */
  barcodes: optionalText(400).default(''),
  priceMinor: money.default(0),
  reorderPoint: quantity.min(0, { error: 'negative' }).default(0),
  reorderQuantity: quantity.min(0, { error: 'negative' }).default(0),
  bin: optionalText(20).default(''),
  supplierName: optionalText(80).default(''),
  /** Opening stock: posted as a receipt at openingCostMinor when the import is committed. */
  openingQuantity: quantity.min(0, { error: 'negative' }).default(0),
  openingCostMinor: money.default(0),
})

export const partImportInputSchema = z.object({
  /** Raw rows: each is checked on its own and reported with its own errors. */
  rows: z
    .array(z.record(z.string(), z.unknown()))
    .min(1, { error: 'required' })
    .max(20_000, { error: 'tooMany' }),
  /** false: check only (the preview); true: write everything, or nothing if any row is wrong. */
  commit: z.boolean(),
})

export const partImportResultSchema = z.object({
  rows: z.array(
    z.object({
      /** 1-based row number in the file, after the heading. */
      row: z.number().int(),
      sku: z.string(),
      action: z.enum(['create', 'update', 'error']),
      fields: z.record(z.string(), z.string()),
    }),
  ),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.number().int(),
  committed: z.boolean(),
})

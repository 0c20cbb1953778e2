/** Stock reports and counts: what a manager reads every evening, and how the shelves are checked. */
import { z } from 'zod'
import { stockMovementKinds } from '../domain/stock'
import { id, isoDateTime, optionalText, quantity } from './fields'
import { partSummarySchema } from './stock'

/** A period is given as UTC instants: the renderer turns the shop's local days into them. */
export const stockReportInputSchema = z
  .object({
    from: isoDateTime,
    to: isoDateTime,
    category: optionalText(40).default(''),
  })
  .refine((input) => input.from < input.to, { error: 'endBeforeStart', path: ['to'] })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) <= 370 * 24 * 3600 * 1000, {
    error: 'periodTooLong',
    path: ['to'],
  })

export const stockReportLineSchema = z.object({
  partId: id,
  sku: z.string(),
  name: z.string(),
  category: z.string(),
  unit: z.string(),
  opening: z.number().int(),
  /** Units in (positive) and out (positive counts of what left) in the period, by reason. */
  received: z.number().int(),
  usedOnRepairs: z.number().int(),
  returnedFromRepairs: z.number().int(),
  sold: z.number().int(),
  returnedBySales: z.number().int(),
  returnedToSuppliers: z.number().int(),
  /** Signed: adjustments, count corrections and transfers can go either way. */
  adjusted: z.number().int(),
  countCorrections: z.number().int(),
  transferred: z.number().int(),
  closing: z.number().int(),
  closingAverageCostMinor: z.number().int(),
  closingValueMinor: z.number().int(),
})
export type StockReportLine = z.infer<typeof stockReportLineSchema>

export const stockReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Parts that moved in the period or hold stock at its end. */
  lines: z.array(stockReportLineSchema),
  categories: z.array(
    z.object({
      category: z.string(),
      opening: z.number().int(),
      unitsIn: z.number().int(),
      unitsOut: z.number().int(),
      closing: z.number().int(),
      closingValueMinor: z.number().int(),
    }),
  ),
  totalClosingValueMinor: z.number().int(),
  /** Movements in the period by kind, for the chart. */
  movementsByKind: z.array(
    z.object({ kind: z.enum(stockMovementKinds), movements: z.number().int(), units: z.number().int() }),
  ),
  belowReorder: z.array(partSummarySchema),
})
export type StockReport = z.infer<typeof stockReportSchema>

export const stockValuationSchema = z.object({
  at: z.string(),
  lines: z.array(
    z.object({
      partId: id,
      sku: z.string(),
      name: z.string(),
      category: z.string(),
      onHand: z.number().int(),
      averageCostMinor: z.number().int(),
      valueMinor: z.number().int(),
    }),
  ),
  totalValueMinor: z.number().int(),
})

export const countScopes = ['all', 'category', 'bin'] as const
export const countStatuses = ['open', 'posted', 'cancelled'] as const

export const stockCountStartSchema = z
  .object({
    scope: z.enum(countScopes, { error: 'required' }),
    scopeValue: optionalText(40).default(''),
    note: optionalText(300).default(''),
  })
  .refine((input) => input.scope === 'all' || input.scopeValue !== '', {
    error: 'required',
    path: ['scopeValue'],
  })

export const stockCountLineSchema = z.object({
  partId: id,
  sku: z.string(),
  name: z.string(),
  bin: z.string(),
  expected: z.number().int(),
  counted: z.number().int().nullable(),
  /** counted − expected; null until counted. */
  variance: z.number().int().nullable(),
  varianceValueMinor: z.number().int().nullable(),
})

export const stockCountSummarySchema = z.object({
  id,
  number: z.string(),
  scope: z.enum(countScopes),
  scopeValue: z.string(),
  status: z.enum(countStatuses),
  note: z.string(),
  lineCount: z.number().int(),
  countedCount: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string(),
  closedAt: z.string().nullable(),
})

export const stockCountSchema = stockCountSummarySchema.extend({
  lines: z.array(stockCountLineSchema),
  /** Sum of the counted lines' variance values. */
  varianceValueMinor: z.number().int(),
})
export type StockCount = z.infer<typeof stockCountSchema>

export const stockCountRecordSchema = z
  .object({
    countId: id,
    /** The part, or a scanned barcode / SKU standing for it. */
    partId: id.nullable().default(null),
    code: optionalText(40).default(''),
    quantity: quantity.min(0, { error: 'negative' }),
    /** 'add' for each scan (+1), 'set' for a typed count. */
    mode: z.enum(['add', 'set']).default('set'),
  })
  .refine((input) => input.partId !== null || input.code !== '', { error: 'required', path: ['code'] })

export const stockCountIdSchema = z.object({ id })

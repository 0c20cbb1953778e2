/** Credit notes (refunds, voids), the official tax invoice number, and the cash drawer's day. */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { id, limit, money, optionalText, page, requiredText } from './fields'
import { paymentTenders } from './invoices'

const positiveMoney = money.refine((value) => value > 0, { error: 'tooSmall' })

/** Where a refund goes: back to the tenders it was paid with, to store credit, or one tender. */
export const refundTargets = ['original', ...paymentTenders] as const

export const refundInputSchema = z.object({
  invoiceId: id,
  /** Lines given back (a returned item goes back to stock when `restock`). */
  lines: z
    .array(
      z.object({
        lineId: id,
        quantity: z.number({ error: 'invalid' }).int({ error: 'wholeUnits' }).min(1, { error: 'tooSmall' }),
        restock: z.boolean().default(true),
      }),
    )
    .max(100, { error: 'tooMany' })
    .default([]),
  /** An amount not tied to a line (goodwill, a price correction); tax-inclusive. */
  amountMinor: positiveMoney.nullable().default(null),
  refundTo: z.enum(refundTargets, { error: 'invalid' }).default('original'),
  reason: requiredText(200),
})

export const voidInputSchema = z.object({ id, reason: requiredText(200) })

export const cashMovementKinds = ['float', 'sale', 'deposit', 'refund', 'paid_in', 'paid_out'] as const

/** Denomination in minor units (as text, e.g. "10000" for ¥100) → how many were counted. */
export const denominationCountSchema = z.record(
  z.string().regex(/^[1-9]\d{0,7}$/, { error: 'invalid' }),
  z
    .number({ error: 'invalid' })
    .int({ error: 'wholeUnits' })
    .min(0, { error: 'negative' })
    .max(100_000, { error: 'tooLarge' }),
)

export const drawerSessionSchema = z.object({
  id,
  number: z.string(),
  status: z.enum(['open', 'closed']),
  currency: z.enum(currencies),
  floatMinor: z.number().int(),
  openedAt: z.string(),
  openedByName: z.string(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  /** The sum of its cash movements (live while open, frozen at close). */
  expectedMinor: z.number().int(),
  countedMinor: z.number().int().nullable(),
  varianceMinor: z.number().int().nullable(),
  denominations: z.record(z.string(), z.number().int()).nullable(),
  note: z.string(),
  movements: z.array(
    z.object({
      id,
      kind: z.enum(cashMovementKinds),
      amountMinor: z.number().int(),
      reason: z.string(),
      createdAt: z.string(),
      createdByName: z.string(),
    }),
  ),
})
export type DrawerSession = z.infer<typeof drawerSessionSchema>

export const drawerSummarySchema = drawerSessionSchema.omit({ movements: true, denominations: true })

export const drawerMoveSchema = z.object({
  kind: z.enum(['paid_in', 'paid_out'], { error: 'invalid' }),
  amountMinor: positiveMoney,
  reason: requiredText(200),
})

export const drawerCloseSchema = z.object({
  id,
  denominations: denominationCountSchema,
  note: optionalText(500).default(''),
})

const amountLine = z.object({ count: z.number().int(), totalMinor: z.number().int() })

/** The day's figures for one drawer session; frozen (stored) once the drawer closes. */
export const zReportSchema = z.object({
  sessionId: id,
  sessionNumber: z.string(),
  frozen: z.boolean(),
  currency: z.enum(currencies),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  openedByName: z.string(),
  closedByName: z.string().nullable(),
  sales: z.object({
    count: z.number().int(),
    netMinor: z.number().int(),
    discountMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
  }),
  taxByRate: z.array(
    z.object({ taxRateBp: z.number().int(), netMinor: z.number().int(), taxMinor: z.number().int() }),
  ),
  /** Money in and out per tender (deposits applied are not new money and are not counted here). */
  byTender: z.array(z.object({ tender: z.string(), inMinor: z.number().int(), outMinor: z.number().int() })),
  refunds: amountLine,
  voids: amountLine,
  deposits: amountLine,
  discounts: amountLine,
  cash: z.object({
    floatMinor: z.number().int(),
    salesMinor: z.number().int(),
    depositsMinor: z.number().int(),
    refundsMinor: z.number().int(),
    paidInMinor: z.number().int(),
    paidOutMinor: z.number().int(),
    expectedMinor: z.number().int(),
    countedMinor: z.number().int().nullable(),
    varianceMinor: z.number().int().nullable(),
  }),
  paidMovements: z.array(
    z.object({
      kind: z.enum(['paid_in', 'paid_out']),
      amountMinor: z.number().int(),
      reason: z.string(),
      createdAt: z.string(),
    }),
  ),
})
export type ZReport = z.infer<typeof zReportSchema>

export const drawerListSchema = z.object({
  cursor: z.string().nullable().default(null),
  limit: limit(30, 200),
})
export const drawerPageSchema = page(drawerSummarySchema)

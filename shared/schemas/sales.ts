/** The daily sales report, money owed, customer statements and the accountant's exports. */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { id, isoDateTime, limit, page } from './fields'

export const salesReportInputSchema = z.object({
  /** Start of the first day and end of the last, in the shop's local time (the renderer computes them). */
  from: isoDateTime,
  to: isoDateTime,
  /** Offset of the shop's local time from UTC, in minutes (e.g. 480 for UTC+8), to group by local day. */
  utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
})

const totals = z.object({
  invoices: z.number().int(),
  netMinor: z.number().int(),
  discountMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  refundsMinor: z.number().int(),
  labourMinor: z.number().int(),
  partsMinor: z.number().int(),
  otherMinor: z.number().int(),
  costMinor: z.number().int(),
})

export const salesReportSchema = z.object({
  currency: z.enum(currencies),
  days: z.array(totals.extend({ date: z.string() })),
  totals,
  byTender: z.array(z.object({ tender: z.string(), inMinor: z.number().int(), outMinor: z.number().int() })),
  byCategory: z.array(z.object({ category: z.string(), totalMinor: z.number().int() })),
})
export type SalesReport = z.infer<typeof salesReportSchema>

export const balanceRowSchema = z.object({
  customerId: id,
  name: z.string(),
  phone: z.string(),
  balanceMinor: z.number().int(),
  invoices: z.number().int(),
  oldestDueAt: z.string(),
})

export const balancesInputSchema = z.object({
  cursor: z.string().nullable().default(null),
  limit: limit(50, 200),
})
export const balancesPageSchema = page(balanceRowSchema)

export const statementInputSchema = z.object({
  customerId: id,
  from: isoDateTime.nullable().default(null),
  to: isoDateTime.nullable().default(null),
})

export const statementSchema = z.object({
  customer: z.object({ id, name: z.string(), phones: z.array(z.string()), address: z.string() }),
  currency: z.enum(currencies),
  from: z.string().nullable(),
  to: z.string().nullable(),
  openingBalanceMinor: z.number().int(),
  lines: z.array(
    z.object({
      date: z.string(),
      kind: z.enum(['invoice', 'credit_note', 'payment', 'refund']),
      number: z.string(),
      description: z.string(),
      debitMinor: z.number().int(),
      creditMinor: z.number().int(),
      balanceMinor: z.number().int(),
    }),
  ),
  closingBalanceMinor: z.number().int(),
  storeCreditMinor: z.number().int(),
})
export type Statement = z.infer<typeof statementSchema>

export const accountingExportSchema = z.object({
  currency: z.enum(currencies),
  invoices: z.array(
    z.object({
      number: z.string(),
      kind: z.string(),
      issuedAt: z.string(),
      customer: z.string(),
      ticket: z.string(),
      original: z.string(),
      netMinor: z.number().int(),
      discountMinor: z.number().int(),
      taxMinor: z.number().int(),
      totalMinor: z.number().int(),
      taxInvoiceNumber: z.string(),
      reason: z.string(),
    }),
  ),
  payments: z.array(
    z.object({
      createdAt: z.string(),
      kind: z.string(),
      tender: z.string(),
      amountMinor: z.number().int(),
      invoice: z.string(),
      creditNote: z.string(),
      reference: z.string(),
      staff: z.string(),
    }),
  ),
})

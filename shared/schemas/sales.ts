/** The daily sales report, money owed, customer statements and the accountant's exports. */
import { z } from 'zod'
import { currencies } from '../domain/money'
import { id, isoDateTime, limit, page } from './fields'

/** The longest period a report or an export takes: a year of local days with room for clock changes. */
export const maxReportPeriodMs = 400 * 24 * 3600 * 1000

export const salesReportInputSchema = z
  .object({
    /** Start of the first day and end of the last, in the shop's local time (the renderer computes them). */
    from: isoDateTime,
    to: isoDateTime,
    /** Offset of the shop's local time from UTC, in minutes (e.g. 480 for UTC+8), to group by local day. */
    utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
  })
  .refine((input) => Date.parse(input.from) < Date.parse(input.to), { error: 'endBeforeStart', path: ['to'] })
  .refine((input) => Date.parse(input.to) - Date.parse(input.from) <= maxReportPeriodMs, {
    error: 'periodTooLong',
    path: ['to'],
  })

/**
 * A day's (or the period's) figures. Sales are the invoices issued (voided ones too: their voiding
 * credit note is a refund); refunds are the credit notes issued. Labour, parts and other split the
 * invoices' total (tax included) by line; cost is what the goods sold cost (unit cost × quantity).
 */
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
  from: z.string(),
  to: z.string(),
  utcOffsetMinutes: z.number().int(),
  /** Every local day of the period (`YYYY-MM-DD`), those without sales too. */
  days: z.array(totals.extend({ date: z.string() })),
  totals,
  /** Money taken (payments) and given back (refunds) per tender; applied deposits are not new money. */
  byTender: z.array(
    z.object({
      tender: z.string(),
      inMinor: z.number().int(),
      outMinor: z.number().int(),
      /** Deposits taken at intake in the period (applied later to an invoice, not counted again). */
      depositsMinor: z.number().int(),
    }),
  ),
  /**
   * Sales by line: labour, each part category ('' = parts without one), other lines. `totalMinor` is
   * what invoices charged (tax included), `refundsMinor` what credit notes gave back.
   */
  byCategory: z.array(
    z.object({
      kind: z.enum(['labour', 'part', 'other']),
      category: z.string(),
      totalMinor: z.number().int(),
      refundsMinor: z.number().int(),
    }),
  ),
})
export type SalesReport = z.infer<typeof salesReportSchema>

export const balanceRowSchema = z.object({
  customerId: id,
  name: z.string(),
  phone: z.string(),
  balanceMinor: z.number().int(),
  /** Invoices with something still owed on them. */
  invoices: z.number().int(),
  /** When the oldest of those was issued. */
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
      /** The document: the invoice, or the credit note a refund pays out. */
      number: z.string(),
      /** An invoice's ticket number, a credit note's reason, a payment's slip or transaction number. */
      description: z.string(),
      /** A payment's or refund's tender (cash, card, deposit...); null on a document. */
      tender: z.string().nullable(),
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
export type AccountingExport = z.infer<typeof accountingExportSchema>

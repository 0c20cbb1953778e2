/**
 * The sales report and the accountant's export as spreadsheet rows (CSV and XLSX share them): money
 * in major units (12.5 = ¥12.50), dates in the shop's local time. No React here: tested under Node.
 */
import dayjs from 'dayjs'
import type { AccountingExport, SalesReport } from '../../../../shared/contract'
import { currencyDecimals, type Currency } from '../../../../shared/domain/money'
import type { Cell } from '../reports/exportFiles'

/** The report's figures per day, in the order the screen, the paper and the files show them. */
export const dayFigures = [
  'invoices',
  'totalMinor',
  'refundsMinor',
  'netMinor',
  'taxMinor',
  'discountMinor',
  'labourMinor',
  'partsMinor',
  'otherMinor',
  'costMinor',
] as const satisfies readonly (keyof SalesReport['totals'])[]
export type DayFigure = (typeof dayFigures)[number]

export interface SalesLabels {
  /** A column's heading, by its key. */
  column: (key: string) => string
  tender: (tender: string) => string
  /** A document's or payment's kind (invoice, credit_note, payment, refund...). */
  kind: (kind: string) => string
  category: (row: SalesReport['byCategory'][number]) => string
  total: string
}

const scaleOf = (currency: Currency) => 10 ** currencyDecimals(currency)

/** Sales less refunds: what the period brought in. */
export function netSales(totals: Pick<SalesReport['totals'], 'totalMinor' | 'refundsMinor'>): number {
  return totals.totalMinor - totals.refundsMinor
}

/** One row per day, then the period's total. */
export function dayRows(report: SalesReport, labels: SalesLabels): Cell[][] {
  const scale = scaleOf(report.currency)
  const figures = (totals: SalesReport['totals']) =>
    dayFigures.map((key) => (key === 'invoices' ? totals[key] : totals[key] / scale))
  return [
    ['date', ...dayFigures].map((key) => labels.column(key)),
    ...report.days.map((day) => [day.date, ...figures(day)]),
    [labels.total, ...figures(report.totals)],
  ]
}

export function tenderRows(report: SalesReport, labels: SalesLabels): Cell[][] {
  const scale = scaleOf(report.currency)
  return [
    ['tender', 'in', 'out', 'deposits'].map((key) => labels.column(key)),
    ...report.byTender.map((row) => [
      labels.tender(row.tender),
      row.inMinor / scale,
      row.outMinor / scale,
      row.depositsMinor / scale,
    ]),
  ]
}

export function categoryRows(report: SalesReport, labels: SalesLabels): Cell[][] {
  const scale = scaleOf(report.currency)
  return [
    ['category', 'sales', 'refunds'].map((key) => labels.column(key)),
    ...report.byCategory.map((row) => [
      labels.category(row),
      row.totalMinor / scale,
      row.refundsMinor / scale,
    ]),
  ]
}

const localTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss')

/**
 * Invoices and credit notes, one row each. A credit note's amounts are negative, so a column's sum
 * is what the period's documents come to.
 */
export function accountingDocumentRows(
  exported: AccountingExport,
  labels: Pick<SalesLabels, 'column' | 'kind'>,
): Cell[][] {
  const scale = scaleOf(exported.currency)
  const columns = ['number', 'kind', 'issuedAt', 'customer', 'ticket', 'original']
  const amounts = ['netMinor', 'discountMinor', 'taxMinor', 'totalMinor'] as const
  return [
    [...columns, ...amounts, 'taxInvoiceNumber', 'reason'].map((key) => labels.column(key)),
    ...exported.invoices.map((row) => {
      const sign = row.kind === 'credit_note' ? -1 : 1
      return [
        row.number,
        labels.kind(row.kind),
        localTime(row.issuedAt),
        row.customer,
        row.ticket,
        row.original,
        // `|| 0`: no −0 in a spreadsheet.
        ...amounts.map((key) => (sign * row[key]) / scale || 0),
        row.taxInvoiceNumber,
        row.reason,
      ]
    }),
  ]
}

/** Money rows: in positive, refunds paid out negative. */
export function accountingPaymentRows(
  exported: AccountingExport,
  labels: Pick<SalesLabels, 'column' | 'kind' | 'tender'>,
): Cell[][] {
  const scale = scaleOf(exported.currency)
  return [
    ['createdAt', 'kind', 'tender', 'amountMinor', 'invoice', 'creditNote', 'reference', 'staff'].map((key) =>
      labels.column(key),
    ),
    ...exported.payments.map((row) => [
      localTime(row.createdAt),
      labels.kind(row.kind),
      labels.tender(row.tender),
      ((row.kind === 'refund' ? -1 : 1) * row.amountMinor) / scale,
      row.invoice,
      row.creditNote,
      row.reference,
      row.staff,
    ]),
  ]
}

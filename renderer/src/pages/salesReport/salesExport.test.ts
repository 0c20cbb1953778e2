import dayjs from 'dayjs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AccountingExport, SalesReport } from '../../../../shared/contract'
import { toCsv } from '../reports/exportFiles'
import {
  accountingDocumentRows,
  accountingPaymentRows,
  categoryRows,
  dayRows,
  netSales,
  tenderRows,
  type SalesLabels,
} from './salesExport'
import { xlsxSheets } from '../reports/xlsx'

const zero = {
  invoices: 0,
  netMinor: 0,
  discountMinor: 0,
  taxMinor: 0,
  totalMinor: 0,
  refundsMinor: 0,
  labourMinor: 0,
  partsMinor: 0,
  otherMinor: 0,
  costMinor: 0,
}

const report: SalesReport = {
  currency: 'CNY',
  from: '2025-03-01T16:00:00.000Z',
  to: '2025-03-03T16:00:00.000Z',
  utcOffsetMinutes: 480,
  days: [
    { date: '2025-03-02', ...zero, invoices: 2, totalMinor: 71500, partsMinor: 71500, costMinor: 30800 },
    { date: '2025-03-03', ...zero, refundsMinor: 3500 },
  ],
  totals: {
    ...zero,
    invoices: 2,
    totalMinor: 71500,
    refundsMinor: 3500,
    partsMinor: 71500,
    costMinor: 30800,
  },
  byTender: [{ tender: 'cash', inMinor: 71500, outMinor: 3500, depositsMinor: 10000 }],
  byCategory: [
    { kind: 'part', category: '屏幕', totalMinor: 68000, refundsMinor: 0 },
    { kind: 'labour', category: '', totalMinor: 3500, refundsMinor: 3500 },
  ],
}

const labels: SalesLabels = {
  column: (key) => `[${key}]`,
  tender: (tender) => `T:${tender}`,
  kind: (kind) => `K:${kind}`,
  category: (row) => (row.kind === 'part' ? row.category : `(${row.kind})`),
  total: '合计',
}

describe('the sales report files', () => {
  it('writes a row per day in major units, then the total', () => {
    const rows = dayRows(report, labels)
    expect(rows[0]).toEqual([
      '[date]',
      '[invoices]',
      '[totalMinor]',
      '[refundsMinor]',
      '[netMinor]',
      '[taxMinor]',
      '[discountMinor]',
      '[labourMinor]',
      '[partsMinor]',
      '[otherMinor]',
      '[costMinor]',
    ])
    expect(rows[1]).toEqual(['2025-03-02', 2, 715, 0, 0, 0, 0, 0, 715, 0, 308])
    expect(rows.at(-1)).toEqual(['合计', 2, 715, 35, 0, 0, 0, 0, 715, 0, 308])
    expect(netSales(report.totals)).toBe(68000)
  })

  it('writes the tenders and the categories', () => {
    expect(tenderRows(report, labels)).toEqual([
      ['[tender]', '[in]', '[out]', '[deposits]'],
      ['T:cash', 715, 35, 100],
    ])
    expect(categoryRows(report, labels)).toEqual([
      ['[category]', '[sales]', '[refunds]'],
      ['屏幕', 680, 0],
      ['(labour)', 35, 35],
    ])
  })
})

const exported: AccountingExport = {
  currency: 'CNY',
  invoices: [
    {
      number: 'SC01-I000001',
      kind: 'invoice',
      issuedAt: '2025-03-03T02:00:00.000Z',
      customer: '陈七',
      ticket: 'SC01-250303-0001',
      original: '',
      netMinor: 6195,
      discountMinor: 0,
      taxMinor: 805,
      totalMinor: 7000,
      taxInvoiceNumber: '04400000002',
      reason: '',
    },
    {
      number: 'SC01-C000001',
      kind: 'credit_note',
      issuedAt: '2025-03-03T03:00:00.000Z',
      customer: '陈七',
      ticket: '',
      original: 'SC01-I000001',
      netMinor: 3097,
      discountMinor: 0,
      taxMinor: 403,
      totalMinor: 3500,
      taxInvoiceNumber: '',
      reason: '=退货',
    },
  ],
  payments: [
    {
      createdAt: '2025-03-03T02:00:00.000Z',
      kind: 'payment',
      tender: 'cash',
      amountMinor: 7000,
      invoice: 'SC01-I000001',
      creditNote: '',
      reference: '',
      staff: '店长',
    },
    {
      createdAt: '2025-03-03T03:00:00.000Z',
      kind: 'refund',
      tender: 'cash',
      amountMinor: 3500,
      invoice: '',
      creditNote: 'SC01-C000001',
      reference: '',
      staff: '店长',
    },
  ],
}

describe("the accountant's files", () => {
  it('lists documents with credit notes negative, times local', () => {
    const rows = accountingDocumentRows(exported, labels)
    expect(rows).toHaveLength(3)
    expect(rows[1]).toEqual([
      'SC01-I000001',
      'K:invoice',
      dayjs('2025-03-03T02:00:00.000Z').format('YYYY-MM-DD HH:mm:ss'),
      '陈七',
      'SC01-250303-0001',
      '',
      61.95,
      0,
      8.05,
      70,
      '04400000002',
      '',
    ])
    expect(rows[2]?.slice(6, 10)).toEqual([-30.97, 0, -4.03, -35])
    // A reason typed like a formula stays text in the CSV.
    expect(toCsv(rows)).toContain(",'=退货\r\n")
  })

  it('lists money in as positive and refunds paid out as negative', () => {
    const rows = accountingPaymentRows(exported, labels)
    expect(rows.map((row) => [row[1], row[2], row[3]])).toEqual([
      ['[kind]', '[tender]', '[amountMinor]'],
      ['K:payment', 'T:cash', 70],
      ['K:refund', 'T:cash', -35],
    ])
  })

  it('puts each list on its own sheet of one workbook', async () => {
    const buffer = await xlsxSheets([
      { name: '发票与红字', rows: accountingDocumentRows(exported, labels) },
      { name: '收付款', rows: accountingPaymentRows(exported, labels) },
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer)
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['发票与红字', '收付款'])
    expect(workbook.worksheets[1]?.getCell('D3').value).toBe(-35)
    expect(workbook.worksheets[0]?.getRow(1).font.bold).toBe(true)
  })
})

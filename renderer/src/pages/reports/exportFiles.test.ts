import { describe, expect, it } from 'vitest'
import type { StockReport, StockReportLine } from '../../../../shared/contract'
import { reportRows, toCsv } from './exportFiles'
import { lineMoved, reportTotals, visibleColumns } from './reportColumns'

const blank: StockReportLine = {
  partId: '01900000-0000-7000-8000-000000000001',
  sku: 'SCR-IP13',
  name: 'iPhone 13 屏幕总成',
  category: '屏幕',
  unit: '件',
  opening: 0,
  received: 10,
  usedOnRepairs: 0,
  returnedFromRepairs: 0,
  sold: 0,
  returnedBySales: 0,
  returnedToSuppliers: 0,
  adjusted: -2,
  countCorrections: 0,
  transferred: 0,
  closing: 8,
  closingAverageCostMinor: 1250,
  closingValueMinor: 10000,
}

const report: StockReport = {
  from: '2025-03-01T16:00:00.000Z',
  to: '2025-03-02T16:00:00.000Z',
  lines: [blank, { ...blank, sku: '=CMD', name: 'Glue, "strong"', category: '', closingValueMinor: 5 }],
  categories: [
    { category: '屏幕', opening: 0, unitsIn: 10, unitsOut: 2, closing: 8, closingValueMinor: 10000 },
    { category: '', opening: 0, unitsIn: 10, unitsOut: 2, closing: 8, closingValueMinor: 5 },
  ],
  totalClosingValueMinor: 10005,
  movementsByKind: [],
  belowReorder: [],
}

const labels = { column: (key: string) => `[${key}]`, uncategorised: '未分类' }

describe('the exported stock report', () => {
  it('has a heading and a row per line, money in major units', () => {
    const rows = reportRows(report, labels, 'CNY')
    expect(rows[0]?.slice(0, 6)).toEqual([
      '[sku]',
      '[name]',
      '[category]',
      '[unit]',
      '[opening]',
      '[received]',
    ])
    expect(rows[1]).toEqual([
      'SCR-IP13',
      'iPhone 13 屏幕总成',
      '屏幕',
      '件',
      0,
      10,
      0,
      0,
      0,
      0,
      0,
      -2,
      0,
      0,
      8,
      12.5,
      100,
    ])
    expect(rows[2]?.[2]).toBe('未分类')
  })

  it('writes CSV with a byte-order mark, quoting, CRLF, and no formula from a typed name', () => {
    const csv = toCsv(reportRows(report, labels, 'CNY'))
    expect(csv.startsWith('\uFEFF[sku],[name],')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toBe('SCR-IP13,iPhone 13 屏幕总成,屏幕,件,0,10,0,0,0,0,0,-2,0,0,8,12.5,100')
    expect(lines[2]?.startsWith(`'=CMD,"Glue, ""strong""",未分类,`)).toBe(true)
    expect(lines[3]).toBe('')
  })

  it('shows optional columns only when a line has them, and totals the categories', () => {
    expect(visibleColumns(report.lines).map((column) => column.key)).not.toContain('transferred')
    const moved = [{ ...blank, transferred: 3 }]
    expect(visibleColumns(moved).map((column) => column.key)).toContain('transferred')
    expect(reportTotals(report)).toEqual({
      opening: 0,
      unitsIn: 20,
      unitsOut: 4,
      closing: 16,
      closingValueMinor: 10005,
    })
  })

  it('tells a part that moved from one that only sat on the shelf', () => {
    const still = { ...blank, opening: 8, received: 0, adjusted: 0, closing: 8 }
    expect(lineMoved(blank)).toBe(true)
    expect(lineMoved(still)).toBe(false)
    expect(lineMoved({ ...still, transferred: 2, countCorrections: -2 })).toBe(true)
  })
})

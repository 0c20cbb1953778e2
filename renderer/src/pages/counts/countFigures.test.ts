import { describe, expect, it } from 'vitest'
import type { StockCount } from '../../../../shared/contract'
import { filterLines, postingSummary, type CountLine } from './countFigures'

function line(sku: string, expected: number, counted: number | null, unitCostMinor = 100): CountLine {
  const variance = counted === null ? null : counted - expected
  return {
    partId: `01900000-0000-7000-8000-${sku.padStart(12, '0')}`,
    sku,
    name: sku,
    bin: 'A-01',
    expected,
    counted,
    variance,
    varianceValueMinor: variance === null ? null : variance * unitCostMinor,
  }
}

const lines = [line('1', 5, 5), line('2', 5, 3), line('3', 2, 4, 50), line('4', 7, null)]
const count: StockCount = {
  id: '01900000-0000-7000-8000-000000000001',
  number: 'SC01-C000001',
  scope: 'bin',
  scopeValue: 'A-01',
  status: 'open',
  note: '',
  lineCount: 4,
  countedCount: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  createdByName: '店长',
  closedAt: null,
  lines,
  varianceValueMinor: -200 + 100,
}

describe('count figures', () => {
  it('shows all lines, the uncounted ones, or those whose count differs', () => {
    expect(filterLines(lines, 'all').map((entry) => entry.sku)).toEqual(['1', '2', '3', '4'])
    expect(filterLines(lines, 'uncounted').map((entry) => entry.sku)).toEqual(['4'])
    expect(filterLines(lines, 'variance').map((entry) => entry.sku)).toEqual(['2', '3'])
  })

  it('sums what a post corrects, leaving uncounted lines out', () => {
    expect(postingSummary(count)).toEqual({
      corrections: 2,
      unitsIn: 2,
      unitsOut: 2,
      uncounted: 1,
      valueMinor: -100,
    })
  })
})

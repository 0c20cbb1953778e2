import { describe, expect, it } from 'vitest'
import type { LabourItem, PartSummary } from '../../../../../shared/contract'
import { freeLine, labourLine, lineErrors, partLine, previewTotals, toSaveLine } from './editorLines'

const screen: LabourItem = {
  id: '01900000-0000-7000-8000-000000000001',
  name: '屏幕更换 iPhone 13',
  category: '手机维修',
  priceMinor: 12000,
  standardMinutes: 45,
  warrantyDays: 90,
  taxRateBp: 600,
  active: true,
}

const part: PartSummary = {
  id: '01900000-0000-7000-8000-000000000002',
  sku: 'IP13-SCR',
  name: 'iPhone 13 屏幕总成',
  category: '',
  brand: '',
  compatibleModels: '',
  unit: '',
  bin: '',
  priceMinor: 45000,
  onHand: 3,
  reorderPoint: 0,
  belowReorder: false,
  active: true,
  available: 2,
}

describe('estimate editor lines', () => {
  it('copies a labour item with its own tax rate, and a part with what is available', () => {
    expect(labourLine(screen, 'CNY')).toMatchObject({ price: '120.00', taxRateBp: 600, quantity: '1' })
    expect(partLine(part, 'CNY')).toMatchObject({ price: '450.00', taxRateBp: null, available: 2 })
  })

  it('sends what the clerk typed, in minor units, with the catalogue link', () => {
    const line = { ...partLine(part, 'CNY'), quantity: '２', price: '430' }
    expect(toSaveLine(line, 'CNY')).toEqual({
      kind: 'part',
      labourItemId: null,
      partId: part.id,
      description: 'iPhone 13 屏幕总成',
      quantity: 2,
      unitPriceMinor: 43000,
      taxRateBp: null,
    })
  })

  it('names what is wrong with a line', () => {
    expect(lineErrors({ ...freeLine(false), quantity: '0' }, 'CNY')).toEqual({
      description: 'required',
      quantity: 'tooSmall',
      price: 'required',
    })
    expect(lineErrors({ ...labourLine(screen, 'CNY'), quantity: '1.5', price: 'abc' }, 'CNY')).toEqual({
      quantity: 'wholeUnits',
      price: 'invalidAmount',
    })
    expect(lineErrors(freeLine(true), 'CNY')).toEqual({ description: 'required' })
  })

  it('previews the totals as the server works them out, skipping lines not yet valid', () => {
    const lines = [labourLine(screen, 'CNY'), partLine(part, 'CNY'), freeLine(false)]
    const tax = { taxRateBp: 1300, pricesIncludeTax: false }
    // 120.00 at the item's 6 % + 450.00 at the shop's 13 %.
    expect(previewTotals(lines, 'CNY', tax, false)).toEqual({
      netMinor: 57000,
      taxMinor: 6570,
      totalMinor: 63570,
    })
    expect(previewTotals(lines, 'CNY', tax, true)).toEqual({ netMinor: 0, taxMinor: 0, totalMinor: 0 })
  })
})

import { describe, expect, it } from 'vitest'
import {
  encodable,
  expandCopies,
  labelCode,
  labelSearch,
  labelsPerSheet,
  parseLabelOptions,
  sheetsOf,
} from './labelSheet'

const parse = (query: string) => parseLabelOptions(new URLSearchParams(query))

describe('the labels view reads what it was asked to print', () => {
  it('reads parts with their copies, the size and the start position', () => {
    expect(parse('parts=p1:3,p2:1&size=a4&start=5&autoprint=1')).toEqual({
      parts: [
        { partId: 'p1', copies: 3 },
        { partId: 'p2', copies: 1 },
      ],
      size: 'a4',
      start: 5,
      native: false,
      autoPrint: true,
    })
  })

  it('gives one copy to a part asked for without a number, or with nonsense', () => {
    expect(parse('parts=p1,p2:abc,p3:0').parts).toEqual([
      { partId: 'p1', copies: 1 },
      { partId: 'p2', copies: 1 },
      { partId: 'p3', copies: 1 },
    ])
  })

  it('caps copies and the start position at what the paper allows', () => {
    const options = parse('parts=p1:100000&size=a4&start=99')
    expect(options.parts[0]?.copies).toBe(500)
    expect(options.start).toBe(labelsPerSheet)
  })

  it('falls back to 40 × 30 mm for an unknown size and starts at the first position', () => {
    const options = parse('parts=p1:2&size=huge')
    expect(options.size).toBe('40x30')
    expect(options.start).toBe(1)
  })

  it('never opens the print dialog when the desktop app prints the view itself', () => {
    expect(parse('parts=p1&native=1&autoprint=1')).toMatchObject({ native: true, autoPrint: false })
  })

  it('writes a query string it reads back unchanged', () => {
    const asked = {
      parts: [
        { partId: 'a1', copies: 2 },
        { partId: 'b2', copies: 7 },
      ],
      size: 'a4' as const,
      start: 10,
      native: false,
      autoPrint: true,
    }
    const search = labelSearch(asked)
    expect(search).toBe('parts=a1:2,b2:7&size=a4&start=10&autoprint=1')
    expect(parse(search)).toEqual(asked)
  })

  it('leaves the start position out for a label printer', () => {
    expect(labelSearch({ parts: [{ partId: 'a1', copies: 1 }], size: '50x25', start: 4 })).toBe(
      'parts=a1:1&size=50x25',
    )
  })
})

describe('the code a label carries', () => {
  it("is the part's first barcode", () => {
    expect(labelCode({ barcodes: ['6901234567892', '123'], sku: 'SCR-IP13' })).toBe('6901234567892')
  })

  it('is the SKU when the part has no barcode', () => {
    expect(labelCode({ barcodes: [], sku: 'SCR-IP13' })).toBe('SCR-IP13')
  })

  it('skips a barcode a Code128 scanner could not read', () => {
    expect(encodable('屏幕-01')).toBe(false)
    expect(labelCode({ barcodes: ['屏幕-01', 'AB-12'], sku: 'SCR' })).toBe('AB-12')
  })
})

describe('labels on an A4 sheet of 3 × 8', () => {
  it('prints every copy of every part, in order', () => {
    expect(
      expandCopies([
        { item: 'a', copies: 2 },
        { item: 'b', copies: 1 },
      ]),
    ).toEqual(['a', 'a', 'b'])
  })

  it('fills a sheet row by row and leaves the rest of it empty', () => {
    const sheets = sheetsOf(['a', 'b', 'c', 'd'], 1)
    expect(sheets).toHaveLength(1)
    expect(sheets[0]?.slice(0, 5)).toEqual(['a', 'b', 'c', 'd', null])
    expect(sheets[0]).toHaveLength(24)
  })

  it('starts a partly used sheet at the first free position', () => {
    const [sheet] = sheetsOf(['a', 'b'], 5)
    expect(sheet?.slice(0, 6)).toEqual([null, null, null, null, 'a', 'b'])
  })

  it('continues on a new sheet from its top left once the first is full', () => {
    const labels = Array.from({ length: 29 }, (_, index) => index)
    const sheets = sheetsOf(labels, 20)
    expect(sheets).toHaveLength(2)
    // Positions 20–24 of the first sheet take labels 0–4; the second sheet begins with label 5.
    expect(sheets[0]?.slice(18)).toEqual([null, 0, 1, 2, 3, 4])
    expect(sheets[1]?.[0]).toBe(5)
    expect(sheets[1]?.filter((cell) => cell !== null)).toHaveLength(24)
  })

  it('prints no sheet when there is nothing to print', () => {
    expect(sheetsOf([], 3)).toEqual([])
  })
})

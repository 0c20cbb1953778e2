import { describe, expect, it } from 'vitest'
import { emptyPart, formPath, startingValues, textFieldErrors, toPartInput } from './partValues'

describe('the part form', () => {
  it('sends the price in minor units and the reorder figures as whole numbers', () => {
    const input = toPartInput(
      { ...emptyPart, sku: 'scr-ip13', name: 'iPhone 13 屏幕', price: '¥ 1,299.5', reorderPoint: '３' },
      'CNY',
    )
    expect(input).toMatchObject({ sku: 'scr-ip13', priceMinor: 129950, reorderPoint: 3, reorderQuantity: 0 })
  })

  it('drops empty barcodes and sends an empty price as nothing charged', () => {
    const input = toPartInput({ ...emptyPart, barcodes: [' 6901234567890 ', ''], price: '' }, 'CNY')
    expect(input.barcodes).toEqual(['6901234567890'])
    expect(input.priceMinor).toBe(0)
  })

  it('says which typed figures are not numbers', () => {
    expect(
      textFieldErrors({ ...emptyPart, price: '12.345', reorderPoint: '-1', reorderQuantity: '2.5' }, 'CNY'),
    ).toEqual({ price: 'invalidAmount', reorderPoint: 'negative', reorderQuantity: 'wholeUnits' })
    expect(textFieldErrors({ ...emptyPart, price: '12', reorderPoint: '' }, 'CNY')).toEqual({})
  })

  it('starts a new part from what the clerk searched for', () => {
    expect(startingValues('6901234567890')).toEqual({ barcodes: ['6901234567890'] })
    expect(startingValues('bat-p30')).toEqual({ sku: 'BAT-P30' })
    expect(startingValues('华为 P30 电池')).toEqual({ name: '华为 P30 电池' })
    expect(startingValues('  ')).toEqual({})
  })

  it('puts the api’s field errors next to the inputs they belong to', () => {
    expect(formPath('priceMinor')).toBe('price')
    expect(formPath('barcodes.1')).toBe('barcodes')
    expect(formPath('sku')).toBe('sku')
  })
})

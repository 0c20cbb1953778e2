import { describe, expect, it } from 'vitest'
import { countedTotal, denominationsFor, isDenomination, unknownDenominations } from './cash'
import { currencies } from './money'

describe('denominations', () => {
  it('lists the renminbi from ¥100 down to 1 jiao', () => {
    expect(denominationsFor('CNY').map((d) => d.valueMinor)).toEqual([
      10000, 5000, 2000, 1000, 500, 100, 50, 10,
    ])
  })

  it('lists the New Taiwan dollar from NT$2000 down to NT$1 (kept with two decimals)', () => {
    expect(denominationsFor('TWD').map((d) => d.valueMinor)).toEqual([
      200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 100,
    ])
  })

  it.each(currencies)('has %s largest first, notes before coins, no value twice', (currency) => {
    const list = denominationsFor(currency)
    const values = list.map((d) => d.valueMinor)
    expect(values.length).toBeGreaterThan(5)
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    expect(new Set(values).size).toBe(values.length)
    const firstCoin = list.findIndex((d) => d.kind === 'coin')
    expect(list.slice(firstCoin).every((d) => d.kind === 'coin')).toBe(true)
    expect(values.every((value) => Number.isSafeInteger(value) && value > 0)).toBe(true)
  })

  it('knows which values are notes or coins of a currency', () => {
    expect(isDenomination('CNY', 5000)).toBe(true)
    expect(isDenomination('CNY', 200)).toBe(false)
    expect(isDenomination('HKD', 200)).toBe(true)
    expect(unknownDenominations('CNY', { '10000': 1, '200': 3, '7': 0 })).toEqual(['200', '7'])
  })
})

describe('countedTotal', () => {
  it('sums value × count', () => {
    expect(countedTotal({ '10000': 3, '5000': 1, '100': 4, '50': 1, '10': 3 })).toBe(35480)
  })

  it('is zero for an empty count or zero counts', () => {
    expect(countedTotal({})).toBe(0)
    expect(countedTotal({ '10000': 0 })).toBe(0)
  })
})

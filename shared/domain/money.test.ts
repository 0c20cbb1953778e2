import { describe, expect, it } from 'vitest'
import {
  allocateProportionally,
  basisPointsToPercent,
  currencies,
  currencyDecimals,
  discountProblems,
  divideRounded,
  documentAmounts,
  formatMinor,
  formatMoney,
  lineAmounts,
  maxMinorAmount,
  parseMoney,
  percentToBasisPoints,
  sumLineAmounts,
} from './money'

describe('parseMoney', () => {
  it('reads whole amounts and decimals into minor units', () => {
    expect(parseMoney('12', 'CNY')).toBe(1200)
    expect(parseMoney('12.5', 'CNY')).toBe(1250)
    expect(parseMoney('12.05', 'CNY')).toBe(1205)
    expect(parseMoney('0', 'CNY')).toBe(0)
    expect(parseMoney('0.01', 'CNY')).toBe(1)
    expect(parseMoney('12.', 'CNY')).toBe(1200)
  })

  it('ignores grouping commas, spaces and currency symbols', () => {
    expect(parseMoney('1,299.00', 'CNY')).toBe(129900)
    expect(parseMoney('¥ 88', 'CNY')).toBe(8800)
    expect(parseMoney('￥88', 'CNY')).toBe(8800)
    expect(parseMoney('$ 1 299.99', 'USD')).toBe(129999)
    expect(parseMoney('€5', 'EUR')).toBe(500)
    expect(parseMoney('HK$120', 'HKD')).toBe(12000)
    expect(parseMoney('NT$300', 'TWD')).toBe(30000)
    expect(parseMoney('RM 15.50', 'MYR')).toBe(1550)
  })

  it('reads amounts typed with a full-width Chinese keyboard', () => {
    expect(parseMoney('１２．５', 'CNY')).toBe(1250)
    expect(parseMoney('１，２９９', 'CNY')).toBe(129900)
  })

  it('refuses text that is not an amount', () => {
    for (const text of ['', '   ', 'abc', '12abc', '1.2.3', '.', '¥', '12 元']) {
      expect(parseMoney(text, 'CNY'), JSON.stringify(text)).toBeNull()
    }
  })

  it('refuses negative amounts', () => {
    expect(parseMoney('-5', 'CNY')).toBeNull()
    expect(parseMoney('-0.50', 'CNY')).toBeNull()
  })

  it('refuses more decimals than the currency has, rather than rounding', () => {
    expect(parseMoney('12.345', 'CNY')).toBeNull()
    expect(parseMoney('0.001', 'USD')).toBeNull()
  })

  it('accepts the largest amount and refuses anything above it', () => {
    expect(parseMoney('100000000', 'CNY')).toBe(maxMinorAmount)
    expect(parseMoney('100000000.01', 'CNY')).toBeNull()
    expect(parseMoney('99999999999999999999', 'CNY')).toBeNull()
  })

  it('never loses a fen to floating point', () => {
    for (let minor = 0; minor < 10_000; minor += 7) {
      expect(parseMoney(formatMinor(minor, 'CNY'), 'CNY')).toBe(minor)
    }
    expect(parseMoney('0.29', 'CNY')).toBe(29)
    expect(parseMoney('1.15', 'CNY')).toBe(115)
    expect(parseMoney('99999999.99', 'CNY')).toBe(9_999_999_999)
  })
})

describe('formatMinor', () => {
  it('writes minor units as a plain decimal', () => {
    expect(formatMinor(129900, 'CNY')).toBe('1299.00')
    expect(formatMinor(5, 'CNY')).toBe('0.05')
    expect(formatMinor(0, 'USD')).toBe('0.00')
    expect(formatMinor(maxMinorAmount, 'CNY')).toBe('100000000.00')
  })

  it('puts the sign in front of a negative amount', () => {
    expect(formatMinor(-150, 'CNY')).toBe('-1.50')
    expect(formatMinor(-5, 'CNY')).toBe('-0.05')
  })
})

describe('formatMoney', () => {
  it('shows the currency for the locale', () => {
    expect(formatMoney(129900, 'CNY', 'zh-CN')).toMatch(/¥\s?1,299\.00/)
    expect(formatMoney(1550, 'USD', 'en')).toBe('$15.50')
  })
})

describe('currencies', () => {
  it('knows the decimals of every currency it offers', () => {
    for (const currency of currencies) expect(Number.isInteger(currencyDecimals(currency))).toBe(true)
  })
})

/** A seeded generator, so a failing generated case is the same on every run. */
function generator(seed: number): (max: number) => number {
  let state = seed
  return (max) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return Math.floor((state / 2147483648) * (max + 1))
  }
}

/** Random lines over the whole accepted range, with the common shapes (rates, small prices) often. */
function generatedLines(count: number) {
  const random = generator(20260501)
  const rates = [0, 300, 600, 900, 1300, 500, 1000, 10_000]
  return Array.from({ length: count }, () => ({
    quantity: random(3) === 0 ? random(1000) : 1 + random(4),
    unitPriceMinor: random(4) === 0 ? random(maxMinorAmount) : random(200_000),
    taxRateBp: random(2) === 0 ? random(10_000) : rates[random(rates.length - 1)]!,
  }))
}

describe('divideRounded', () => {
  it('rounds halves away from zero and everything else to the nearest', () => {
    expect(divideRounded(5n, 2n)).toBe(3n)
    expect(divideRounded(-5n, 2n)).toBe(-3n)
    expect(divideRounded(7n, 2n)).toBe(4n)
    expect(divideRounded(149n, 100n)).toBe(1n)
    expect(divideRounded(150n, 100n)).toBe(2n)
    expect(divideRounded(-149n, 100n)).toBe(-1n)
    expect(divideRounded(0n, 7n)).toBe(0n)
    expect(divideRounded(5n, -2n)).toBe(-3n)
  })
})

describe('lineAmounts', () => {
  it('adds tax on top of prices without tax, rounding the line to the fen', () => {
    expect(
      lineAmounts({ quantity: 1, unitPriceMinor: 10000, taxRateBp: 1300, pricesIncludeTax: false }),
    ).toEqual({ netMinor: 10000, taxMinor: 1300, totalMinor: 11300 })
    // 3 × 0.35 = 1.05 at 13 %: 0.1365 → 0.14
    expect(
      lineAmounts({ quantity: 3, unitPriceMinor: 35, taxRateBp: 1300, pricesIncludeTax: false }),
    ).toEqual({
      netMinor: 105,
      taxMinor: 14,
      totalMinor: 119,
    })
    // 0.50 at 5 %: 0.025 is a half, rounded up to 0.03
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 50, taxRateBp: 500, pricesIncludeTax: false })).toEqual(
      {
        netMinor: 50,
        taxMinor: 3,
        totalMinor: 53,
      },
    )
  })

  it('takes the tax out of prices that include it', () => {
    // ¥113.00 with 13 % inside: ¥100.00 + ¥13.00
    expect(
      lineAmounts({ quantity: 1, unitPriceMinor: 11300, taxRateBp: 1300, pricesIncludeTax: true }),
    ).toEqual({
      netMinor: 10000,
      taxMinor: 1300,
      totalMinor: 11300,
    })
    // ¥99.00 with 6 %: 93.396… → 93.40 net, 5.60 tax
    expect(
      lineAmounts({ quantity: 1, unitPriceMinor: 9900, taxRateBp: 600, pricesIncludeTax: true }),
    ).toEqual({
      netMinor: 9340,
      taxMinor: 560,
      totalMinor: 9900,
    })
  })

  it('charges no tax at a zero rate, either way', () => {
    for (const pricesIncludeTax of [true, false]) {
      expect(lineAmounts({ quantity: 2, unitPriceMinor: 4999, taxRateBp: 0, pricesIncludeTax })).toEqual({
        netMinor: 9998,
        taxMinor: 0,
        totalMinor: 9998,
      })
    }
  })

  it('takes a discount off before tax', () => {
    expect(
      lineAmounts({
        quantity: 2,
        unitPriceMinor: 5000,
        taxRateBp: 1000,
        pricesIncludeTax: false,
        discountMinor: 2000,
      }),
    ).toEqual({ netMinor: 8000, taxMinor: 800, totalMinor: 8800 })
    expect(
      lineAmounts({
        quantity: 2,
        unitPriceMinor: 5500,
        taxRateBp: 1000,
        pricesIncludeTax: true,
        discountMinor: 0,
      }),
    ).toEqual({ netMinor: 10000, taxMinor: 1000, totalMinor: 11000 })
  })

  it('refuses negative, fractional or oversized figures and a discount larger than the line', () => {
    const base = { quantity: 1, unitPriceMinor: 100, taxRateBp: 1300, pricesIncludeTax: false }
    expect(() => lineAmounts({ ...base, quantity: -1 })).toThrow(RangeError)
    expect(() => lineAmounts({ ...base, unitPriceMinor: 1.5 })).toThrow(RangeError)
    expect(() => lineAmounts({ ...base, taxRateBp: 10_001 })).toThrow(RangeError)
    expect(() => lineAmounts({ ...base, discountMinor: 101 })).toThrow(RangeError)
  })

  it('always has net + tax = total, with no negative figure (generated lines)', () => {
    for (const line of generatedLines(5000)) {
      for (const pricesIncludeTax of [true, false]) {
        const amounts = lineAmounts({ ...line, pricesIncludeTax })
        const label = JSON.stringify({ ...line, pricesIncludeTax })
        expect(amounts.netMinor + amounts.taxMinor, label).toBe(amounts.totalMinor)
        expect(amounts.netMinor, label).toBeGreaterThanOrEqual(0)
        expect(amounts.taxMinor, label).toBeGreaterThanOrEqual(0)
        expect(Number.isSafeInteger(amounts.totalMinor), label).toBe(true)
      }
    }
  })

  it('rounds the tax to the nearest fen of the exact figure (generated lines)', () => {
    for (const line of generatedLines(5000)) {
      const exclusive = lineAmounts({ ...line, pricesIncludeTax: false })
      const exactTax = (exclusive.netMinor * line.taxRateBp) / 10_000
      expect(Math.abs(exclusive.taxMinor - exactTax), JSON.stringify(line)).toBeLessThanOrEqual(0.5 + 1e-6)
      const inclusive = lineAmounts({ ...line, pricesIncludeTax: true })
      const exactNet = (inclusive.totalMinor * 10_000) / (10_000 + line.taxRateBp)
      expect(Math.abs(inclusive.netMinor - exactNet), JSON.stringify(line)).toBeLessThanOrEqual(0.5 + 1e-6)
    }
  })

  it('agrees within a fen whether a price is entered with or without its tax (generated lines)', () => {
    // A net price n entered without tax, or its gross n + tax entered with tax, is the same sale.
    for (const line of generatedLines(5000)) {
      const exclusive = lineAmounts({ ...line, quantity: 1, pricesIncludeTax: false })
      const inclusive = lineAmounts({
        ...line,
        quantity: 1,
        unitPriceMinor: exclusive.totalMinor,
        pricesIncludeTax: true,
      })
      expect(inclusive.totalMinor).toBe(exclusive.totalMinor)
      expect(Math.abs(inclusive.netMinor - exclusive.netMinor), JSON.stringify(line)).toBeLessThanOrEqual(1)
      expect(Math.abs(inclusive.taxMinor - exclusive.taxMinor), JSON.stringify(line)).toBeLessThanOrEqual(1)
    }
  })
})

describe('sumLineAmounts', () => {
  it('adds the rounded lines, so the document total is the sum of its printed lines', () => {
    const lines = [
      lineAmounts({ quantity: 1, unitPriceMinor: 35, taxRateBp: 1300, pricesIncludeTax: false }),
      lineAmounts({ quantity: 1, unitPriceMinor: 35, taxRateBp: 1300, pricesIncludeTax: false }),
    ]
    // Each line rounds 4.55 to 5: the document says 10, not round(9.1) = 9.
    expect(sumLineAmounts(lines)).toEqual({ netMinor: 70, taxMinor: 10, totalMinor: 80 })
    expect(sumLineAmounts([])).toEqual({ netMinor: 0, taxMinor: 0, totalMinor: 0 })
  })
})

describe('percent and basis points', () => {
  it('turns a typed percent into basis points and back', () => {
    expect(percentToBasisPoints(13)).toBe(1300)
    expect(percentToBasisPoints(5.5)).toBe(550)
    expect(percentToBasisPoints(0.07)).toBe(7)
    expect(basisPointsToPercent(1300)).toBe(13)
    expect(basisPointsToPercent(550)).toBe(5.5)
  })
})

describe('allocateProportionally', () => {
  it('shares in proportion and gives the leftover fen to the largest remainders', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33])
    expect(allocateProportionally(10, [300, 100])).toEqual([8, 2])
    expect(allocateProportionally(5, [1, 2, 3])).toEqual([1, 2, 2])
    expect(allocateProportionally(0, [5, 7])).toEqual([0, 0])
  })

  it('gives nothing to a line that charges nothing', () => {
    expect(allocateProportionally(99, [0, 50, 0, 50])).toEqual([0, 50, 0, 49])
  })

  it('refuses to share something over nothing', () => {
    expect(() => allocateProportionally(1, [0, 0])).toThrow(RangeError)
  })

  it('always adds up exactly, never goes negative or past a weight, and gives the same answer twice', () => {
    const random = generator(20260601)
    for (let round = 0; round < 2000; round += 1) {
      const weights = Array.from({ length: 1 + random(8) }, () =>
        random(5) === 0 ? 0 : random(3) === 0 ? random(maxMinorAmount) : random(50_000),
      )
      const sum = weights.reduce((total, weight) => total + weight, 0)
      if (sum === 0) continue
      const amount = random(3) === 0 ? sum : random(Math.min(sum, maxMinorAmount))
      const shares = allocateProportionally(amount, weights)
      expect(shares.reduce((total, share) => total + share, 0)).toBe(amount)
      shares.forEach((share, index) => {
        expect(share).toBeGreaterThanOrEqual(0)
        expect(share).toBeLessThanOrEqual(weights[index]!)
      })
      expect(allocateProportionally(amount, weights)).toEqual(shares)
    }
  })
})

describe('documentAmounts', () => {
  const line = (unitPriceMinor: number, quantity = 1, discountMinor = 0, taxRateBp = 1300) => ({
    quantity,
    unitPriceMinor,
    taxRateBp,
    discountMinor,
  })

  it("shares the invoice discount after each line's own discount, before tax", () => {
    // 300 − 100 own discount = 200 and 200: ¥1 off is shared half and half.
    const result = documentAmounts([line(300, 1, 100), line(200)], 100, true)
    expect(result.lines.map((each) => each.shareMinor)).toEqual([50, 50])
    expect(result.lines.map((each) => each.discountMinor)).toEqual([150, 50])
    expect(result.lines.map((each) => each.totalMinor)).toEqual([150, 150])
    expect(result.discountMinor).toBe(200)
    expect(result.totalMinor).toBe(300)
  })

  it('puts the tax on top of the discounted price when prices exclude tax', () => {
    const result = documentAmounts([line(10_000), line(5000)], 1500, false)
    expect(result.lines.map((each) => each.netMinor)).toEqual([9000, 4500])
    expect(result.lines.map((each) => each.taxMinor)).toEqual([1170, 585])
    expect(result.totalMinor).toBe(15_255)
  })

  it('names the discounts that take off more than there is', () => {
    expect(discountProblems([line(100, 2, 201), line(100)], 0)).toEqual({ lines: [0], invoice: false })
    expect(discountProblems([line(100, 2, 50), line(100)], 251)).toEqual({ lines: [], invoice: true })
    expect(discountProblems([line(100, 2, 50), line(100)], 250)).toEqual({ lines: [], invoice: false })
    expect(() => documentAmounts([line(100)], 101, true)).toThrow(RangeError)
  })

  it('adds up on generated documents: shares sum to the discount, no line negative, totals are the lines', () => {
    const random = generator(20260602)
    const lines = generatedLines(3000).map((each) => ({
      ...each,
      unitPriceMinor: each.unitPriceMinor % 500_000,
    }))
    for (let start = 0; start < lines.length; start += 6) {
      const document = lines.slice(start, start + 1 + random(5)).map((each) => ({
        ...each,
        discountMinor: random(3) === 0 ? random(each.quantity * each.unitPriceMinor) : 0,
      }))
      const base = document.reduce(
        (sum, each) => sum + each.quantity * each.unitPriceMinor - each.discountMinor,
        0,
      )
      const invoiceDiscount = base === 0 || random(2) === 0 ? 0 : random(base)
      for (const pricesIncludeTax of [true, false]) {
        const result = documentAmounts(document, invoiceDiscount, pricesIncludeTax)
        expect(result.lines.reduce((sum, each) => sum + each.shareMinor, 0)).toBe(invoiceDiscount)
        for (const each of result.lines) {
          expect(
            Math.min(each.netMinor, each.taxMinor, each.totalMinor, each.shareMinor),
          ).toBeGreaterThanOrEqual(0)
        }
        expect(result.netMinor).toBe(result.lines.reduce((sum, each) => sum + each.netMinor, 0))
        expect(result.taxMinor).toBe(result.lines.reduce((sum, each) => sum + each.taxMinor, 0))
        expect(result.totalMinor).toBe(result.netMinor + result.taxMinor)
        expect(result.discountMinor).toBe(
          invoiceDiscount + document.reduce((sum, each) => sum + each.discountMinor, 0),
        )
      }
    }
  })

  it('agrees within a fen whether a price is entered with or without tax', () => {
    for (const each of generatedLines(3000)) {
      const net = each.unitPriceMinor % 1_000_000
      const exclusive = documentAmounts(
        [{ ...each, unitPriceMinor: net, quantity: 1, discountMinor: 0 }],
        0,
        false,
      )
      const inclusive = documentAmounts(
        [{ ...each, unitPriceMinor: exclusive.totalMinor, quantity: 1, discountMinor: 0 }],
        0,
        true,
      )
      expect(inclusive.totalMinor).toBe(exclusive.totalMinor)
      expect(Math.abs(inclusive.netMinor - exclusive.netMinor)).toBeLessThanOrEqual(1)
      expect(Math.abs(inclusive.taxMinor - exclusive.taxMinor)).toBeLessThanOrEqual(1)
    }
  })
})

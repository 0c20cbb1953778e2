import { describe, expect, it } from 'vitest'
import { currencies, currencyDecimals, formatMinor, formatMoney, maxMinorAmount, parseMoney } from './money'

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

import { describe, expect, it } from 'vitest'
import { formatCount, parseQuantity, signedQuantity } from './quantity'

describe('parseQuantity', () => {
  it('reads whole units with or without a sign', () => {
    expect(parseQuantity('12')).toEqual({ value: 12 })
    expect(parseQuantity(' -2 ')).toEqual({ value: -2 })
    expect(parseQuantity('+3')).toEqual({ value: 3 })
    expect(parseQuantity('5.0')).toEqual({ value: 5 })
  })

  it('reads what a Chinese keyboard types in full-width mode', () => {
    expect(parseQuantity('１２')).toEqual({ value: 12 })
    expect(parseQuantity('－２')).toEqual({ value: -2 })
    expect(parseQuantity('\u22122')).toEqual({ value: -2 })
  })

  it('says what is wrong with anything else', () => {
    expect(parseQuantity('')).toEqual({ error: 'required' })
    expect(parseQuantity('1.5')).toEqual({ error: 'wholeUnits' })
    expect(parseQuantity('abc')).toEqual({ error: 'invalid' })
    expect(parseQuantity('--2')).toEqual({ error: 'invalid' })
    expect(parseQuantity('2000000')).toEqual({ error: 'tooLarge' })
  })
})

describe('signedQuantity', () => {
  it('always shows the sign of a movement', () => {
    expect(signedQuantity(10)).toBe('+10')
    expect(signedQuantity(-2)).toBe('\u22122')
    expect(signedQuantity(0)).toBe('0')
  })

  it('shows a count below zero with the same minus sign', () => {
    expect(formatCount(18)).toBe('18')
    expect(formatCount(-2)).toBe('\u22122')
  })
})

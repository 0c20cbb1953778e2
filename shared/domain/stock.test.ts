import { describe, expect, it } from 'vitest'
import { isBelowReorder, movingAverageCost, stockValue } from './stock'

describe('movingAverageCost', () => {
  it('takes the cost of the first receipt', () => {
    expect(movingAverageCost(0, 0, 10, 1200)).toBe(1200)
  })

  it('weighs the stock on hand and the receipt by their quantities', () => {
    expect(movingAverageCost(10, 1200, 10, 1400)).toBe(1300)
    expect(movingAverageCost(30, 1000, 10, 2000)).toBe(1250)
    expect(movingAverageCost(1, 5000, 4, 0)).toBe(1000)
  })

  it('rounds half a minor unit up', () => {
    // (1 × 100 + 1 × 101) / 2 = 100.5
    expect(movingAverageCost(1, 100, 1, 101)).toBe(101)
    // (2 × 100 + 1 × 101) / 3 = 100.33…
    expect(movingAverageCost(2, 100, 1, 101)).toBe(100)
    // (1 × 100 + 2 × 101) / 3 = 100.66…
    expect(movingAverageCost(1, 100, 2, 101)).toBe(101)
  })

  it('takes the new cost when the stock is at or below zero, which carries no cost', () => {
    expect(movingAverageCost(0, 900, 5, 1500)).toBe(1500)
    expect(movingAverageCost(-3, 900, 5, 1500)).toBe(1500)
  })

  it('keeps the average when nothing is received', () => {
    expect(movingAverageCost(10, 1200, 0, 9999)).toBe(1200)
    expect(movingAverageCost(10, 1200, -2, 9999)).toBe(1200)
  })
})

describe('stockValue', () => {
  it('is the quantity on hand at the average cost', () => {
    expect(stockValue(18, 1300)).toBe(23400)
    expect(stockValue(1, 0)).toBe(0)
  })

  it('values no stock and negative stock at nothing', () => {
    expect(stockValue(0, 1300)).toBe(0)
    expect(stockValue(-4, 1300)).toBe(0)
  })
})

describe('isBelowReorder', () => {
  it('is true at and below the reorder point', () => {
    expect(isBelowReorder(5, 5)).toBe(true)
    expect(isBelowReorder(4, 5)).toBe(true)
    expect(isBelowReorder(0, 5)).toBe(true)
    expect(isBelowReorder(-1, 5)).toBe(true)
  })

  it('is false above the reorder point', () => {
    expect(isBelowReorder(6, 5)).toBe(false)
  })

  it('is never true for an item without a reorder point', () => {
    expect(isBelowReorder(0, 0)).toBe(false)
    expect(isBelowReorder(-2, 0)).toBe(false)
  })
})

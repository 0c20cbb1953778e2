import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { periodDays, periodFromSearch, periodInstants, periodLabel, periodOfInstants, today } from './period'

describe('the report period', () => {
  it('runs from the first local midnight to the midnight after the last day', () => {
    const { from, to } = periodInstants({ start: '2025-03-01', end: '2025-03-01' })
    expect(from).toBe(dayjs('2025-03-01T00:00:00').toISOString())
    expect(to).toBe(dayjs('2025-03-02T00:00:00').toISOString())
    expect(periodOfInstants(from, to)).toEqual({ start: '2025-03-01', end: '2025-03-01' })
  })

  it('reads start and end from the address, and falls back to today', () => {
    const read = (query: string) => periodFromSearch(new URLSearchParams(query))
    expect(read('start=2025-03-01&end=2025-03-07')).toEqual({ start: '2025-03-01', end: '2025-03-07' })
    expect(read('start=2025-03-01')).toEqual({ start: '2025-03-01', end: '2025-03-01' })
    expect(read('start=2025-03-07&end=2025-03-01')).toEqual({ start: '2025-03-07', end: '2025-03-07' })
    expect(read('start=2025-02-30')).toEqual({ start: today(), end: today() })
    expect(read('')).toEqual({ start: today(), end: today() })
  })

  it('counts the days it covers and names them', () => {
    expect(periodDays({ start: '2024-03-01', end: '2025-02-28' })).toBe(365)
    expect(periodLabel({ start: '2025-03-01', end: '2025-03-01' })).toBe('2025-03-01')
    expect(periodLabel({ start: '2025-03-01', end: '2025-03-07' })).toBe('2025-03-01 – 2025-03-07')
  })
})

import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { periodStem, presetOf, presetPeriod, salesReportInput } from './salesPeriod'

describe('the sales report period', () => {
  it('runs a week from Monday and a month from its first day, up to today', () => {
    // 2025-03-05 is a Wednesday; 2025-03-09 a Sunday.
    expect(presetPeriod('today', '2025-03-05')).toEqual({ start: '2025-03-05', end: '2025-03-05' })
    expect(presetPeriod('week', '2025-03-05')).toEqual({ start: '2025-03-03', end: '2025-03-05' })
    expect(presetPeriod('week', '2025-03-09')).toEqual({ start: '2025-03-03', end: '2025-03-09' })
    expect(presetPeriod('week', '2025-03-03')).toEqual({ start: '2025-03-03', end: '2025-03-03' })
    expect(presetPeriod('month', '2025-03-05')).toEqual({ start: '2025-03-01', end: '2025-03-05' })
  })

  it('recognises a preset, and calls anything else a range', () => {
    expect(presetOf({ start: '2025-03-05', end: '2025-03-05' }, '2025-03-05')).toBe('today')
    expect(presetOf({ start: '2025-03-03', end: '2025-03-05' }, '2025-03-05')).toBe('week')
    expect(presetOf({ start: '2025-03-01', end: '2025-03-05' }, '2025-03-05')).toBe('month')
    expect(presetOf({ start: '2025-02-01', end: '2025-02-28' }, '2025-03-05')).toBe('range')
  })

  it('asks for local midnights with the local offset from UTC', () => {
    const input = salesReportInput({ start: '2025-03-01', end: '2025-03-02' })
    expect(input.from).toBe(dayjs('2025-03-01T00:00:00').toISOString())
    expect(input.to).toBe(dayjs('2025-03-03T00:00:00').toISOString())
    expect(input.utcOffsetMinutes).toBe(-new Date(input.from).getTimezoneOffset())
    expect(periodStem({ start: '2025-03-01', end: '2025-03-01' })).toBe('2025-03-01')
    expect(periodStem({ start: '2025-03-01', end: '2025-03-31' })).toBe('2025-03-01_2025-03-31')
  })
})

import { describe, expect, it } from 'vitest'
import { classifyQuery, normalizeSearchText } from './search'

describe('normalizeSearchText', () => {
  it('folds case, full-width letters and digits, and spaces', () => {
    expect(normalizeSearchText('  Emma   WONG ')).toBe('emma wong')
    expect(normalizeSearchText('ＳＣ０１－０００１２３')).toBe('sc01-000123')
    expect(normalizeSearchText('王\u3000芳')).toBe('王 芳')
  })
})

describe('classifyQuery', () => {
  it('takes an outlet code, a dash and digits for a ticket number, typed or scanned', () => {
    expect(classifyQuery('SC01-000123')).toBe('ticket')
    expect(classifyQuery('sc01-000123')).toBe('ticket')
    expect(classifyQuery(' SC01-000123\n')).toBe('ticket')
    expect(classifyQuery('ＳＣ０１－０００１２３')).toBe('ticket')
    expect(classifyQuery('SC01-123')).toBe('ticket')
  })

  it('takes digits with spaces, dashes or a plus for a phone or IMEI', () => {
    expect(classifyQuery('13800138000')).toBe('digits')
    expect(classifyQuery('138 0013 8000')).toBe('digits')
    expect(classifyQuery('138-0013-8000')).toBe('digits')
    expect(classifyQuery('+86 138')).toBe('digits')
    expect(classifyQuery('8000')).toBe('digits')
    expect(classifyQuery('356938035643809')).toBe('digits')
  })

  it('takes a landline with its area code for a phone, not a ticket number', () => {
    expect(classifyQuery('0755-88881234')).toBe('digits')
    expect(classifyQuery('020-12345678')).toBe('digits')
  })

  it('takes a partial ticket number for a ticket and everything else for a name or a serial', () => {
    expect(classifyQuery('王')).toBe('text')
    expect(classifyQuery('王芳')).toBe('text')
    expect(classifyQuery('wf')).toBe('text')
    expect(classifyQuery('Emma Wong')).toBe('text')
    expect(classifyQuery('C02X1234')).toBe('text')
    expect(classifyQuery('SC01-00')).toBe('ticket')
    expect(classifyQuery('SC01')).toBe('text')
  })
})

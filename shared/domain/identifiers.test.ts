import { describe, expect, it } from 'vitest'
import {
  formatTicketNumber,
  isValidImei,
  isValidPhone,
  normalizePhone,
  phoneProblem,
  normalizeSerial,
  outletCodePattern,
  ticketNumberPattern,
} from './identifiers'

describe('phone numbers', () => {
  it('keeps only the digits, and a leading plus', () => {
    expect(normalizePhone('139 1234 5678')).toBe('13912345678')
    expect(normalizePhone('(0755) 8888-1234')).toBe('075588881234')
    expect(normalizePhone(' +86 138-0013-8000 ')).toBe('+8613800138000')
    expect(normalizePhone('138+0013')).toBe('1380013')
  })

  it('accepts 5 to 15 digits, the range of real numbers', () => {
    expect(isValidPhone('13800138000')).toBe(true)
    expect(isValidPhone('+852 9123 4567')).toBe(true)
    expect(isValidPhone('12345')).toBe(true)
    expect(isValidPhone('123456789012345')).toBe(true)
  })

  it('refuses too few or too many digits, and text without digits', () => {
    expect(isValidPhone('1234')).toBe(false)
    expect(isValidPhone('1234567890123456')).toBe(false)
    expect(isValidPhone('')).toBe(false)
    expect(isValidPhone('call me')).toBe(false)
    expect(isValidPhone('+')).toBe(false)
  })

  it('refuses letters instead of dropping them', () => {
    expect(normalizePhone('138abc12345')).toBe('13812345')
    expect(isValidPhone('138abc12345')).toBe(false)
    expect(phoneProblem('138abc12345')).toBe('phoneNotDigits')
    expect(phoneProblem('13800138000 王')).toBe('phoneNotDigits')
    expect(phoneProblem('1234')).toBe('invalidPhone')
    expect(phoneProblem('0755-8888 1234')).toBeNull()
  })

  it('reads full-width digits, plus, spaces and dashes from a Chinese input method', () => {
    expect(normalizePhone('１３８００１３８０００')).toBe('13800138000')
    expect(normalizePhone('＋８６　１３８－００１３－８０００')).toBe('+8613800138000')
    expect(isValidPhone('１３８　００１３　８０００')).toBe(true)
    expect(isValidPhone('138—0013—8000')).toBe(true)
    expect(phoneProblem('１３８ａｂｃ１２３４５')).toBe('phoneNotDigits')
  })
})

describe('IMEI', () => {
  it('accepts 15 digits with a right Luhn check digit', () => {
    expect(isValidImei('490154203237518')).toBe(true)
    expect(isValidImei('356938035643809')).toBe(true)
  })

  it('accepts an IMEI printed with spaces or dashes', () => {
    expect(isValidImei('35-693803-564380-9')).toBe(true)
    expect(isValidImei('49 015420 323751 8')).toBe(true)
  })

  it('refuses a wrong check digit', () => {
    expect(isValidImei('490154203237517')).toBe(false)
    expect(isValidImei('356938035643800')).toBe(false)
  })

  it('refuses two swapped neighbouring digits', () => {
    expect(isValidImei('940154203237518')).toBe(false)
  })

  it('refuses anything that is not 15 digits', () => {
    expect(isValidImei('49015420323751')).toBe(false)
    expect(isValidImei('4901542032375180')).toBe(false)
    expect(isValidImei('49015420323751A')).toBe(false)
    expect(isValidImei('')).toBe(false)
  })
})

describe('serials', () => {
  it('compares serials without spaces or dashes, in upper case', () => {
    expect(normalizeSerial('c02x-1234 abcd')).toBe('C02X1234ABCD')
  })
})

describe('outlet codes and ticket numbers', () => {
  it('accepts 2 to 8 upper-case letters or digits with at least one letter as an outlet code', () => {
    for (const code of ['SC', 'SC01', 'SHENZHEN', '1A', 'A1'])
      expect(outletCodePattern.test(code), code).toBe(true)
    for (const code of ['S', 'SHENZHEN1', 'sc01', 'SC-01', 'SC 1', '深圳', '01', '0755']) {
      expect(outletCodePattern.test(code), code).toBe(false)
    }
  })

  it('writes the outlet code, a dash and a six-digit sequence', () => {
    expect(formatTicketNumber('SC01', 1)).toBe('SC01-000001')
    expect(formatTicketNumber('SZ', 123)).toBe('SZ-000123')
    expect(formatTicketNumber('SC01', 999_999)).toBe('SC01-999999')
  })

  it('keeps counting past a million with more digits', () => {
    expect(formatTicketNumber('SC01', 1_234_567)).toBe('SC01-1234567')
    expect(ticketNumberPattern.test('SC01-1234567')).toBe(true)
  })

  it('recognises its own numbers and nothing else', () => {
    expect(ticketNumberPattern.test(formatTicketNumber('SC01', 42))).toBe(true)
    for (const text of [
      'SC01-00042',
      'SC01000042',
      'sc01-000042',
      'SC01-000042 ',
      'S-000042',
      '0755-88881234',
    ]) {
      expect(ticketNumberPattern.test(text), text).toBe(false)
    }
  })
})

import { describe, expect, it } from 'vitest'
import {
  deviceName,
  formatPhone,
  parseReceiptOptions,
  rollLengthMm,
  svgDataUrl,
  termsParagraphs,
} from './receiptLines'

describe('parseReceiptOptions', () => {
  it('prints on the 80 mm roll in a browser unless asked otherwise', () => {
    expect(parseReceiptOptions(new URLSearchParams(''))).toEqual({
      layout: '80mm',
      native: false,
      autoPrint: false,
    })
  })

  it('reads the A4 layout, native mode and auto print', () => {
    expect(parseReceiptOptions(new URLSearchParams('layout=a4&native=1'))).toEqual({
      layout: 'a4',
      native: true,
      autoPrint: false,
    })
    expect(parseReceiptOptions(new URLSearchParams('layout=80mm&autoprint=1')).autoPrint).toBe(true)
  })

  it('never opens the print dialog in the desktop app, which prints the hidden window itself', () => {
    expect(parseReceiptOptions(new URLSearchParams('native=1&autoprint=1')).autoPrint).toBe(false)
  })

  it('falls back to the roll for an unknown layout', () => {
    expect(parseReceiptOptions(new URLSearchParams('layout=a5')).layout).toBe('80mm')
  })
})

describe('formatPhone', () => {
  it('groups a mainland mobile number 3-4-4, with or without +86', () => {
    expect(formatPhone('13800138000')).toBe('138 0013 8000')
    expect(formatPhone('+8613800138000')).toBe('+86 138 0013 8000')
  })

  it('groups Taiwan mobiles 4-3-3 and eight-digit Hong Kong numbers 4-4', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678')
    expect(formatPhone('+886912345678')).toBe('+886 912 345 678')
    expect(formatPhone('91234567')).toBe('9123 4567')
    expect(formatPhone('+85291234567')).toBe('+852 9123 4567')
  })

  it('prints every digit: the customer checks the number on their own receipt', () => {
    expect(formatPhone('13800138000').replace(/\D/g, '')).toBe('13800138000')
  })

  it('keeps a number typed with its own separators, or of another shape, as it was typed', () => {
    expect(formatPhone(' 010-6552 9988 ')).toBe('010-6552 9988')
    expect(formatPhone('075512345')).toBe('075512345')
    expect(formatPhone('+4420794600')).toBe('+4420794600')
  })
})

describe('deviceName', () => {
  it('joins brand and model', () => {
    expect(deviceName({ brand: 'Apple', model: 'iPhone 13' })).toBe('Apple iPhone 13')
  })

  it('prints the brand alone when the model is unknown, without stray spaces', () => {
    expect(deviceName({ brand: ' 美的 ', model: '' })).toBe('美的')
  })
})

describe('termsParagraphs', () => {
  it('keeps the line breaks the owner typed', () => {
    expect(termsParagraphs('1. 保修90天\n2. 逾期30天未取视为放弃')).toEqual([
      ['1. 保修90天', '2. 逾期30天未取视为放弃'],
    ])
  })

  it('splits paragraphs at blank lines, several blank lines counting as one', () => {
    expect(termsParagraphs('First\r\nsecond\r\n\r\n\r\nThird  \n  \n')).toEqual([
      ['First', 'second'],
      ['Third'],
    ])
  })

  it('keeps the indentation at the start of a line', () => {
    expect(termsParagraphs('Terms:\n  a) one')).toEqual([['Terms:', '  a) one']])
  })

  it('has nothing to print for empty or blank terms', () => {
    expect(termsParagraphs('')).toEqual([])
    expect(termsParagraphs(' \n\n ')).toEqual([])
  })
})

describe('svgDataUrl', () => {
  it('makes an image address that survives quotes, # and non-ASCII text', () => {
    const url = svgDataUrl('<svg id="a#b"><text>单</text></svg>')
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('<svg id="a#b"><text>单</text></svg>')
    expect(url).not.toMatch(/[#"<> ]/)
  })
})

describe('rollLengthMm', () => {
  it('adds both page margins and slack to the drawn height, in whole millimetres', () => {
    // 200 CSS px = 52.9 mm
    expect(rollLengthMm(200, 4)).toBe(64)
    expect(rollLengthMm(200, 4, 0)).toBe(61)
  })
})

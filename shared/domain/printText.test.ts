import { describe, expect, it } from 'vitest'
import { printableData, printableText } from './printText'

describe('printed text', () => {
  it('drops emoji, with their joiners, skin tones and variation selectors', () => {
    expect(printableText('王芳😀')).toBe('王芳')
    expect(printableText('屏幕碎了 😭 请尽快')).toBe('屏幕碎了 请尽快')
    expect(printableText('👨‍👩‍👧 family')).toBe('family')
    expect(printableText('👍🏽 ok')).toBe('ok')
    expect(printableText('❤️ love')).toBe('love')
    expect(printableText('🇨🇳 China')).toBe('China')
    expect(printableText('1️⃣ first')).toBe('1 first')
  })

  it('keeps letters, digits, Chinese, punctuation, line breaks and the marks every font has', () => {
    const text = 'iPhone® 15 Pro™ ©Apple\n屏幕：碎裂（右上角），¥1,299.00 #3 *'
    expect(printableText(text)).toBe(text)
    expect(printableText('1. 条款\n2. 条款')).toBe('1. 条款\n2. 条款')
  })

  it('makes every string of a document printable and leaves numbers, booleans and nulls alone', () => {
    const ticket = {
      number: 'SC01-000001',
      customer: { name: '李娜🌸', phones: ['13800138000'] },
      accessories: ['充电器🔌', '保护壳'],
      depositMinor: 5000,
      promisedAt: null,
      hasUnlockCode: false,
    }
    expect(printableData(ticket)).toEqual({
      number: 'SC01-000001',
      customer: { name: '李娜', phones: ['13800138000'] },
      accessories: ['充电器', '保护壳'],
      depositMinor: 5000,
      promisedAt: null,
      hasUnlockCode: false,
    })
    expect(ticket.customer.name).toBe('李娜🌸')
  })
})

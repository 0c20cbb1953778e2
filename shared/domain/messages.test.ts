import { describe, expect, it } from 'vitest'
import {
  builtInTemplates,
  fillTemplate,
  messageVariables,
  statusNames,
  unknownVariables,
  type MessageLocale,
} from './messages'
import { ticketStatuses } from './status'

const locales: MessageLocale[] = ['zh-CN', 'zh-TW', 'en']
const cases = locales.flatMap((locale) => ticketStatuses.map((status) => ({ locale, status })))

describe('built-in status messages', () => {
  it.each(cases)(
    'has a $locale message for $status naming the ticket and its status',
    ({ locale, status }) => {
      const body = builtInTemplates[locale][status]
      expect(body).toContain('{number}')
      expect(body).toContain('{status}')
      expect(body).toContain('{shopName}')
      expect(unknownVariables(body)).toEqual([])
    },
  )

  it.each(locales)('names every status in %s', (locale) => {
    for (const status of ticketStatuses) expect(statusNames[locale][status].trim()).not.toBe('')
  })

  it.each(locales)('tells the amount due when the device is ready for pickup (%s)', (locale) => {
    expect(builtInTemplates[locale].ready_for_pickup).toContain('{amountDue}')
  })

  it('writes Chinese in Chinese and traditional characters for Taiwan', () => {
    expect(builtInTemplates['zh-CN'].ready_for_pickup).toContain('取机')
    expect(builtInTemplates['zh-TW'].ready_for_pickup).toContain('取件')
    expect(builtInTemplates['zh-TW'].received).toContain('單號')
  })
})

describe('filling a message', () => {
  const values = {
    shopName: '华强维修',
    customerName: '王芳',
    number: 'SC01-000042',
    device: 'Apple iPhone 13',
    status: '待取机',
    amountDue: '¥380.00',
    shopPhone: '0755-88888888',
  }

  it('puts every variable in its place', () => {
    const text = fillTemplate(builtInTemplates['zh-CN'].ready_for_pickup, values)
    expect(text).toBe(
      '【华强维修】王芳您好，您的Apple iPhone 13（单号SC01-000042）已修好，当前状态：待取机。取机时需付¥380.00，请携带服务单到店领取。电话：0755-88888888',
    )
  })

  it('leaves an unknown variable visible instead of failing', () => {
    expect(fillTemplate('{number} {colour} {}', values)).toBe('SC01-000042 {colour} {}')
  })

  it('leaves a variable without a value visible', () => {
    expect(fillTemplate('{shopName}: {amountDue}', { shopName: 'A' })).toBe('A: {amountDue}')
  })

  it('does not read values from the object prototype', () => {
    expect(fillTemplate('{toString} {constructor}', values)).toBe('{toString} {constructor}')
  })

  it('keeps replacement patterns in a value literally', () => {
    expect(fillTemplate('{customerName}', { customerName: "$& $' $1" })).toBe("$& $' $1")
  })

  it('lists the variables a template may use, and spots the ones it may not', () => {
    expect(messageVariables).toContain('amountDue')
    expect(unknownVariables('{number} {colour} {colour} {shopPhone}')).toEqual(['colour'])
  })
})

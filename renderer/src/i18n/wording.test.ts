/**
 * One word per idea on every screen and printout: the deposit, and the shop's own sales document
 * (销售单 / 銷貨單) as opposed to the tax invoice (发票 / 統一發票), which only the tax-invoice fields name.
 */
import { describe, expect, it } from 'vitest'
import { namespaces, resources } from './index'

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

function messages(locale: string): [string, string][] {
  return namespaces.flatMap((namespace) =>
    leaves(resources[locale]?.[namespace]).map(([key, text]): [string, string] => [
      `${namespace}:${key}`,
      text,
    ]),
  )
}

const english = new Map(messages('en'))

describe('the words a clerk reads', () => {
  it.each([
    ['zh-CN', '定金', '订金'],
    ['zh-TW', '訂金', '定金'],
  ])('%s calls a deposit %s everywhere, never %s', (locale, _word, other) => {
    expect(messages(locale).filter(([, text]) => text.includes(other))).toEqual([])
  })

  it.each([
    ['zh-CN', '发票'],
    ['zh-TW', '發票'],
  ])('%s says %s only for the tax invoice', (locale, fapiao) => {
    const misnamed = messages(locale).filter(
      ([key, text]) =>
        text.includes(fapiao) && !/taxInvoice/.test(key) && !/tax invoice/i.test(english.get(key) ?? ''),
    )
    expect(misnamed).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { namespaces, resources } from './index'

const locales = ['en', 'zh-CN', 'zh-TW'] as const

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key))
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
}

describe('locale files', () => {
  it.each(namespaces)('has the namespace %s in every locale', (namespace) => {
    for (const locale of locales)
      expect(resources[locale]?.[namespace], `${locale}/${namespace}.json`).toBeDefined()
  })

  it.each(namespaces)('has the same keys in every locale for %s', (namespace) => {
    const english = flatten(resources.en?.[namespace]).sort()
    for (const locale of locales) {
      expect(flatten(resources[locale]?.[namespace]).sort(), `${locale}/${namespace}.json`).toEqual(english)
    }
  })

  it('has no empty messages', () => {
    for (const locale of locales) {
      for (const namespace of namespaces) {
        for (const [key, value] of leaves(resources[locale]?.[namespace])) {
          expect(typeof value === 'string' && value.trim() !== '', `${locale}/${namespace}: ${key}`).toBe(
            true,
          )
        }
      }
    }
  })
})

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const here = path.dirname(new URL(import.meta.url).pathname)
const locales = ['en', 'zh-CN', 'zh-TW']

function read(locale: string, namespace: string): Record<string, unknown> {
  return JSON.parse(
    fs.readFileSync(path.join(here, '../i18n/locales', locale, `${namespace}.json`), 'utf8'),
  ) as Record<string, unknown>
}

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree)
}

/** Every literal key the receipt's components pass to t(), as `namespace:key` or `key` (print). */
function usedKeys(): string[] {
  const keys = new Set<string>()
  for (const file of fs.readdirSync(here).filter((name) => name.endsWith('.tsx'))) {
    for (const match of fs.readFileSync(path.join(here, file), 'utf8').matchAll(/\bt\('([^'$]+)'/g)) {
      if (match[1]) keys.add(match[1])
    }
  }
  return [...keys]
}

describe('the receipt speaks every language', () => {
  it('finds its keys in the components', () => {
    expect(usedKeys()).toContain('title')
  })

  it.each(locales)('has every key the receipt uses in %s', (locale) => {
    const missing = usedKeys().filter((key) => {
      const [namespace, name] = key.includes(':') ? key.split(':') : ['print', key]
      return typeof lookup(read(locale, namespace ?? ''), name ?? '') !== 'string'
    })
    expect(missing).toEqual([])
  })

  it.each(locales.slice(1))('translates %s for real, with no English left behind', (locale) => {
    const english = read('en', 'print')
    const same = usedKeys()
      .filter((key) => !key.includes(':'))
      .filter(
        (key) => lookup(read(locale, 'print'), key) === lookup(english, key) && !['toolbar.a4'].includes(key),
      )
    expect(same).toEqual([])
  })
})

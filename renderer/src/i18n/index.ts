/**
 * i18next with the three locales we ship. Each area keeps its strings in its own namespace file
 * (locales/<locale>/<area>.json); a test fails when a key is missing from any locale.
 */
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/zh-tw'
import type { Locale } from '../../../shared/contract'

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true })

export const namespaces = [
  'common',
  'counter',
  'intake',
  'tickets',
  'customers',
  'stock',
  'suppliers',
  'counts',
  'reports',
  'purchasing',
  'labels',
  'catalogueFiles',
  'settings',
  'print',
  'staff',
  'workshop',
  'estimates',
  'ticketParts',
  'messages',
  'invoices',
  'billing',
  'drawer',
  'sales',
  'keys',
] as const

export const resources: Record<string, Record<string, Record<string, unknown>>> = {}
for (const [path, module] of Object.entries(files)) {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
  if (!match) continue
  const [, locale = '', namespace = ''] = match
  resources[locale] ??= {}
  resources[locale][namespace] = module.default
}

/** Maps a browser or OS language tag to one of our locales. */
export function detectLocale(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase()
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW'
  if (lower.startsWith('zh')) return 'zh-CN'
  return 'en'
}

const dayjsLocale: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw', en: 'en' }

export async function setLocale(locale: Locale): Promise<void> {
  dayjs.locale(dayjsLocale[locale])
  document.documentElement.lang = locale
  await i18n.changeLanguage(locale)
}

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLocale(typeof navigator === 'undefined' ? 'en' : navigator.language),
  fallbackLng: 'en',
  ns: [...namespaces],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n

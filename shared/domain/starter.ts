/**
 * What a new shop starts with, in its language: the name, terms and first staff member the setup
 * offers (the owner types over them), and the currency usual where that language is spoken.
 */
import type { Locale, Settings } from '../schemas/counter'

const starterText: Record<Locale, { outletName: string; terms: string; staffName: string }> = {
  'zh-CN': {
    outletName: '我的维修店',
    terms:
      '1. 请凭此单取机，遗失请及时告知本店。\n2. 维修完成通知后30天内未取机，本店不再承担保管责任。\n3. 送修前请自行备份数据，维修过程中数据丢失本店不承担责任。\n4. 更换的配件享受90天保修。',
    staffName: '前台',
  },
  'zh-TW': {
    outletName: '我的維修店',
    terms:
      '1. 請憑此單取機，遺失請及時告知本店。\n2. 維修完成通知後30天內未取機，本店不再承擔保管責任。\n3. 送修前請自行備份資料，維修過程中資料遺失本店不承擔責任。\n4. 更換的零件享有90天保固。',
    staffName: '櫃檯',
  },
  en: {
    outletName: 'My repair shop',
    terms:
      '1. Bring this receipt to collect your device.\n2. Devices not collected within 30 days of our notice are no longer held at our risk.\n3. Back up your data before repair; we are not liable for data loss.\n4. Replaced parts carry a 90-day warranty.',
    staffName: 'Counter',
  },
}

const currencyFor: Record<Locale, Settings['currency']> = { 'zh-CN': 'CNY', 'zh-TW': 'TWD', en: 'USD' }

/** A new shop's settings in a language. */
export function starterSettings(locale: Locale): Settings {
  const text = starterText[locale]
  return {
    outletName: text.outletName,
    outletCode: 'SC01',
    address: '',
    phone: '',
    currency: currencyFor[locale],
    receiptTerms: text.terms,
    defaultLanguage: null,
    allowNegativeStock: false,
    taxRateBp: 0,
    pricesIncludeTax: true,
  }
}

/** The first staff member of a new shop: the counter, in its language. */
export function starterStaff(locale: Locale): { name: string; code: string; role: 'counter' } {
  return { name: starterText[locale].staffName, code: 'C1', role: 'counter' }
}

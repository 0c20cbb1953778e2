import type { Locale, Settings } from '../../shared/contract'
import { notFound } from '../errors'
import { compiledQuery } from '../db/compiled'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'

/** What a new shop starts with, in the language of the computer it is installed on. */
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

/** Called on every start: a new database gets its settings row and a first staff member. */
export async function initializeStore(db: Executor, locale: Locale): Promise<void> {
  const existing = await db.selectFrom('settings').select('id').executeTakeFirst()
  if (existing) return
  const text = starterText[locale]
  const now = nowUtc()
  await db
    .insertInto('settings')
    .values({
      id: 1,
      outletName: text.outletName,
      outletCode: 'SC01',
      address: '',
      phone: '',
      currency: currencyFor[locale],
      receiptTerms: text.terms,
      defaultLanguage: null,
      updatedAt: now,
    })
    .execute()
  await db
    .insertInto('staff')
    .values({ id: newId(), name: text.staffName, code: 'C1', role: 'counter', active: 1, createdAt: now })
    .execute()
}

// Read on every ticket shown (its currency) and every receipt: compiled once.
const settingsRow = compiledQuery<Record<string, never>>()((db) => db.selectFrom('settings').selectAll())

export async function getSettings(db: Executor): Promise<Settings> {
  const [row] = await settingsRow.run(db, {})
  if (!row) throw notFound('settings')
  return {
    outletName: row.outletName,
    outletCode: row.outletCode,
    address: row.address,
    phone: row.phone,
    currency: row.currency as Settings['currency'],
    receiptTerms: row.receiptTerms,
    defaultLanguage: row.defaultLanguage as Settings['defaultLanguage'],
    allowNegativeStock: row.allowNegativeStock === 1,
    taxRateBp: row.taxRateBp,
    pricesIncludeTax: row.pricesIncludeTax === 1,
  }
}

export async function updateSettings(db: Executor, input: Settings, actor: Actor): Promise<Settings> {
  await db
    .updateTable('settings')
    .set({
      ...input,
      allowNegativeStock: input.allowNegativeStock ? 1 : 0,
      pricesIncludeTax: input.pricesIncludeTax ? 1 : 0,
      updatedAt: nowUtc(),
    })
    .where('id', '=', 1)
    .execute()
  await writeAudit(db, actor, 'settings.update', 'settings', '1', input)
  return getSettings(db)
}

/** The staff member writes are recorded against until sign-in arrives: the first active one. */
export async function currentActor(db: Executor): Promise<Actor> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .orderBy('createdAt')
    .orderBy('id')
    .executeTakeFirst()
  if (!row) throw notFound('staff')
  return row
}

import type { Locale, Settings } from '../../shared/contract'
import { starterSettings, starterStaff } from '../../shared/domain/starter'
import { notFound } from '../errors'
import { compiledQuery } from '../db/compiled'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'

/**
 * Called on every start: a new database gets its settings row and a first staff member, in the
 * server's language. They hold the place until the first-start setup, which the browser's
 * language words (see services/setup.ts).
 */
export async function initializeStore(db: Executor, locale: Locale): Promise<void> {
  const existing = await db.selectFrom('settings').select('id').executeTakeFirst()
  if (existing) return
  const starter = starterSettings(locale)
  const now = nowUtc()
  await db
    .insertInto('settings')
    .values({
      id: 1,
      ...starter,
      allowNegativeStock: starter.allowNegativeStock ? 1 : 0,
      pricesIncludeTax: starter.pricesIncludeTax ? 1 : 0,
      updatedAt: now,
    })
    .execute()
  await db
    .insertInto('staff')
    .values({ id: newId(), ...starterStaff(locale), active: 1, createdAt: now })
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

/**
 * The labour (service) catalogue: the shop's published price list of work, each item with its
 * standard time and the repair warranty it carries. Estimates copy an item's figures onto their
 * lines, so changing or retiring an item never changes an estimate already made.
 */
import { sql, type Selectable } from 'kysely'
import { pinyin } from 'pinyin-pro'
import type { LabourItem, MethodOutput, ParsedInput } from '../../shared/contract'
import { normalizeSearchText } from '../../shared/domain/search'
import { notFound } from '../errors'
import type { LabourItemTable } from '../db/schema'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { contains } from './parts.queries'

type LabourInput = ParsedInput<'labour.create'>

const hanRun = /[\u3400-\u9fff\uf900-\ufaff]+/g

/**
 * What the catalogue search looks in: name and category in lower case, and the pinyin initials of
 * their Chinese ("屏幕更换" is found by "pmgh"), so a clerk can type whichever is quicker.
 */
export function labourSearchText(item: { name: string; category: string }): string {
  const text = `${item.name} ${item.category}`
  const initials = (text.match(hanRun) ?? [])
    .map((run) => pinyin(run, { pattern: 'first', toneType: 'none', type: 'array' }).join(''))
    .join(' ')
  return normalizeSearchText(`${text} ${initials}`)
}

function toLabourItem(row: Selectable<LabourItemTable>): LabourItem {
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    priceMinor: row.priceMinor,
    standardMinutes: row.standardMinutes,
    warrantyDays: row.warrantyDays,
    taxRateBp: row.taxRateBp,
    active: row.active === 1,
  }
}

/** One catalogue item, or NOT_FOUND. */
export async function getLabourItem(db: Executor, id: string): Promise<LabourItem> {
  const row = await db.selectFrom('labourItems').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('labourItem', 'estimates:errors.labourNotFound')
  return toLabourItem(row)
}

/** Active items first, then by category and name; each word of the query found somewhere in the item. */
export async function listLabour(
  db: Executor,
  input: ParsedInput<'labour.list'>,
): Promise<MethodOutput<'labour.list'>> {
  let query = db
    .selectFrom('labourItems')
    .selectAll()
    .orderBy('active', 'desc')
    .orderBy('category')
    .orderBy(sql`name collate nocase`)
    .limit(500)
  if (!input.includeInactive) query = query.where('active', '=', 1)
  for (const word of normalizeSearchText(input.query).split(' ').filter(Boolean)) {
    query = query.where(contains('searchText', word))
  }
  return (await query.execute()).map(toLabourItem)
}

function columnsOf(input: LabourInput) {
  return {
    name: input.name,
    category: input.category,
    priceMinor: input.priceMinor,
    standardMinutes: input.standardMinutes,
    warrantyDays: input.warrantyDays,
    taxRateBp: input.taxRateBp,
    searchText: labourSearchText(input),
  }
}

export async function createLabour(
  db: Executor,
  input: LabourInput,
  actor: Actor,
): Promise<MethodOutput<'labour.create'>> {
  const id = newId()
  const now = nowUtc()
  await db
    .insertInto('labourItems')
    .values({ id, ...columnsOf(input), active: 1, createdAt: now, updatedAt: now })
    .execute()
  await writeAudit(db, actor, 'labour.create', 'labourItem', id, input)
  return getLabourItem(db, id)
}

/** Edits an item or retires it (active: false); estimates already made keep their own copy. */
export async function updateLabour(
  db: Executor,
  input: ParsedInput<'labour.update'>,
  actor: Actor,
): Promise<MethodOutput<'labour.update'>> {
  await getLabourItem(db, input.id)
  await db
    .updateTable('labourItems')
    .set({ ...columnsOf(input), active: input.active ? 1 : 0, updatedAt: nowUtc() })
    .where('id', '=', input.id)
    .execute()
  await writeAudit(db, actor, 'labour.update', 'labourItem', input.id, input)
  return getLabourItem(db, input.id)
}

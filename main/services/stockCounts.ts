/**
 * Stock counts. Starting a count freezes the on-hand figure and average cost of every active part in
 * its scope (all parts, a category or a bin); counting takes scans (each adds) and typed figures
 * (each sets); posting writes each counted line's variance as a count correction.
 *
 * A count describes the shelf as it was when the count started: posting moves stock by
 * counted − expected, not counted − live on hand, so what was sold or used on repairs while the count
 * was open stays on the books. The count page shows that moment ("frozen at") for this reason.
 * A part may be in one open count at a time: two open counts of the same shelf would correct it twice.
 */
import type { Selectable } from 'kysely'
import { z } from 'zod'
import type { contract, MethodOutput, StockCount } from '../../shared/contract'
import type { StockCountTable } from '../db/schema'
import { AppError, invalid, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { findPartByCode } from './parts'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { postMovement } from './stock'

type StartInput = z.output<(typeof contract)['stockCounts.start']['input']>
type RecordInput = z.output<(typeof contract)['stockCounts.record']['input']>
type CountLine = MethodOutput<'stockCounts.record'>
type CountStatus = StockCount['status']
type CountScope = StockCount['scope']

/** "SC01-C000001": the outlet's code, C for count, and the outlet's own count sequence. */
function formatCountNumber(outletCode: string, sequence: number): string {
  return `${outletCode}-C${String(sequence).padStart(6, '0')}`
}

/** The active parts a scope covers; categories and bins are matched without regard to case. */
function partsInScope(db: Executor, scope: CountScope, scopeValue: string) {
  let query = db.selectFrom('parts as p').where('p.active', '=', 1)
  if (scope !== 'all') {
    const column = scope === 'category' ? 'p.category' : 'p.bin'
    query = query.where((eb) => eb(eb.fn('lower', [column]), '=', scopeValue.toLowerCase()))
  }
  return query
}

function lineOf(row: {
  partId: string
  sku: string
  name: string
  bin: string
  expected: number
  counted: number | null
  unitCostMinor: number
}): CountLine {
  const variance = row.counted === null ? null : row.counted - row.expected
  return {
    partId: row.partId,
    sku: row.sku,
    name: row.name,
    bin: row.bin,
    expected: row.expected,
    counted: row.counted,
    variance,
    varianceValueMinor: variance === null ? null : variance * row.unitCostMinor,
  }
}

function selectLines(db: Executor, countId: string) {
  return db
    .selectFrom('stockCountLines as l')
    .innerJoin('parts as p', 'p.id', 'l.partId')
    .select(['l.partId', 'p.sku', 'p.name', 'p.bin', 'l.expected', 'l.counted', 'l.unitCostMinor'])
    .where('l.countId', '=', countId)
}

async function requireOpenCount(db: Executor, id: string): Promise<Selectable<StockCountTable>> {
  const count = await db.selectFrom('stockCounts').selectAll().where('id', '=', id).executeTakeFirst()
  if (!count) throw notFound('count', 'counts:errors.notFound')
  if (count.status !== 'open') {
    throw new AppError(
      'CONFLICT',
      `Count ${count.number} is ${count.status}; it can no longer change.`,
      `counts:errors.${count.status}`,
      undefined,
      { number: count.number },
    )
  }
  return count
}

export async function startCount(db: Executor, input: StartInput, actor: Actor): Promise<StockCount> {
  const scopeValue = input.scope === 'all' ? '' : input.scopeValue
  const inScope = partsInScope(db, input.scope, scopeValue)
  const overlapping = await db
    .selectFrom('stockCountLines as l')
    .innerJoin('stockCounts as c', 'c.id', 'l.countId')
    .select('c.number')
    .where('c.status', '=', 'open')
    .where('l.partId', 'in', inScope.select('p.id'))
    .executeTakeFirst()
  if (overlapping) {
    throw new AppError(
      'CONFLICT',
      `Count ${overlapping.number} is still open for parts of this scope; post or cancel it first.`,
      'counts:errors.overlaps',
      undefined,
      { number: overlapping.number },
    )
  }
  if (!(await inScope.select('p.id').limit(1).executeTakeFirst())) {
    const field = input.scope === 'all' ? 'scope' : 'scopeValue'
    throw new AppError(
      'VALIDATION',
      'No active part is in this scope: there is nothing to count.',
      'counts:errors.emptyScope',
      { [field]: 'noParts' },
    )
  }
  const settings = await getSettings(db)
  const id = newId()
  const now = nowUtc()
  const number = formatCountNumber(
    settings.outletCode,
    await nextSequence(db, `count:${settings.outletCode}`),
  )
  await db
    .insertInto('stockCounts')
    .values({
      id,
      number,
      scope: input.scope,
      scopeValue,
      status: 'open',
      note: input.note,
      createdAt: now,
      createdBy: actor.id,
      closedAt: null,
      closedBy: null,
    })
    .execute()
  // One statement freezes every line: the figures cannot move between reading and writing them.
  await db
    .insertInto('stockCountLines')
    .columns(['countId', 'partId', 'expected', 'counted', 'unitCostMinor', 'updatedAt'])
    .expression(
      inScope
        .leftJoin('stockLevels as s', 's.partId', 'p.id')
        .select((eb) => [
          eb.val(id).as('countId'),
          'p.id as partId',
          eb.fn.coalesce('s.onHand', eb.val(0)).as('expected'),
          eb.val(null).as('counted'),
          eb.fn.coalesce('s.averageCostMinor', eb.val(0)).as('unitCostMinor'),
          eb.val(now).as('updatedAt'),
        ]),
    )
    .execute()
  await writeAudit(db, actor, 'stockCounts.start', 'stockCount', id, { number, ...input, scopeValue })
  return getCount(db, id)
}

/** Counts, open ones first, then newest first. */
export async function listCounts(
  db: Executor,
  status: string | null,
): Promise<MethodOutput<'stockCounts.list'>> {
  let query = db
    .selectFrom('stockCounts as c')
    .innerJoin('staff as s', 's.id', 'c.createdBy')
    .leftJoin('stockCountLines as l', 'l.countId', 'c.id')
    .select([
      'c.id',
      'c.number',
      'c.scope',
      'c.scopeValue',
      'c.status',
      'c.note',
      'c.createdAt',
      'c.closedAt',
    ])
    .select((eb) => [
      's.name as createdByName',
      // count(column) skips nulls: the lines with a counted figure.
      eb.fn.count<number | string>('l.partId').as('lineCount'),
      eb.fn.count<number | string>('l.counted').as('countedCount'),
    ])
    .groupBy(['c.id', 's.name'])
    .orderBy((eb) => eb.case().when('c.status', '=', 'open').then(0).else(1).end())
    .orderBy('c.id', 'desc')
  if (status) query = query.where('c.status', '=', status)
  const rows = await query.execute()
  return rows.map((row) => ({
    ...row,
    scope: row.scope as CountScope,
    status: row.status as CountStatus,
    lineCount: Number(row.lineCount),
    countedCount: Number(row.countedCount),
  }))
}

export async function getCount(db: Executor, id: string): Promise<StockCount> {
  const count = await db
    .selectFrom('stockCounts as c')
    .innerJoin('staff as s', 's.id', 'c.createdBy')
    .selectAll('c')
    .select('s.name as createdByName')
    .where('c.id', '=', id)
    .executeTakeFirst()
  if (!count) throw notFound('count', 'counts:errors.notFound')
  const rows = await selectLines(db, id).orderBy('p.bin').orderBy('p.sku').execute()
  const lines = rows.map(lineOf)
  return {
    id: count.id,
    number: count.number,
    scope: count.scope as CountScope,
    scopeValue: count.scopeValue,
    status: count.status as CountStatus,
    note: count.note,
    lineCount: lines.length,
    countedCount: lines.filter((line) => line.counted !== null).length,
    createdAt: count.createdAt,
    createdByName: count.createdByName,
    closedAt: count.closedAt,
    lines,
    varianceValueMinor: lines.reduce((sum, line) => sum + (line.varianceValueMinor ?? 0), 0),
  }
}

/** The part a scan or a click names: by its id, or by a barcode or SKU as the catalogue finds it. */
async function partIdOf(db: Executor, input: RecordInput): Promise<string> {
  if (input.partId) return input.partId
  try {
    return (await findPartByCode(db, input.code)).id
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error
    throw new AppError(
      'NOT_FOUND',
      `No part has the barcode or SKU ${input.code}.`,
      'counts:errors.unknownCode',
      undefined,
      { code: input.code },
    )
  }
}

/** One scan adds to a line's count ('add'); a typed figure replaces it ('set'). */
export async function recordCount(db: Executor, input: RecordInput, actor: Actor): Promise<CountLine> {
  const count = await requireOpenCount(db, input.countId)
  const partId = await partIdOf(db, input)
  const line = await selectLines(db, count.id).where('l.partId', '=', partId).executeTakeFirst()
  if (!line) {
    const part = await db
      .selectFrom('parts')
      .select(['sku', 'name'])
      .where('id', '=', partId)
      .executeTakeFirst()
    if (!part) throw notFound('part')
    throw new AppError(
      'CONFLICT',
      `${part.sku} is not in count ${count.number}: it was outside the count's scope when it started.`,
      'counts:errors.outsideScope',
      undefined,
      { sku: part.sku, name: part.name, number: count.number },
    )
  }
  const counted = input.mode === 'add' ? (line.counted ?? 0) + input.quantity : input.quantity
  if (counted > 1_000_000) throw invalid('quantity', 'tooLarge', 'A line counts at most a million units.')
  await db
    .updateTable('stockCountLines')
    .set({ counted, updatedAt: nowUtc() })
    .where('countId', '=', count.id)
    .where('partId', '=', partId)
    .execute()
  await writeAudit(db, actor, 'stockCounts.record', 'stockCount', count.id, {
    partId,
    mode: input.mode,
    quantity: input.quantity,
    counted,
  })
  return lineOf({ ...line, counted })
}

/**
 * Posts every counted line's variance as a count correction, all in the caller's transaction.
 * Uncounted lines are left as they are: not counting a part is not counting zero of it.
 */
export async function postCount(db: Executor, id: string, actor: Actor): Promise<StockCount> {
  const count = await requireOpenCount(db, id)
  const rows = await selectLines(db, id)
    .leftJoin('stockLevels as s', 's.partId', 'l.partId')
    .select('s.onHand')
    .where('l.counted', 'is not', null)
    .orderBy('p.sku')
    .execute()
  const corrections = rows.flatMap((row) => {
    const line = lineOf(row)
    return line.variance ? [{ ...line, onHand: row.onHand ?? 0 }] : []
  })
  // Stock that left the shelf while the count was open can make a loss found by the count larger
  // than what is left: say which part, rather than the ledger's bare refusal.
  const { allowNegativeStock } = await getSettings(db)
  const short = allowNegativeStock
    ? undefined
    : corrections.find((line) => line.onHand + (line.variance ?? 0) < 0)
  if (short) {
    throw new AppError(
      'CONFLICT',
      `Posting would take ${short.sku} below zero: ${short.onHand} on hand, variance ${short.variance}.`,
      'counts:errors.belowZero',
      undefined,
      { sku: short.sku, onHand: short.onHand, variance: short.variance ?? 0 },
    )
  }
  const now = nowUtc()
  for (const line of corrections) {
    await postMovement(
      db,
      {
        partId: line.partId,
        kind: 'count',
        quantity: line.variance ?? 0,
        reason: 'count',
        documentType: 'count',
        documentId: count.id,
      },
      actor,
      now,
    )
  }
  await closeCount(db, count, 'posted', actor, now)
  const varianceValueMinor = corrections.reduce((sum, line) => sum + (line.varianceValueMinor ?? 0), 0)
  await writeAudit(db, actor, 'stockCounts.post', 'stockCount', id, {
    number: count.number,
    corrections: corrections.length,
    varianceValueMinor,
  })
  return getCount(db, id)
}

/** Cancelling keeps the count and its figures for the record, and moves no stock. */
export async function cancelCount(db: Executor, id: string, actor: Actor): Promise<StockCount> {
  const count = await requireOpenCount(db, id)
  await closeCount(db, count, 'cancelled', actor, nowUtc())
  await writeAudit(db, actor, 'stockCounts.cancel', 'stockCount', id, { number: count.number })
  return getCount(db, id)
}

async function closeCount(
  db: Executor,
  count: Selectable<StockCountTable>,
  status: CountStatus,
  actor: Actor,
  at: string,
): Promise<void> {
  await db
    .updateTable('stockCounts')
    .set({ status, closedAt: at, closedBy: actor.id })
    .where('id', '=', count.id)
    .where('status', '=', 'open')
    .execute()
}

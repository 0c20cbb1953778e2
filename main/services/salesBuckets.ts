/**
 * The sales report's hourly line sums (table salesLineBuckets), kept in the same transaction as the
 * document whose lines they add up, so a year's report reads at most 8,784 hours of sums instead of
 * every line. Credit notes add their lines under their own document kind, as the report reads them.
 */
import { sql } from 'kysely'
import type { Executor } from './context'

/** What of a line the buckets sum. */
export interface BucketLine {
  kind: string
  partId: string | null
  totalMinor: number
  unitCostMinor: number
  quantity: number
}

/** Adds a document's lines to the buckets of its UTC hour; `issuedAt` as the ledgers write it. */
export async function addToSalesBuckets(
  db: Executor,
  issuedAt: string,
  documentKind: string,
  lines: readonly BucketLine[],
): Promise<void> {
  if (lines.length === 0) return
  const partIds = [...new Set(lines.flatMap((line) => (line.partId ? [line.partId] : [])))]
  const categories = new Map<string, string>()
  if (partIds.length > 0) {
    const parts = await db.selectFrom('parts').select(['id', 'category']).where('id', 'in', partIds).execute()
    for (const part of parts) categories.set(part.id, part.category)
  }
  // Summed here first: one row per key, as an upsert may touch each row only once (PostgreSQL).
  const sums = new Map<
    string,
    { lineKind: string; category: string; totalMinor: number; costMinor: number }
  >()
  for (const line of lines) {
    const category = (line.partId && categories.get(line.partId)) || ''
    const key = JSON.stringify([line.kind, category])
    const sum = sums.get(key) ?? { lineKind: line.kind, category, totalMinor: 0, costMinor: 0 }
    sum.totalMinor += line.totalMinor
    sum.costMinor += line.unitCostMinor * line.quantity
    sums.set(key, sum)
  }
  const hour = issuedAt.slice(0, 13)
  await db
    .insertInto('salesLineBuckets')
    .values([...sums.values()].map((sum) => ({ hour, documentKind, ...sum })))
    .onConflict((oc) =>
      oc.columns(['hour', 'documentKind', 'lineKind', 'category']).doUpdateSet((eb) => ({
        totalMinor: eb('salesLineBuckets.totalMinor', '+', eb.ref('excluded.totalMinor')),
        costMinor: eb('salesLineBuckets.costMinor', '+', eb.ref('excluded.costMinor')),
      })),
    )
    .execute()
}

/**
 * The buckets of the period summed as the report's line scan sums the lines (salesReports.queries.ts
 * `lineBuckets`): per UTC date, whether past the local day's start, document kind, line kind and
 * category. Only exact when the local day starts on a whole UTC hour and the period's bounds are
 * whole hours, since an hour is the finest the buckets know.
 */
export async function hourBuckets(db: Executor, period: { from: string; to: string }, startHour: number) {
  const start = String(startHour).padStart(2, '0')
  return db
    .selectFrom('salesLineBuckets')
    .select([
      'documentKind',
      'lineKind',
      'category',
      sql<string>`substr(${sql.ref('hour')}, 1, 10)`.as('date'),
      sql<number>`case when substr(${sql.ref('hour')}, 12, 2) >= ${start} then 1 else 0 end`.as('late'),
      sql<number>`coalesce(sum(${sql.ref('totalMinor')}), 0)`.as('totalMinor'),
      sql<number>`coalesce(sum(${sql.ref('costMinor')}), 0)`.as('costMinor'),
    ])
    .where('hour', '>=', period.from.slice(0, 13))
    .where('hour', '<', period.to.slice(0, 13))
    .groupBy(['documentKind', 'lineKind', 'category', sql.ref('date'), sql.ref('late')])
    .execute()
}

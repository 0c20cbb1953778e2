/**
 * The daily stock report and the stock valuation, read from the ledger alone.
 *
 * A part's balance at an instant is the `balanceAfter` of its last movement before that instant, and
 * its value is that balance at the movement's `averageCostAfter`. "Last" means the latest
 * `createdAt`, and among movements written in the same millisecond the greatest id (UUIDv7 ids are
 * time-ordered, so that is the one written last). Both lookups are index seeks on
 * (partId, createdAt), correlated per part inside one statement; the period's movements are summed
 * with one GROUP BY over the createdAt index. No per-part round trips, nothing SQLite-only.
 */
import type { ExpressionBuilder } from 'kysely'
import { z } from 'zod'
import type { contract, MethodOutput, PartSummary, StockReport, StockReportLine } from '../../shared/contract'
import {
  isBelowReorder,
  stockMovementKinds,
  stockValue,
  type StockMovementKind,
} from '../../shared/domain/stock'
import type { Database } from '../db/schema'
import type { Executor } from './context'

type ReportInput = z.output<(typeof contract)['reports.stock']['input']>
type Valuation = MethodOutput<'reports.stockValuation'>
type PartsScope = ExpressionBuilder<Database, 'parts'>

/**
 * An instant as the ledger writes it (`toISOString()`: milliseconds and `Z`). The contract also
 * accepts `…T00:00:00Z`, which compares wrongly as text against `…T00:00:00.000Z`.
 */
function ledgerInstant(iso: string): string {
  return new Date(iso).toISOString()
}

/** The id of the part's last movement before `bound`, or null when it had none by then. */
function lastMovementBefore(eb: PartsScope, bound: string) {
  return eb
    .selectFrom('stockMovements as last')
    .select((inner) => inner.fn.max('last.id').as('id'))
    .whereRef('last.partId', '=', 'parts.id')
    .where('last.createdAt', '=', (inner) =>
      inner
        .selectFrom('stockMovements as previous')
        .select((latest) => latest.fn.max('previous.createdAt').as('createdAt'))
        .whereRef('previous.partId', '=', 'parts.id')
        .where('previous.createdAt', '<', bound),
    )
}

interface PartBalance {
  id: string
  sku: string
  name: string
  category: string
  brand: string
  compatibleModels: string
  unit: string
  bin: string
  priceMinor: number
  reorderPoint: number
  active: number
  closing: number
  closingAverageCost: number
}

/**
 * Every part of the catalogue (or of one category) with its balance and average cost at an instant,
 * sorted by category and SKU.
 */
async function partBalances(db: Executor, to: string, category: string): Promise<PartBalance[]> {
  let parts = db
    .selectFrom('parts')
    .select([
      'parts.id',
      'parts.sku',
      'parts.name',
      'parts.category',
      'parts.brand',
      'parts.compatibleModels',
      'parts.unit',
      'parts.bin',
      'parts.priceMinor',
      'parts.reorderPoint',
      'parts.active',
    ])
    .select((eb) => lastMovementBefore(eb, to).as('closingId'))
  if (category !== '') parts = parts.where('parts.category', '=', category)
  const rows = await db
    .selectFrom(parts.as('part'))
    .leftJoin('stockMovements as closing', 'closing.id', 'part.closingId')
    // Not `part.*`: the correlated id would then be computed twice, for the join and the column.
    .select([
      'part.id',
      'part.sku',
      'part.name',
      'part.category',
      'part.brand',
      'part.compatibleModels',
      'part.unit',
      'part.bin',
      'part.priceMinor',
      'part.reorderPoint',
      'part.active',
      'closing.balanceAfter as closing',
      'closing.averageCostAfter as closingAverageCost',
    ])
    .execute()
  // Ten thousand rows: filled in place, without a rest/spread copy of each.
  for (const row of rows) {
    row.closing ??= 0
    row.closingAverageCost ??= 0
  }
  return (rows as PartBalance[]).sort(byCategoryAndSku)
}

/**
 * Category, then SKU, by character codes (the same on every database, whatever its collation); parts
 * without a category come last.
 */
function byCategoryAndSku(
  a: { category: string; sku: string },
  b: { category: string; sku: string },
): number {
  if (a.category !== b.category) {
    if (a.category === '') return 1
    if (b.category === '') return -1
    return a.category < b.category ? -1 : 1
  }
  return a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0
}

interface KindSums {
  partId: string
  kind: StockMovementKind
  movements: number
  /** Sum of the signed quantities. */
  net: number
  /** Sum of the positive quantities; what went out is unitsIn − net. */
  unitsIn: number
}

/** The period's movements summed per part and kind: one pass over the createdAt index. */
async function periodSums(
  db: Executor,
  period: { from: string; to: string },
  category: string,
): Promise<KindSums[]> {
  let query = db
    .selectFrom('stockMovements as m')
    .select(['m.partId', 'm.kind'])
    .select((eb) => [
      eb.fn.countAll<number | string>().as('movements'),
      eb.fn.sum<number | string>('m.quantity').as('net'),
      eb.fn
        .sum<number | string>(eb.case().when('m.quantity', '>', 0).then(eb.ref('m.quantity')).else(0).end())
        .as('unitsIn'),
    ])
    .where('m.createdAt', '>=', period.from)
    .where('m.createdAt', '<', period.to)
    .groupBy(['m.partId', 'm.kind'])
  if (category !== '') {
    query = query.innerJoin('parts as p', 'p.id', 'm.partId').where('p.category', '=', category)
  }
  const rows = await query.execute()
  // PostgreSQL answers SUM and COUNT as bigint strings; SQLite as numbers.
  return rows.map((row) => ({
    partId: row.partId,
    kind: row.kind as StockMovementKind,
    movements: Number(row.movements),
    net: Number(row.net),
    unitsIn: Number(row.unitsIn),
  }))
}

/** Runs reads in one transaction (repeatable read on PostgreSQL), or in the caller's. */
function readSnapshot<T>(db: Executor, read: (trx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return read(db)
  return db.transaction().setIsolationLevel('repeatable read').execute(read)
}

type Flow = Omit<
  StockReportLine,
  | 'partId'
  | 'sku'
  | 'name'
  | 'category'
  | 'unit'
  | 'opening'
  | 'closing'
  | 'closingAverageCostMinor'
  | 'closingValueMinor'
>

const noFlow = (): Flow & { net: number; unitsIn: number; unitsOut: number } => ({
  received: 0,
  usedOnRepairs: 0,
  returnedFromRepairs: 0,
  sold: 0,
  returnedBySales: 0,
  returnedToSuppliers: 0,
  adjusted: 0,
  countCorrections: 0,
  transferred: 0,
  net: 0,
  unitsIn: 0,
  unitsOut: 0,
})
const none = noFlow()

/**
 * Where each kind's net quantity goes on a line, and its sign there: what left stock is shown as a
 * positive count of what left; adjustments, counts and transfers keep their sign.
 */
const flowOfKind: Record<StockMovementKind, [keyof Flow, 1 | -1]> = {
  receipt: ['received', 1],
  repair_use: ['usedOnRepairs', -1],
  repair_return: ['returnedFromRepairs', 1],
  sale: ['sold', -1],
  sale_return: ['returnedBySales', 1],
  supplier_return: ['returnedToSuppliers', -1],
  adjustment: ['adjusted', 1],
  count: ['countCorrections', 1],
  transfer_in: ['transferred', 1],
  transfer_out: ['transferred', 1],
}

export async function stockReport(db: Executor, input: ReportInput): Promise<StockReport> {
  const from = ledgerInstant(input.from)
  const to = ledgerInstant(input.to)
  const category = input.category
  // One snapshot: a movement written between the two reads would break opening + flows = closing.
  const [balances, sums] = await readSnapshot(db, async (trx) => [
    await partBalances(trx, to, category),
    await periodSums(trx, { from, to }, category),
  ])

  const flows = new Map<string, ReturnType<typeof noFlow>>()
  const byKind = new Map<StockMovementKind, { movements: number; units: number }>()
  for (const sum of sums) {
    const flow = flows.get(sum.partId) ?? noFlow()
    flows.set(sum.partId, flow)
    const [field, sign] = flowOfKind[sum.kind]
    flow[field] += sign * sum.net
    flow.net += sum.net
    flow.unitsIn += sum.unitsIn
    flow.unitsOut += sum.unitsIn - sum.net
    const kind = byKind.get(sum.kind) ?? { movements: 0, units: 0 }
    byKind.set(sum.kind, { movements: kind.movements + sum.movements, units: kind.units + sum.net })
  }

  const lines: StockReportLine[] = []
  const categories = new Map<string, StockReport['categories'][number]>()
  const belowReorder: PartSummary[] = []
  for (const part of balances) {
    if (part.active === 1 && isBelowReorder(part.closing, part.reorderPoint)) {
      belowReorder.push(partSummary(part))
    }
    const flow = flows.get(part.id)
    if (!flow && part.closing === 0) continue
    const figures = flow ?? none
    // The balance before the period is the one after it less what the period moved (balanceAfter is
    // the ledger's running sum): one lookup per part instead of two.
    const opening = part.closing - figures.net
    const closingValueMinor = stockValue(part.closing, part.closingAverageCost)
    lines.push({
      partId: part.id,
      sku: part.sku,
      name: part.name,
      category: part.category,
      unit: part.unit,
      opening,
      received: figures.received,
      usedOnRepairs: figures.usedOnRepairs,
      returnedFromRepairs: figures.returnedFromRepairs,
      sold: figures.sold,
      returnedBySales: figures.returnedBySales,
      returnedToSuppliers: figures.returnedToSuppliers,
      adjusted: figures.adjusted,
      countCorrections: figures.countCorrections,
      transferred: figures.transferred,
      closing: part.closing,
      closingAverageCostMinor: part.closingAverageCost,
      closingValueMinor,
    })
    let total = categories.get(part.category)
    if (!total) {
      total = {
        category: part.category,
        opening: 0,
        unitsIn: 0,
        unitsOut: 0,
        closing: 0,
        closingValueMinor: 0,
      }
      categories.set(part.category, total)
    }
    total.opening += opening
    total.unitsIn += figures.unitsIn
    total.unitsOut += figures.unitsOut
    total.closing += part.closing
    total.closingValueMinor += closingValueMinor
  }

  return {
    from,
    to,
    lines,
    categories: [...categories.values()],
    totalClosingValueMinor: lines.reduce((sum, line) => sum + line.closingValueMinor, 0),
    movementsByKind: stockMovementKinds.flatMap((kind) => {
      const total = byKind.get(kind)
      return total ? [{ kind, ...total }] : []
    }),
    belowReorder,
  }
}

function partSummary(part: PartBalance): PartSummary {
  return {
    id: part.id,
    sku: part.sku,
    name: part.name,
    category: part.category,
    brand: part.brand,
    compatibleModels: part.compatibleModels,
    unit: part.unit,
    bin: part.bin,
    priceMinor: part.priceMinor,
    onHand: part.closing,
    reorderPoint: part.reorderPoint,
    belowReorder: true,
    active: part.active === 1,
  }
}

/** What the stock on the shelves was worth at an instant: each part at its average cost then. */
export async function stockValuation(db: Executor, at: string): Promise<Valuation> {
  const instant = ledgerInstant(at)
  const balances = await partBalances(db, instant, '')
  const lines = balances
    .filter((part) => part.closing !== 0)
    .map((part) => ({
      partId: part.id,
      sku: part.sku,
      name: part.name,
      category: part.category,
      onHand: part.closing,
      averageCostMinor: part.closingAverageCost,
      valueMinor: stockValue(part.closing, part.closingAverageCost),
    }))
  return {
    at: instant,
    lines,
    totalValueMinor: lines.reduce((sum, line) => sum + line.valueMinor, 0),
  }
}

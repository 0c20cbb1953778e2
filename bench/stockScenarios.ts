/**
 * What the parts stock benchmark measures, with inputs drawn from the generated shop: on hand of one
 * part, the catalogue search as the clerk types it, the daily stock report, the valuation at a date,
 * and posting a count of about a thousand lines (run.ts runs that one on a copy).
 */
import type SQLite from 'better-sqlite3'
import { pinyin } from 'pinyin-pro'
import { contract } from '../shared/contract'
import type { DB } from '../main/db/open'
import type { Actor } from '../main/services/context'
import { getPart, searchParts } from '../main/services/parts'
import { postCount, recordCount, startCount } from '../main/services/stockCounts'
import { stockReport, stockValuation } from '../main/services/stockReports'
import { column, inputsPerCase, type ReadCase, sample } from './scenarios'
import { Random } from './shopData'

/** Targets for the 95th percentile, in milliseconds (issue 4, item 11). */
export const stockTargets = {
  onHand: 2,
  search: 20,
  dailyReport: 200,
  valuation: 300,
  countPost: 500,
} as const

const hour = 3600 * 1000
const day = 24 * hour
/** The shop's days are Beijing days: local midnight is 16:00 UTC the day before. */
const beijing = 8 * hour

function localMidnight(ms: number): number {
  return Math.floor((ms + beijing) / day) * day - beijing
}

function searchCase(name: string, inputs: string[]): ReadCase<string> {
  return {
    group: 'parts search',
    name,
    example: inputs.slice(0, 3).join(' '),
    target: stockTargets.search,
    inputs,
    // The catalogue page's call: the contract's defaults (50 a page, active parts).
    run: (db, query) => searchParts(db, contract['parts.search'].input.parse({ query })),
  }
}

function initials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()
}

export function stockReadCases(sqlite: SQLite.Database, seed: number): ReadCase[] {
  const random = new Random(seed ^ 0x570c)
  const partIds = column(sqlite, 'select id from parts where active = 1')
  // What a clerk types of a Chinese name: two to four characters of it ("屏幕总成", "尾插", "排水泵").
  const fragments = column(sqlite, 'select name from parts where active = 1').flatMap((name) =>
    (name.match(/[\u4e00-\u9fff]{2,}/g) ?? []).map((run) => {
      const length = Math.min(run.length, 2 + random.int(3))
      const start = random.int(run.length - length + 1)
      return run.slice(start, start + length)
    }),
  )
  const chinese = sample(random, fragments, inputsPerCase)
  const skuPrefixes = column(sqlite, 'select sku from parts where active = 1').map((sku) =>
    sku.split('-').slice(0, 2).join('-'),
  )
  const models = column(
    sqlite,
    `select distinct compatibleModels from parts where active = 1 and compatibleModels not in ('', '通用')`,
  )

  // Report days and valuation dates: recent ones (what the shop reads every evening), and older ones
  // (an audit, a year-end): shown apart, as the ledger grows behind a date.
  const range = sqlite
    .prepare('select min(createdAt) as first, max(createdAt) as last from stockMovements')
    .get() as { first: string | null; last: string | null }
  if (!range.first || !range.last) throw new Error('the generated shop has no parts stock; generate it again')
  const first = Date.parse(range.first)
  const today = localMidnight(Date.parse(range.last))
  const reportDays = (daysBack: number[]) =>
    daysBack
      .filter((back) => today - back * day > first + day)
      .map((back) => {
        const from = today - back * day
        return { from: new Date(from).toISOString(), to: new Date(from + day).toISOString(), category: '' }
      })
  const monthStarts = (monthsBack: number[]) =>
    monthsBack
      .map((back) => {
        const date = new Date(today + beijing)
        return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1) - beijing
      })
      .filter((at) => at > first)
      .map((at) => new Date(at).toISOString())
  const reportCase = (
    name: string,
    inputs: ReturnType<typeof reportDays>,
  ): ReadCase<(typeof inputs)[number]> => ({
    group: 'stock report',
    name,
    example: inputs.map((input) => input.from.slice(0, 10)).join(' '),
    target: stockTargets.dailyReport,
    inputs,
    rounds: 2,
    run: (db, input) => stockReport(db, contract['reports.stock'].input.parse(input)),
  })
  const valuationCase = (name: string, inputs: string[]): ReadCase<string> => ({
    group: 'stock report',
    name,
    // The instants are Beijing midnights: the local date is the day after the UTC one shown.
    example: inputs.map((at) => new Date(Date.parse(at) + beijing).toISOString().slice(0, 10)).join(' '),
    target: stockTargets.valuation,
    inputs,
    rounds: 2,
    run: (db, at) => stockValuation(db, contract['reports.stockValuation'].input.parse({ at }).at),
  })

  return [
    {
      group: 'parts stock',
      name: 'on hand of one part (getPart)',
      example: 'random part ids',
      target: stockTargets.onHand,
      inputs: sample(random, partIds, 200),
      run: (db, id) => getPart(db, id as string),
    },
    searchCase('Chinese name fragment', chinese),
    searchCase('pinyin initials', chinese.map(initials)),
    searchCase('SKU prefix', sample(random, skuPrefixes, inputsPerCase)),
    searchCase('compatible model', sample(random, models, inputsPerCase)),
    reportCase('daily report, one of the last 7 days', reportDays([1, 2, 3, 7])),
    reportCase('daily report, a day 1 to 3 years back', reportDays([365, 2 * 365, 3 * 365])),
    valuationCase('valuation, 1st of a recent month', monthStarts([0, 1, 2])),
    valuationCase('valuation, 1 to 4 years back', monthStarts([12, 24, 48])),
  ] as ReadCase[]
}

/** The category whose active parts number closest to a thousand, and those parts' ids. */
export function countScope(sqlite: SQLite.Database): { category: string; partIds: string[] } {
  const category = sqlite
    .prepare(
      `select category from parts where active = 1 and category != '' group by category
       order by abs(count(*) - 1000) limit 1`,
    )
    .pluck()
    .get() as string | undefined
  if (category === undefined) throw new Error('the generated shop has no parts; generate it again')
  return {
    category,
    partIds: column(sqlite, 'select id from parts where active = 1 and category = ?', category),
  }
}

export interface CountVariant {
  name: string
  /** Share of lines whose counted figure differs from the books. */
  differing: number
}

export const countVariants: CountVariant[] = [
  { name: 'post a count, 5 % of lines differ', differing: 0.05 },
  { name: 'post a count, every line differs', differing: 1 },
]

/**
 * A count of the category started and every line typed ('set'), the lines in one transaction to
 * save time (untimed: only the posting is measured); answers the count's id and line count.
 */
export async function prepareCount(
  db: DB,
  category: string,
  actor: Actor,
  random: Random,
  differing: number,
): Promise<{ id: string; lines: number }> {
  const count = await db
    .transaction()
    .execute((trx) =>
      startCount(
        trx,
        contract['stockCounts.start'].input.parse({ scope: 'category', scopeValue: category }),
        actor,
      ),
    )
  await db.transaction().execute(async (trx) => {
    for (const line of count.lines) {
      let counted = line.expected
      if (random.chance(differing)) {
        const variance = line.expected === 0 ? 1 + random.int(2) : random.pick([-1, -1, 1, 2])
        counted = Math.max(0, line.expected + variance)
        if (counted === line.expected) counted += 1
      }
      await recordCount(
        trx,
        contract['stockCounts.record'].input.parse({
          countId: count.id,
          partId: line.partId,
          quantity: counted,
          mode: 'set',
        }),
        actor,
      )
    }
  })
  return { id: count.id, lines: count.lines.length }
}

/** stockCounts.post as the door runs it: one transaction, fsync at commit. */
export function postCountCall(db: DB, id: string, actor: Actor): Promise<unknown> {
  return db.transaction().execute((trx) => postCount(trx, id, actor))
}

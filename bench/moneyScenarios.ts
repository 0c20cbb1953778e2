/**
 * What the money benchmark measures (issue 6, item 10), with inputs drawn from the generated shop:
 * the Z report of the drawer open now (worked out live over a busy day's documents) and of closed
 * days (the frozen report), the sales report for a year, the statement of the customers with the
 * most documents, money owed and one invoice; and a counter sale of five items with its payment in
 * its own transaction (run.ts runs that one on a copy).
 */
import type SQLite from 'better-sqlite3'
import { contract } from '../shared/contract'
import { formatDocumentNumber } from '../shared/domain/identifiers'
import type { DB } from '../main/db/open'
import { newId, type Actor } from '../main/services/context'
import { runOnce } from '../main/services/idempotency'
import { getInvoice, sellAtCounter } from '../main/services/invoices'
import { customerBalances, customerStatement, salesReport } from '../main/services/salesReports'
import { zReport } from '../main/services/zReport'
import { column, type ReadCase, sample } from './scenarios'
import { Random } from './shopData'

/** Targets for the 95th percentile, in milliseconds (issue 6, item 10; money owed and detail are ours). */
export const moneyTargets = {
  sale: 15,
  zReport: 50,
  salesReport: 300,
  statement: 30,
  balances: 100,
  invoiceDetail: 10,
} as const

const day = 24 * 3600 * 1000
/** The shop's days are Beijing days: local midnight is 16:00 UTC the day before. */
const beijing = 8 * 3600 * 1000

function localMidnight(ms: number): number {
  return Math.floor((ms + beijing) / day) * day - beijing
}

type SalesInput = ReturnType<(typeof contract)['reports.sales']['input']['parse']>
type BalancesInput = ReturnType<(typeof contract)['customers.balances']['input']['parse']>

/** The report as the page asks for it: whole local days, from the first's midnight to the day after the last. */
function salesPeriod(lastDay: number, days: number): SalesInput {
  return contract['reports.sales'].input.parse({
    from: new Date(lastDay - (days - 1) * day).toISOString(),
    to: new Date(lastDay + day).toISOString(),
    utcOffsetMinutes: 480,
  })
}

export function moneyReadCases(sqlite: SQLite.Database, seed: number): ReadCase[] {
  const random = new Random(seed ^ 0x3011)
  const open = column(sqlite, `select "id" from "drawerSessions" where "status" = 'open'`)
  if (open.length === 0) throw new Error('the generated shop has no money; generate it again')
  // The busiest closed days: the frozen report is read whole, whatever the day held.
  const closed = column(
    sqlite,
    `select "drawerSessionId" from "invoices" where "drawerSessionId" in
       (select "id" from "drawerSessions" where "status" = 'closed')
     group by "drawerSessionId" order by count(*) desc limit 20`,
  )
  const openDocuments = Number(
    sqlite.prepare('select count(*) from "invoices" where "drawerSessionId" = ?').pluck().get(open[0]),
  )
  const lastIssued = sqlite.prepare('select max("issuedAt") from "invoices"').pluck().get() as string | null
  const last = lastIssued ? Date.parse(lastIssued) : Date.now()
  const today = localMidnight(last)
  // Customers with the most documents: trade customers with years of pickups and purchases.
  const busiest = column(
    sqlite,
    `select "customerId" from "invoices" where "customerId" is not null
     group by "customerId" order by count(*) desc limit 20`,
  )
  const documents = Number(
    sqlite
      .prepare('select count(*) from "invoices" where "customerId" = ?')
      .pluck()
      .get(busiest[busiest.length - 1]),
  )
  const invoiceIds = column(sqlite, `select "id" from "invoices" order by "id" desc limit 20000`)
  return [
    {
      group: 'z report',
      name: 'open drawer, live',
      example: `${openDocuments} documents so far`,
      target: moneyTargets.zReport,
      inputs: open,
      run: (db, sessionId) => zReport(db, { sessionId: sessionId as string }),
    },
    {
      group: 'z report',
      name: 'closed day, frozen',
      example: 'the 20 busiest days',
      target: moneyTargets.zReport,
      inputs: closed,
      run: (db, sessionId) => zReport(db, { sessionId: sessionId as string }),
    },
    {
      group: 'sales report',
      name: 'a year, 365 days',
      example: 'last year and the one before',
      target: moneyTargets.salesReport,
      inputs: [salesPeriod(today, 365), salesPeriod(today - 365 * day, 365)],
      rounds: 10,
      run: (db, input) => salesReport(db, input as SalesInput),
    },
    {
      group: 'sales report',
      name: 'a month, 30 days',
      example: 'the last 30 days',
      target: moneyTargets.salesReport,
      inputs: [salesPeriod(today, 30)],
      run: (db, input) => salesReport(db, input as SalesInput),
    },
    {
      group: 'statement',
      name: 'customer statement, whole history',
      example: `20 busiest, ≥ ${documents} documents`,
      target: moneyTargets.statement,
      inputs: busiest,
      run: (db, customerId) =>
        customerStatement(
          db,
          contract['customers.statement'].input.parse({ customerId: customerId as string }),
        ),
    },
    {
      group: 'money owed',
      name: 'balances, first page',
      example: 'oldest debt first',
      target: moneyTargets.balances,
      inputs: [contract['customers.balances'].input.parse({})],
      run: (db, input) => customerBalances(db, input as BalancesInput),
    },
    {
      group: 'invoice detail',
      name: 'getInvoice',
      example: 'recent invoices and notes',
      target: moneyTargets.invoiceDetail,
      inputs: sample(random, invoiceIds, 200),
      run: (db, id) => getInvoice(db, { id: id as string }),
    },
  ] as ReadCase[]
}

export type SaleInput = ReturnType<(typeof contract)['invoices.sell']['input']['parse']>

export interface SaleCase {
  name: string
  inputs: SaleInput[]
  /** Ids the sale refers to without creating them (kept when the raw side replays it). */
  knownIds: Set<string>
  run: (db: DB, input: SaleInput) => Promise<unknown>
}

/**
 * Counter sales of five different stock items (each with plenty on the shelf) paid in one go: by
 * WeChat Pay, or in cash with change. Each in its own transaction, as the door runs it; the drawer
 * open in the generated shop takes the cash.
 */
export function saleCases(sqlite: SQLite.Database, actor: Actor, seed: number, count: number): SaleCase[] {
  const random = new Random(seed ^ 0x5a1e)
  const stocked = sqlite
    .prepare(
      `select p."id", p."priceMinor" from "parts" p join "stockLevels" l on l."partId" = p."id"
       where p."active" = 1 and p."priceMinor" > 0 and p."serialized" = 0 and l."onHand" >= 50`,
    )
    .raw()
    .all() as [string, number][]
  if (stocked.length < 5) throw new Error('the generated shop has too few parts in stock to sell')
  const session = column(sqlite, `select "id" from "drawerSessions" where "status" = 'open'`)
  const knownIds = new Set([actor.id, ...session, ...stocked.map(([id]) => id)])
  const sale = (cash: boolean) => {
    const chosen = new Map<string, number>()
    while (chosen.size < 5) {
      const [id, price] = random.pick(stocked)
      chosen.set(id, price)
    }
    const lines = [...chosen].map(([partId]) => ({ kind: 'part', partId, quantity: 1 }))
    const totalMinor = [...chosen.values()].reduce((sum, price) => sum + price, 0)
    const payment = cash
      ? { tender: 'cash', amountMinor: totalMinor, tenderedMinor: Math.ceil(totalMinor / 10000) * 10000 }
      : { tender: 'wechat', amountMinor: totalMinor, reference: `42000${random.digits(23)}` }
    return contract['invoices.sell'].input.parse({ lines, payments: [payment] })
  }
  // As the door runs a sale: once per idempotency key (looked up, then kept with the answer).
  const run = (db: DB, input: SaleInput) =>
    db
      .transaction()
      .execute((trx) =>
        runOnce(trx, { key: newId(), method: 'invoices.sell', request: input }, () =>
          sellAtCounter(trx, input, actor),
        ),
      )
  return [
    {
      name: '5 items, WeChat Pay',
      inputs: Array.from({ length: count }, () => sale(false)),
      knownIds,
      run,
    },
    {
      name: '5 items, cash with change',
      inputs: Array.from({ length: count }, () => sale(true)),
      knownIds,
      run,
    },
  ]
}

/** A sequence value as a sale's statements hold it: the invoice number, else the value itself. */
export function moneySequenceValue(outletCode: string) {
  return (name: string, value: number): unknown[] =>
    name === 'invoice' ? [formatDocumentNumber(outletCode, 'I', value)] : [value]
}

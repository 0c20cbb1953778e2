/**
 * Builds a busy outlet's database for the benchmark: by default 200,000 customers, 300,000 devices
 * and 500,000 tickets over three years, and a parts stock of 10,000 SKUs with 2,000,000 movements
 * over five years, and 300,000 invoices and credit notes over five years with their payments and a
 * drawer session a day (`--small`: 2,000 / 3,000 / 5,000, 1,000 SKUs, 20,000 movements, 3,000 invoices).
 *
 *   npx tsx bench/generate.ts [--out bench/.data/busy.db] [--customers N --devices N --tickets N]
 *                             [--parts N --movements N] [--no-stock] [--invoices N] [--no-money]
 *                             [--small] [--seed N] [--days N] [--stock-days N] [--money-days N]
 *
 * The schema comes from openDatabase (the app's migrations) and the settings and first staff member
 * from initializeStore, as on a real first start. The rows are then written by RawShopWriter and
 * RawStockWriter with raw statements in large transactions, then the money by moneyWriter.ts. The file is built beside its final name
 * and renamed at the end, so an interrupted run never leaves a half-built database that looks
 * finished. `--no-stock` leaves the parts stock out (about 40 % of the time); `npm run bench` never does.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../main/db/open'
import { currentActor, getSettings, initializeStore } from '../main/services/settings'
import { moneyProblems } from './moneyChecks'
import { DrawerCalendar } from './moneyPlan'
import { type MoneySize, writeMoney } from './moneyWriter'
import { RawStockWriter } from './rawStockWriter'
import { RawShopWriter } from './rawWriter'
import { Random } from './shopData'
import { planIntakes, type ShopSize } from './shopPlan'
import { planStock, type StockSize, TicketLog } from './stockPlan'

export const benchDataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data')
export const defaultBusyPath = path.join(benchDataDir, 'busy.db')
export const fullSize: ShopSize = { customers: 200_000, devices: 300_000, tickets: 500_000 }
export const smallSize: ShopSize = { customers: 2_000, devices: 3_000, tickets: 5_000 }
export const fullStock: StockSize = { parts: 10_000, movements: 2_000_000 }
export const smallStock: StockSize = { parts: 1_000, movements: 20_000 }
export const fullMoney: MoneySize = { invoices: 300_000 }
export const smallMoney: MoneySize = { invoices: 3_000 }

export interface GenerateOptions {
  out: string
  size: ShopSize
  seed?: number
  /** How many days the tickets span, ending now. */
  days?: number
  /** The parts stock, or null to leave it out. */
  stock: StockSize | null
  /** How many days of stock history, ending now. */
  stockDays?: number
  /** Invoices, payments and the drawer (needs the stock: invoices bill the parts fitted), or null. */
  money?: MoneySize | null
  /** How many days of money (drawer sessions), ending now. */
  moneyDays?: number
  end?: number
  log?: (line: string) => void
}

export interface GenerateResult {
  out: string
  size: ShopSize
  stock: StockSize | null
  money: MoneySize | null
  rows: number
  seconds: number
  bytes: number
}

/** Intakes per transaction: a tenth of the run (at most 50,000), so each commit is a progress line. */
const batchLimit = 50_000

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
}

export async function generateBusyShop(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line))
  const started = performance.now()
  const partial = `${options.out}.partial`
  removeDatabase(partial)
  const opened = await openDatabase(partial)
  try {
    await opened.db.transaction().execute((trx) => initializeStore(trx, 'zh-CN'))
    const actor = await currentActor(opened.db)
    const { outletCode } = await getSettings(opened.db)
    const { sqlite } = opened
    // Loading settings only: a crash means generating again, so no fsync; the rows are consistent
    // by construction, so foreign keys are checked once at the end instead of on every insert.
    sqlite.pragma('synchronous = OFF')
    sqlite.pragma('foreign_keys = OFF')
    sqlite.pragma('cache_size = -512000')

    const seed = options.seed ?? 20261125
    const end = options.end ?? Date.now()
    const days = options.days ?? 3 * 365
    const money = options.stock ? (options.money ?? null) : null
    const moneyDays = Math.max(days, options.moneyDays ?? 5 * 365)
    // The drawer sessions exist from the start: deposits taken at intake go into the day's drawer.
    const calendar = money ? new DrawerCalendar(seed, outletCode, end, moneyDays) : null
    const writer = new RawShopWriter(
      sqlite,
      outletCode,
      actor,
      new Random(seed ^ 0x5eed),
      true,
      calendar ? (at) => calendar.sessionId(at) : undefined,
    )
    const intakes = planIntakes(options.size, seed, end, days)
    sqlite.transaction(() => writer.writeTechnicians(end - days * 24 * 3600 * 1000))()
    const ticketLog = new TicketLog()
    const total = options.size.tickets
    let done = 0
    const batchSize = Math.min(batchLimit, Math.ceil(total / 10))
    const writeBatch = sqlite.transaction((count: number) => {
      for (let index = 0; index < count; index += 1) {
        const next = intakes.next()
        if (next.done) return
        writer.write(next.value)
        ticketLog.add(next.value)
        done += 1
      }
    })
    while (done < total) {
      writeBatch(Math.min(batchSize, total - done))
      const seconds = (performance.now() - started) / 1000
      log(
        `  ${String(Math.round((done / total) * 100)).padStart(3)}%  ${done.toLocaleString('en')} tickets, ` +
          `${writer.counts.rows.toLocaleString('en')} rows, ${seconds.toFixed(1)} s`,
      )
    }
    sqlite.transaction(() => writer.finish())()
    const { counts } = writer
    let rows = counts.rows
    let stockLine = ''

    if (options.stock) {
      const stockStarted = performance.now()
      const ticketIds = sqlite.prepare('select "id" from "tickets" order by rowid').pluck().all() as string[]
      const plan = planStock({
        size: options.stock,
        seed,
        end,
        days: options.stockDays ?? 5 * 365,
        tickets: ticketLog.tickets,
      })
      const stock = new RawStockWriter(
        sqlite,
        outletCode,
        actor,
        new Random(seed ^ 0x570c),
        plan.catalogue,
        (ordinal) => {
          const id = ticketIds[ordinal]
          if (id === undefined)
            throw new Error(`stock plan refers to ticket ${ordinal}, which was not written`)
          return id
        },
      )
      const target = options.stock.movements
      const stockBatch = Math.max(1, Math.min(250_000, Math.ceil(target / 8)))
      /** Writes up to a batch of movements; false once the plan is exhausted. */
      const writeStock = sqlite.transaction((): boolean => {
        const until = stock.counts.movements + stockBatch
        while (stock.counts.movements < until) {
          const next = plan.events.next()
          if (next.done) return false
          stock.write(next.value)
        }
        return true
      })
      for (let more = true; more;) {
        const before = stock.counts.movements
        more = writeStock()
        if (stock.counts.movements === before) continue
        const seconds = (performance.now() - started) / 1000
        log(
          `  ${String(Math.round((stock.counts.movements / target) * 100)).padStart(3)}%  ` +
            `${stock.counts.movements.toLocaleString('en')} stock movements, ${seconds.toFixed(1)} s`,
        )
      }
      sqlite.transaction(() => stock.finish())()
      rows += stock.counts.rows
      stockLine =
        `, ${stock.counts.parts.toLocaleString('en')} parts (${stock.counts.archived} archived), ` +
        `${stock.counts.movements.toLocaleString('en')} stock movements ` +
        `(${((performance.now() - stockStarted) / 1000).toFixed(1)} s)`
      if (stock.counts.movements !== target) {
        throw new Error(`the stock plan made ${stock.counts.movements} movements, not ${target}`)
      }
    }

    let moneyLine = ''
    if (money && calendar) {
      const moneyStarted = performance.now()
      const counts = writeMoney(sqlite, { size: money, seed, end, calendar, outletCode, actor, log })
      rows += counts.rows
      const problems = moneyProblems(sqlite, outletCode)
      if (problems.length > 0) throw new Error(`the generated money breaks its rules: ${problems.join('; ')}`)
      moneyLine =
        `, ${counts.invoices.toLocaleString('en')} invoices and ${counts.creditNotes.toLocaleString('en')} credit notes ` +
        `(${counts.lines.toLocaleString('en')} lines, ${counts.payments.toLocaleString('en')} payments, ` +
        `${counts.sessions.toLocaleString('en')} drawer sessions; ${((performance.now() - moneyStarted) / 1000).toFixed(1)} s)`
    }

    sqlite.pragma('foreign_keys = ON')
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new Error(`generated rows break ${broken.length} foreign keys`)
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await opened.close()
    removeDatabase(options.out)
    fs.renameSync(partial, options.out)
    removeDatabase(partial)
    const seconds = (performance.now() - started) / 1000
    const bytes = fs.statSync(options.out).size
    log(
      `  ${counts.customers.toLocaleString('en')} customers, ${counts.devices.toLocaleString('en')} devices, ` +
        `${counts.tickets.toLocaleString('en')} tickets${stockLine}${moneyLine} (${rows.toLocaleString('en')} rows), ` +
        `${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s -> ${options.out}`,
    )
    return { out: options.out, size: options.size, stock: options.stock, money, rows, seconds, bytes }
  } catch (error) {
    await opened.close().catch(() => undefined)
    removeDatabase(partial)
    throw error
  }
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value.replace(/_/g, ''))
  if (!Number.isSafeInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer`)
  return number
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      customers: { type: 'string' },
      devices: { type: 'string' },
      tickets: { type: 'string' },
      parts: { type: 'string' },
      movements: { type: 'string' },
      'no-stock': { type: 'boolean', default: false },
      small: { type: 'boolean', default: false },
      seed: { type: 'string' },
      days: { type: 'string' },
      'stock-days': { type: 'string' },
      invoices: { type: 'string' },
      'no-money': { type: 'boolean', default: false },
      'money-days': { type: 'string' },
    },
  })
  const base = values.small ? smallSize : fullSize
  const size: ShopSize = {
    customers: positive('customers', values.customers, base.customers),
    devices: positive('devices', values.devices, base.devices),
    tickets: positive('tickets', values.tickets, base.tickets),
  }
  const baseStock = values.small ? smallStock : fullStock
  const stock: StockSize | null = values['no-stock']
    ? null
    : {
        parts: positive('parts', values.parts, baseStock.parts),
        movements: positive('movements', values.movements, baseStock.movements),
      }
  const baseMoney = values.small ? smallMoney : fullMoney
  const money: MoneySize | null =
    values['no-money'] || !stock
      ? null
      : { invoices: positive('invoices', values.invoices, baseMoney.invoices) }
  const out = path.resolve(
    values.out ?? (values.small ? path.join(benchDataDir, 'small.db') : defaultBusyPath),
  )
  console.log(
    `Generating ${out}: ${size.customers} customers, ${size.devices} devices, ${size.tickets} tickets` +
      (stock ? `, ${stock.parts} parts, ${stock.movements} stock movements` : ', no parts stock') +
      (money ? `, ${money.invoices} invoices` : ', no money'),
  )
  await generateBusyShop({
    out,
    size,
    stock,
    seed: positive('seed', values.seed, 20261125),
    days: positive('days', values.days, 3 * 365),
    stockDays: positive('stock-days', values['stock-days'], 5 * 365),
    money,
    moneyDays: positive('money-days', values['money-days'], 5 * 365),
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}

/**
 * Builds a busy outlet's database for the benchmark: by default 200,000 customers, 300,000 devices
 * and 500,000 tickets over three years (`--small`: 2,000 / 3,000 / 5,000).
 *
 *   npx tsx bench/generate.ts [--out bench/.data/busy.db] [--customers N --devices N --tickets N]
 *                             [--small] [--seed N] [--days N]
 *
 * The schema comes from openDatabase (the app's migrations) and the settings and first staff member
 * from initializeStore, as on a real first start. The rows are then written by RawShopWriter with
 * raw statements in large transactions. The file is built beside its final name and renamed at the
 * end, so an interrupted run never leaves a half-built database that looks finished.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { openDatabase } from '../main/db/open'
import { currentActor, getSettings, initializeStore } from '../main/services/settings'
import { RawShopWriter } from './rawWriter'
import { Random } from './shopData'
import { planIntakes, type ShopSize } from './shopPlan'

export const benchDataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data')
export const defaultBusyPath = path.join(benchDataDir, 'busy.db')
export const fullSize: ShopSize = { customers: 200_000, devices: 300_000, tickets: 500_000 }
export const smallSize: ShopSize = { customers: 2_000, devices: 3_000, tickets: 5_000 }

export interface GenerateOptions {
  out: string
  size: ShopSize
  seed?: number
  /** How many days the tickets span, ending now. */
  days?: number
  end?: number
  log?: (line: string) => void
}

export interface GenerateResult {
  out: string
  size: ShopSize
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
    const writer = new RawShopWriter(sqlite, outletCode, actor, new Random(seed ^ 0x5eed), true)
    const intakes = planIntakes(options.size, seed, options.end ?? Date.now(), options.days ?? 3 * 365)
    const total = options.size.tickets
    let done = 0
    const batchSize = Math.min(batchLimit, Math.ceil(total / 10))
    const writeBatch = sqlite.transaction((count: number) => {
      for (let index = 0; index < count; index += 1) {
        const next = intakes.next()
        if (next.done) return
        writer.write(next.value)
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

    sqlite.pragma('foreign_keys = ON')
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new Error(`generated rows break ${broken.length} foreign keys`)
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const { counts } = writer
    await opened.close()
    removeDatabase(options.out)
    fs.renameSync(partial, options.out)
    removeDatabase(partial)
    const seconds = (performance.now() - started) / 1000
    const bytes = fs.statSync(options.out).size
    log(
      `  ${counts.customers.toLocaleString('en')} customers, ${counts.devices.toLocaleString('en')} devices, ` +
        `${counts.tickets.toLocaleString('en')} tickets (${counts.rows.toLocaleString('en')} rows), ` +
        `${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s -> ${options.out}`,
    )
    return { out: options.out, size: options.size, rows: counts.rows, seconds, bytes }
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
      small: { type: 'boolean', default: false },
      seed: { type: 'string' },
      days: { type: 'string' },
    },
  })
  const base = values.small ? smallSize : fullSize
  const size: ShopSize = {
    customers: positive('customers', values.customers, base.customers),
    devices: positive('devices', values.devices, base.devices),
    tickets: positive('tickets', values.tickets, base.tickets),
  }
  const out = path.resolve(
    values.out ?? (values.small ? path.join(benchDataDir, 'small.db') : defaultBusyPath),
  )
  console.log(
    `Generating ${out}: ${size.customers} customers, ${size.devices} devices, ${size.tickets} tickets`,
  )
  await generateBusyShop({
    out,
    size,
    seed: positive('seed', values.seed, 20261125),
    days: positive('days', values.days, 3 * 365),
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}

/**
 * `npm run bench`: times the counter's hot paths and the parts stock's on a busy outlet's database
 * and prints median and 95th percentile of each through the services (Kysely), beside the same
 * statements run raw.
 *
 *   npx tsx bench/run.ts [--db FILE] [--small] [--quick] [--seed N] [--only GROUP,GROUP...]
 *
 * `--only` runs the groups whose name contains one of the words (e.g. `--only workshop,status`);
 * the generated database is still checked and regenerated when stale.
 *
 * Reads run against the generated database; writes (intake, posting a count) against a copy that is
 * deleted afterwards, so the generated shop stays as generated. Cases that miss their target are
 * listed at the end with their slowest statement and SQLite's plan for it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import SQLite from 'better-sqlite3'
import { uuidv7 } from 'uuidv7'
import { formatTicketNumber } from '../shared/domain/identifiers'
import { openDatabase } from '../main/db/open'
import { currentActor, getSettings } from '../main/services/settings'
import {
  bundleChildren,
  childSource,
  evictFromPageCache,
  measureColdStart,
  startStatements,
} from './coldStart'
import {
  benchDataDir,
  defaultBusyPath,
  fullSize,
  fullMoney,
  fullStock,
  generateBusyShop,
  smallMoney,
  smallSize,
  smallStock,
} from './generate'
import {
  type CapturedStatement,
  rawReplay,
  rawWritePhases,
  rawWriteReplay,
  recordingKysely,
  stats,
  type Stats,
  timeBoth,
  type TimingBudget,
} from './measure'
import { moneyReadCases, moneySequenceValue, moneyTargets, saleCases } from './moneyScenarios'
import { intakeCases, readCases, targets } from './scenarios'
import { Random } from './shopData'
import {
  countScope,
  countVariants,
  postCountCall,
  prepareCount,
  stockReadCases,
  stockTargets,
} from './stockScenarios'
import {
  changeStatusCall,
  statusChangeReplay,
  statusChangeTickets,
  ticketState,
  workflowReadCases,
  workflowTargets,
} from './workflowScenarios'

interface Row {
  group: string
  name: string
  example: string
  kysely: Stats
  raw: Stats | null
  target: number
  /** Statements captured for the first inputs, to explain a miss. */
  captured: CapturedStatement[][]
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
}

// ---- Printing -------------------------------------------------------------------------------

/** Columns of a terminal: CJK characters take two. */
function width(text: string): number {
  let total = 0
  for (const char of text)
    total += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(char)
      ? 2
      : 1
  return total
}

function cut(text: string, columns: number): string {
  if (width(text) <= columns) return text
  let result = ''
  for (const char of text) {
    if (width(result + char) > columns - 1) break
    result += char
  }
  return `${result}…`
}

function pad(text: string, columns: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, columns - width(text)))
  return right ? fill + text : text + fill
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '-'
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0)
}

function printTable(rows: Row[]): void {
  const header = [
    'group',
    'operation',
    'input',
    'median',
    'p95',
    'raw med',
    'raw p95',
    'K/raw',
    'target p95',
    '',
  ]
  const widths = [15, 34, 24, 8, 8, 8, 8, 6, 11, 4]
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => pad(cut(cell, widths[index]!), widths[index]!, index >= 3 && index <= 8))
      .join('  ')
  console.log(line(header))
  console.log(line(widths.map((columns) => '-'.repeat(columns))))
  for (const row of rows) {
    console.log(
      line([
        row.group,
        row.name,
        row.example,
        ms(row.kysely.median),
        ms(row.kysely.p95),
        row.raw ? ms(row.raw.median) : '-',
        row.raw ? ms(row.raw.p95) : '-',
        row.raw ? (row.kysely.median / row.raw.median).toFixed(2) : '-',
        `≤ ${ms(row.target)}`,
        row.kysely.p95 <= row.target ? 'ok' : 'MISS',
      ]),
    )
  }
}

/** The slowest captured statement of a case, with SQLite's plan for it. */
function explainMiss(sqlite: SQLite.Database, row: Row): void {
  let slowest: { statement: CapturedStatement; time: number } | null = null
  for (const statement of row.captured.flat()) {
    // Only reads are run again here: this is the generated database, which must stay as generated.
    if (!/^\s*select\b/i.test(statement.sql)) continue
    const prepared = sqlite.prepare(statement.sql)
    let best = Infinity
    for (let run = 0; run < 3; run += 1) {
      const before = performance.now()
      prepared.all(statement.parameters)
      best = Math.min(best, performance.now() - before)
    }
    if (!slowest || best > slowest.time) slowest = { statement, time: best }
  }
  console.log(`\n${row.group} / ${row.name}: p95 ${ms(row.kysely.p95)} ms, target ${ms(row.target)} ms`)
  if (!slowest) {
    console.log("  (a write: its time is mostly the commit's fsync; no read to explain)")
    return
  }
  const parameters = JSON.stringify(slowest.statement.parameters)
  console.log(`  slowest statement (${ms(slowest.time)} ms raw): ${slowest.statement.sql}`)
  console.log(`  parameters: ${parameters.length > 300 ? `${parameters.slice(0, 300)}…` : parameters}`)
  const plan = sqlite
    .prepare(`explain query plan ${slowest.statement.sql}`)
    .all(slowest.statement.parameters) as {
    id: number
    parent: number
    detail: string
  }[]
  const depth = new Map<number, number>([[0, 0]])
  for (const step of plan) {
    const level = (depth.get(step.parent) ?? 0) + 1
    depth.set(step.id, level)
    console.log(`  ${'  '.repeat(level)}${step.detail}`)
  }
}

// ---- Measuring ------------------------------------------------------------------------------

async function measureReads(
  file: string,
  seed: number,
  budget: TimingBudget,
  selected: (group: string) => boolean,
): Promise<Row[]> {
  const opened = await openDatabase(file)
  const recorder = recordingKysely(opened.sqlite)
  const rows: Row[] = []
  try {
    const cases = [
      ...readCases(opened.sqlite, seed),
      ...stockReadCases(opened.sqlite, seed),
      ...workflowReadCases(opened.sqlite),
      ...moneyReadCases(opened.sqlite, seed),
    ].filter((readCase) => selected(readCase.group))
    for (const readCase of cases) {
      const captured = await recordCase(readCase, readCase.inputs, readCase.run, recorder)
      if (!captured) continue
      const replays = captured.map((statements) => rawReplay(opened.sqlite, statements))
      const measured = await timeBoth(
        readCase.inputs,
        (input) => readCase.run(opened.db, input),
        (_input, index) => replays[index]!(),
        { ...budget, floor: (readCase.rounds ?? 0) * readCase.inputs.length },
      )
      rows.push({ ...readCase, ...measured, captured: captured.slice(0, 5) })
      process.stdout.write('.')
    }
  } finally {
    process.stdout.write('\n')
    await opened.close()
  }
  return rows
}

/**
 * Runs every input once through the recording Kysely (which also warms the page cache for them).
 * A service still being built (it throws "Not built yet") is reported and skipped, not fatal.
 */
async function recordCase<Input>(
  label: { group: string; name: string },
  inputs: readonly Input[],
  run: (db: ReturnType<typeof recordingKysely>['db'], input: Input) => Promise<unknown>,
  recorder: ReturnType<typeof recordingKysely>,
): Promise<CapturedStatement[][] | null> {
  const captured: CapturedStatement[][] = []
  try {
    for (const input of inputs) {
      await run(recorder.db, input)
      captured.push(recorder.take())
    }
  } catch (error) {
    recorder.take()
    if (!(error instanceof Error) || !/not built yet/i.test(error.message)) throw error
    console.log(`\n  ${label.group} / ${label.name}: skipped, the service is not built yet`)
    return null
  }
  return captured
}

/** Counter sales of five items with their payment, each in its own transaction with fsync. */
async function measureSales(copy: string, seed: number, iterations: number): Promise<Row[]> {
  const opened = await openDatabase(copy)
  const recorder = recordingKysely(opened.sqlite)
  const rows: Row[] = []
  try {
    const actor = await currentActor(opened.db)
    const { outletCode } = await getSettings(opened.db)
    for (const sale of saleCases(opened.sqlite, actor, seed, Math.min(iterations, 50))) {
      const captured = await recordCase(
        { group: 'invoice (write)', name: sale.name },
        sale.inputs,
        sale.run,
        recorder,
      )
      if (!captured) continue
      const replays = captured.map((statements) =>
        rawWriteReplay(opened.sqlite, statements, sale.knownIds, uuidv7, moneySequenceValue(outletCode)),
      )
      const measured = await timeBoth(
        sale.inputs,
        (input) => sale.run(opened.db, input),
        (_input, index) => replays[index]!(),
        { milliseconds: 10_000, minimum: iterations, maximum: iterations, hardLimit: 30_000 },
      )
      rows.push({
        group: 'invoice (write)',
        name: `counter sale, ${sale.name}`,
        example: 'own transaction, fsync',
        target: moneyTargets.sale,
        ...measured,
        captured: captured.slice(0, 5),
      })
      process.stdout.write('.')
    }
  } finally {
    process.stdout.write('\n')
    await opened.close()
  }
  return rows
}

async function measureIntakes(copy: string, seed: number, iterations: number): Promise<Row[]> {
  const opened = await openDatabase(copy)
  const recorder = recordingKysely(opened.sqlite)
  const rows: Row[] = []
  try {
    const actor = await currentActor(opened.db)
    const { outletCode } = await getSettings(opened.db)
    // A sequence value as it appears in the statements: the ticket number, or the search key itself.
    const sequenceValue = (name: string, value: number) =>
      name.startsWith('ticket:') ? [formatTicketNumber(outletCode, value)] : [value]
    for (const intake of intakeCases(opened.sqlite, actor, seed, Math.min(iterations, 50))) {
      const captured: CapturedStatement[][] = []
      for (const input of intake.inputs) {
        await intake.run(recorder.db, input)
        captured.push(recorder.take())
      }
      const replays = captured.map((statements) =>
        rawWriteReplay(opened.sqlite, statements, intake.knownIds, uuidv7, sequenceValue),
      )
      const measured = await timeBoth(
        intake.inputs,
        (input) => intake.run(opened.db, input),
        (_input, index) => replays[index]!(),
        { milliseconds: 10_000, minimum: iterations, maximum: iterations, hardLimit: 30_000 },
      )
      rows.push({
        group: 'intake (write)',
        name: intake.name,
        example: 'own transaction, fsync',
        target: targets.intake,
        ...measured,
        captured: captured.slice(0, 5),
      })
      process.stdout.write('.')
    }
  } finally {
    process.stdout.write('\n')
    await opened.close()
  }
  return rows
}

/**
 * A status change with its event, each in its own transaction as the door runs it: tickets on the
 * bench go from "in repair" to "testing" and back. The Kysely side and the raw side take turns on the
 * same ticket, each moving it on from where the other left it.
 */
async function measureStatusChanges(copy: string, seed: number, iterations: number): Promise<Row[]> {
  const opened = await openDatabase(copy)
  const recorder = recordingKysely(opened.sqlite)
  try {
    const actor = await currentActor(opened.db)
    const ids = statusChangeTickets(opened.sqlite, seed, 50)
    const captured: CapturedStatement[][] = []
    const replays: ((state: ReturnType<typeof ticketState>) => void)[] = []
    for (const id of ids) {
      const state = ticketState(opened.sqlite, id)
      await changeStatusCall(recorder.db, state, actor)
      captured.push(recorder.take())
      replays.push(statusChangeReplay(opened.sqlite, captured.at(-1)!, state))
    }
    const measured = await timeBoth(
      ids,
      (id) => changeStatusCall(opened.db, ticketState(opened.sqlite, id), actor),
      (id, index) => replays[index]!(ticketState(opened.sqlite, id)),
      { milliseconds: 10_000, minimum: iterations, maximum: iterations, hardLimit: 30_000 },
    )
    process.stdout.write('.\n')
    return [
      {
        group: 'status (write)',
        name: 'in repair ⇄ testing, with event',
        example: 'own transaction, fsync',
        target: workflowTargets.statusChange,
        ...measured,
        captured: captured.slice(0, 5),
      },
    ]
  } finally {
    await opened.close()
  }
}

/**
 * Posting a count of the category nearest a thousand parts. Each round starts a count and types every
 * line (untimed), then times the posting; the raw side replays the same three writes recorded once,
 * with new ids and a new count number, and times only the posting's statements.
 */
async function measureCounts(copy: string, seed: number, iterations: number): Promise<Row[]> {
  const opened = await openDatabase(copy)
  const recorder = recordingKysely(opened.sqlite)
  const rows: Row[] = []
  try {
    const actor = await currentActor(opened.db)
    const { outletCode } = await getSettings(opened.db)
    const { category, partIds } = countScope(opened.sqlite)
    const knownIds = new Set([actor.id, ...partIds])
    const sequenceValue = (name: string, value: number) =>
      name.startsWith('count:') ? [`${outletCode}-C${String(value).padStart(6, '0')}`] : [value]
    for (const variant of countVariants) {
      const random = new Random(seed)
      const recorded = await prepareCount(recorder.db, category, actor, random, variant.differing)
      const setup = recorder.take()
      await postCountCall(recorder.db, recorded.id, actor)
      const posting = recorder.take()
      const replay = rawWritePhases(opened.sqlite, [setup, posting], knownIds, uuidv7, sequenceValue)
      const kyselySamples: number[] = []
      const rawSamples: number[] = []
      // One untimed round first, as timeBoth does.
      for (let round = 0; round <= iterations; round += 1) {
        const { id } = await prepareCount(opened.db, category, actor, random, variant.differing)
        let before = performance.now()
        await postCountCall(opened.db, id, actor)
        const kysely = performance.now() - before
        const [runSetup, runPosting] = replay()
        runSetup!()
        before = performance.now()
        runPosting!()
        const raw = performance.now() - before
        if (round > 0) {
          kyselySamples.push(kysely)
          rawSamples.push(raw)
        }
      }
      rows.push({
        group: 'stock count',
        name: variant.name,
        example: `${recorded.lines} lines: ${category}`,
        kysely: stats(kyselySamples),
        raw: stats(rawSamples),
        target: stockTargets.countPost,
        captured: [posting],
      })
      process.stdout.write('.')
    }
  } finally {
    process.stdout.write('\n')
    await opened.close()
  }
  return rows
}

async function measureColdStarts(file: string, runs: number): Promise<Row[]> {
  const outDir = path.join(benchDataDir, 'cold-start')
  const children = await bundleChildren(outDir)
  const statementsFile = path.join(outDir, 'statements.json')
  const opened = await openDatabase(file)
  try {
    await startStatements(opened.sqlite, statementsFile)
  } finally {
    await opened.close()
  }
  const evict = () => evictFromPageCache(file)
  const canEvict = evict()
  const variants = [
    {
      name: 'bundled, DB in page cache',
      kysely: [children.kysely, file],
      raw: [children.raw, file, statementsFile],
    },
    ...(canEvict
      ? [
          {
            name: 'bundled, DB not in cache',
            kysely: [children.kysely, file],
            raw: [children.raw, file, statementsFile],
            before: evict,
          },
        ]
      : []),
  ]
  const rows: Row[] = []
  for (const variant of variants) {
    const kysely = measureColdStart(variant.name, variant.kysely, runs, variant.before)
    const raw = measureColdStart(`${variant.name} (raw)`, variant.raw, runs, variant.before)
    rows.push({
      group: 'cold start',
      name: variant.name,
      example: `loaded ${ms(kysely.imported)}, page ${ms(kysely.firstPage)}`,
      kysely: kysely.wall,
      raw: raw.wall,
      target: targets.coldStart,
      captured: [],
    })
    process.stdout.write('.')
  }
  const dev = measureColdStart('tsx', ['--import', 'tsx', childSource, file], runs)
  rows.push({
    group: 'cold start',
    name: 'through tsx (npm run dev only)',
    example: `loaded ${ms(dev.imported)}, page ${ms(dev.firstPage)}`,
    kysely: dev.wall,
    raw: null,
    target: targets.coldStart,
    captured: [],
  })
  process.stdout.write('\n')
  return rows
}

/** Whether the file's schema is what the migrations build today (else its figures would mislead). */
async function hasCurrentSchema(file: string): Promise<boolean> {
  const schema = (sqlite: SQLite.Database) =>
    JSON.stringify(
      sqlite
        .prepare(
          `select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' order by name`,
        )
        .all(),
    )
  const fresh = await openDatabase(':memory:')
  // Opened raw: openDatabase would migrate the file, and the question is what it holds now.
  const existing = new SQLite(file, { readonly: true })
  try {
    return schema(fresh.sqlite) === schema(existing)
  } finally {
    await fresh.close()
    existing.close()
  }
}

/** Whether the file holds the parts stock (a `--no-stock` generation, or one from before it, does not). */
function hasPartsStock(file: string): boolean {
  const existing = new SQLite(file, { readonly: true })
  try {
    return existing.prepare('select exists (select 1 from "stockMovements")').pluck().get() === 1
  } finally {
    existing.close()
  }
}

/** Whether the file holds invoices and drawer sessions (a generation from before issue 6 does not). */
function hasMoney(file: string): boolean {
  const existing = new SQLite(file, { readonly: true })
  try {
    return existing.prepare('select exists (select 1 from "invoices")').pluck().get() === 1
  } finally {
    existing.close()
  }
}

/** Whether the tickets have technicians (a generation from before the workflow issue has none). */
function hasTechnicians(file: string): boolean {
  const existing = new SQLite(file, { readonly: true })
  try {
    return (
      existing
        .prepare('select exists (select 1 from "tickets" where "assignedTo" is not null)')
        .pluck()
        .get() === 1
    )
  } finally {
    existing.close()
  }
}

// ---- Main -----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      small: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
      only: { type: 'string' },
    },
  })
  const only = values.only
    ?.split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean)
  const selected = (group: string) => !only || only.some((word) => group.toLowerCase().includes(word))
  const started = performance.now()
  const file = path.resolve(
    values.db ?? (values.small ? path.join(benchDataDir, 'small.db') : defaultBusyPath),
  )
  const stale = fs.existsSync(file) && !(await hasCurrentSchema(file))
  const noStock = fs.existsSync(file) && !stale && !hasPartsStock(file)
  const noTechnicians = fs.existsSync(file) && !stale && !noStock && !hasTechnicians(file)
  const noMoney = fs.existsSync(file) && !stale && !noStock && !noTechnicians && !hasMoney(file)
  if (!fs.existsSync(file) || stale || noStock || noTechnicians || noMoney) {
    const size = values.small ? smallSize : fullSize
    const reason = stale
      ? 'was generated with an older schema'
      : noStock
        ? 'has no parts stock'
        : noTechnicians
          ? 'has no technicians on its tickets'
          : noMoney
            ? 'has no invoices'
            : 'does not exist'
    console.log(`${file} ${reason}: generating it first (the full size takes about four minutes on 2 cores).`)
    await generateBusyShop({
      out: file,
      size,
      stock: values.small ? smallStock : fullStock,
      money: values.small ? smallMoney : fullMoney,
    })
  }
  const seed = Number(values.seed)
  const scale = values.quick ? 0.25 : 1
  const budget: TimingBudget = {
    milliseconds: 2500 * scale,
    minimum: 30,
    maximum: Math.round(600 * scale),
    hardLimit: 6000 * scale,
  }

  const probe = await openDatabase(file)
  const count = (table: string) =>
    Number(probe.sqlite.prepare(`select count(*) from "${table}"`).pluck().get())
  const sqliteVersion = String(probe.sqlite.prepare('select sqlite_version()').pluck().get())
  // Query plans differ with and without ANALYZE statistics; the app analyzes only after a migration.
  const analyzed = Number(
    probe.sqlite.prepare(`select count(*) from sqlite_master where name = 'sqlite_stat1'`).pluck().get(),
  )
    ? Number(probe.sqlite.prepare('select count(*) from sqlite_stat1').pluck().get()) > 0
    : false
  const shape =
    `${count('customers').toLocaleString('en')} customers, ${count('devices').toLocaleString('en')} devices, ` +
    `${count('tickets').toLocaleString('en')} tickets, ${count('parts').toLocaleString('en')} parts, ` +
    `${count('stockMovements').toLocaleString('en')} stock movements, ` +
    `${count('invoices').toLocaleString('en')} invoices and credit notes, ${count('payments').toLocaleString('en')} payments`
  await probe.close()
  console.log(`Service Center benchmark: ${file}`)
  console.log(`  ${shape}, ${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB`)
  console.log(
    `  Node ${process.version}, SQLite ${sqliteVersion}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`,
  )
  console.log(
    "  WAL, synchronous=FULL, the app's own pragmas and statement cache (openDatabase). Times in ms.",
  )
  console.log(
    analyzed
      ? '  ANALYZE statistics: present (a start after a migration ran `pragma optimize` on this file).'
      : '  ANALYZE statistics: none, as generated (the app analyzes only after applying a migration).',
  )
  console.log(
    `  Load average when starting: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}.`,
  )
  console.log(
    '  K/raw: median through the services and Kysely / median of the same SQL run raw in better-sqlite3.\n',
  )

  process.stdout.write('reads ')
  const reads = await measureReads(file, seed, budget, selected)
  // Writes go to a copy, deleted afterwards: the generated shop stays as generated. The cold start
  // opens the copy too: a start migrates (and then runs `pragma optimize`, which analyzes the tables)
  // whenever the migrations changed since the run began, and the generated file must not change.
  const copy = path.join(benchDataDir, 'write-copy.db')
  removeDatabase(copy)
  const writes = ['intake (write)', 'status (write)', 'invoice (write)', 'stock count', 'cold start'].some(
    selected,
  )
  // Copying three gigabytes takes a while: only when a write or the cold start is measured.
  if (writes) fs.copyFileSync(file, copy)
  const rows = [...reads]
  try {
    if (selected('intake (write)')) {
      process.stdout.write('intake ')
      rows.push(...(await measureIntakes(copy, seed, Math.round(200 * scale))))
    }
    if (selected('invoice (write)')) {
      process.stdout.write('counter sale ')
      rows.push(...(await measureSales(copy, seed, Math.round(200 * scale))))
    }
    if (selected('status (write)')) {
      process.stdout.write('status change ')
      rows.push(...(await measureStatusChanges(copy, seed, Math.round(200 * scale))))
    }
    if (selected('stock count')) {
      process.stdout.write('stock count ')
      rows.push(...(await measureCounts(copy, seed, values.quick ? 3 : 10)))
    }
    if (selected('cold start')) {
      process.stdout.write('cold start ')
      rows.push(...(await measureColdStarts(copy, values.quick ? 3 : 7)))
    }
  } finally {
    removeDatabase(copy)
  }

  console.log('')
  printTable(rows)
  const misses = rows.filter((row) => row.kysely.p95 > row.target)
  console.log(
    `\n${rows.length - misses.length} of ${rows.length} within target; ` +
      `run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  )
  if (misses.length > 0) {
    console.log('\nMisses: the slowest statement of each, with its plan')
    // Read only, without openDatabase: nothing here may migrate or otherwise change the file.
    const sqlite = new SQLite(file, { readonly: true })
    try {
      for (const row of misses.filter((miss) => miss.captured.length > 0)) explainMiss(sqlite, row)
    } finally {
      sqlite.close()
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

/**
 * `npm run bench`: times the counter's hot paths on a busy outlet's database and prints median and
 * 95th percentile of each through the services (Kysely), beside the same statements run raw.
 *
 *   npx tsx bench/run.ts [--db FILE] [--small] [--quick] [--seed N]
 *
 * Reads run against the generated database; writes (intake) against a copy that is deleted
 * afterwards, so the generated shop stays as generated. Cases that miss their target are listed at
 * the end with their slowest statement and SQLite's plan for it.
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
import { benchDataDir, defaultBusyPath, fullSize, generateBusyShop, smallSize } from './generate'
import {
  type CapturedStatement,
  rawReplay,
  rawWriteReplay,
  recordingKysely,
  type Stats,
  timeBoth,
  type TimingBudget,
} from './measure'
import { intakeCases, readCases, targets } from './scenarios'

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

async function measureReads(file: string, seed: number, budget: TimingBudget): Promise<Row[]> {
  const opened = await openDatabase(file)
  const recorder = recordingKysely(opened.sqlite)
  const rows: Row[] = []
  try {
    for (const readCase of readCases(opened.sqlite, seed)) {
      const captured: CapturedStatement[][] = []
      for (const input of readCase.inputs) {
        await readCase.run(recorder.db, input)
        captured.push(recorder.take())
      }
      const replays = captured.map((statements) => rawReplay(opened.sqlite, statements))
      const measured = await timeBoth(
        readCase.inputs,
        (input) => readCase.run(opened.db, input),
        (_input, index) => replays[index]!(),
        budget,
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

async function measureIntakes(source: string, seed: number, iterations: number): Promise<Row[]> {
  const copy = path.join(benchDataDir, 'intake-copy.db')
  removeDatabase(copy)
  fs.copyFileSync(source, copy)
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
    removeDatabase(copy)
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

// ---- Main -----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      small: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
    },
  })
  const started = performance.now()
  const file = path.resolve(
    values.db ?? (values.small ? path.join(benchDataDir, 'small.db') : defaultBusyPath),
  )
  const stale = fs.existsSync(file) && !(await hasCurrentSchema(file))
  if (!fs.existsSync(file) || stale) {
    const size = values.small ? smallSize : fullSize
    console.log(
      `${file} ${stale ? 'was generated with an older schema' : 'does not exist'}: ` +
        'generating it first (the full size takes about a minute on 2 cores).',
    )
    await generateBusyShop({ out: file, size })
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
  const shape =
    `${count('customers').toLocaleString('en')} customers, ${count('devices').toLocaleString('en')} devices, ` +
    `${count('tickets').toLocaleString('en')} tickets`
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
    '  K/raw: median through the services and Kysely / median of the same SQL run raw in better-sqlite3.\n',
  )

  process.stdout.write('reads ')
  const reads = await measureReads(file, seed, budget)
  process.stdout.write('intake ')
  const intakes = await measureIntakes(file, seed, Math.round(200 * scale))
  process.stdout.write('cold start ')
  const coldStarts = await measureColdStarts(file, values.quick ? 3 : 7)
  const rows = [...reads, ...intakes, ...coldStarts]

  console.log('')
  printTable(rows)
  const misses = rows.filter((row) => row.kysely.p95 > row.target)
  console.log(
    `\n${rows.length - misses.length} of ${rows.length} within target; ` +
      `run took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  )
  if (misses.length > 0) {
    console.log('\nMisses: the slowest statement of each, with its plan')
    const opened = await openDatabase(file)
    try {
      for (const row of misses.filter((miss) => miss.captured.length > 0)) explainMiss(opened.sqlite, row)
    } finally {
      await opened.close()
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

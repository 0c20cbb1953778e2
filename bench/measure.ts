/**
 * Timing, and the raw baseline of each measured operation. The baseline is not a second, hand-written
 * query that could drift from the real one: the operation runs once through a Kysely instance that
 * records every statement it hands to better-sqlite3 (SQL text as Kysely compiled it, parameters,
 * reader or writer). The raw side then runs exactly those statements, prepared once, with the same
 * parameters. Kysely / raw is therefore the cost of the query builder, the service code around the
 * queries and the async hops, never a difference in SQL.
 */
import type SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../main/db/schema'

export interface Stats {
  median: number
  p95: number
  samples: number
}

/** Nearest-rank percentiles, in milliseconds. */
export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN
  return { median: at(0.5), p95: at(0.95), samples: sorted.length }
}

export interface CapturedStatement {
  sql: string
  parameters: unknown[]
  reader: boolean
  /** What a reader returned while recording (sequence values are read from it). */
  rows?: unknown[]
}

/** A Kysely instance over the same connection that logs each statement it executes. */
export function recordingKysely(sqlite: SQLite.Database): {
  db: Kysely<Database>
  take: () => CapturedStatement[]
} {
  let log: CapturedStatement[] = []
  const recorder = {
    prepare(sql: string) {
      const statement = sqlite.prepare(sql)
      return {
        reader: statement.reader,
        all(parameters: unknown[]) {
          const rows = statement.all(parameters)
          log.push({ sql, parameters, reader: true, rows })
          return rows
        },
        run(parameters: unknown[]) {
          log.push({ sql, parameters, reader: false })
          return statement.run(parameters)
        },
        iterate(parameters: unknown[]) {
          log.push({ sql, parameters, reader: true })
          return statement.iterate(parameters)
        },
      }
    },
    close() {
      // The connection belongs to the caller.
    },
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: recorder }),
  })
  return {
    db,
    take: () => {
      const taken = log
      log = []
      return taken
    },
  }
}

/** The captured statements as one raw operation, each prepared once. */
export function rawReplay(sqlite: SQLite.Database, statements: CapturedStatement[]): () => void {
  const prepared = statements.map((statement) => ({ ...statement, prepared: sqlite.prepare(statement.sql) }))
  return () => {
    for (const statement of prepared) {
      if (statement.reader) statement.prepared.all(statement.parameters)
      else statement.prepared.run(statement.parameters)
    }
  }
}

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * A captured write replayed as a new write each time: ids the write created get fresh UUIDv7s, and
 * values taken from a document sequence (ticket number, customer search key) are taken again from
 * the sequence, as the service does. Ids the write only referred to (`knownIds`) stay.
 */
export function rawWriteReplay(
  sqlite: SQLite.Database,
  statements: CapturedStatement[],
  knownIds: ReadonlySet<string>,
  newId: () => string,
  sequenceValue: (name: string, value: number) => unknown[],
): () => void {
  const session = rawWritePhases(sqlite, [statements], knownIds, newId, sequenceValue)
  return () => {
    for (const run of session()) run()
  }
}

/**
 * Several captured writes that belong together (a count started, its lines typed, then posted), as
 * rawWriteReplay replays one: each call of the result starts a new replay and answers one runner per
 * phase, sharing the new ids, so a phase can be timed alone after the phases it needs have run.
 */
export function rawWritePhases(
  sqlite: SQLite.Database,
  phases: CapturedStatement[][],
  knownIds: ReadonlySet<string>,
  newId: () => string,
  sequenceValue: (name: string, value: number) => unknown[],
): () => (() => void)[] {
  const prepared = phases.map((statements) =>
    statements.map((statement) => ({ ...statement, prepared: sqlite.prepare(statement.sql) })),
  )
  const created = new Set<string>()
  for (const statement of phases.flat()) {
    for (const value of statement.parameters) {
      if (typeof value === 'string')
        for (const id of value.match(uuid) ?? []) if (!knownIds.has(id)) created.add(id)
    }
  }
  return () => {
    const replace = new Map<unknown, unknown>([...created].map((id) => [id, newId()]))
    // Sequence values that are text (a ticket or count number), replaced inside longer text too.
    const texts: [string, string][] = []
    const substitute = (value: unknown, keyed: boolean): unknown => {
      if (typeof value === 'number') return keyed && replace.has(value) ? replace.get(value) : value
      if (typeof value !== 'string') return value
      if (replace.has(value)) return replace.get(value)
      let text = value.replace(uuid, (id) => (replace.get(id) as string | undefined) ?? id)
      for (const [from, to] of texts) text = text.replaceAll(from, to)
      return text
    }
    return prepared.map((statements) => () => {
      for (const statement of statements) {
        // A number is a sequence value only where the statement is about customer search keys;
        // elsewhere an amount could equal it by chance.
        const keyed = /"searchKey"|"customerKey"/.test(statement.sql)
        const parameters = statement.parameters.map((value) => substitute(value, keyed))
        if (!statement.reader) {
          statement.prepared.run(parameters)
          continue
        }
        const rows = statement.prepared.all(parameters) as Record<string, unknown>[]
        // A sequence taken while recording: map its old values to the ones taken now.
        const name = parameters.find(
          (value) => typeof value === 'string' && statement.sql.includes('"documentSequences"'),
        )
        const before = (statement.rows?.[0] as Record<string, unknown> | undefined)?.nextValue
        const now = rows[0]?.nextValue
        if (typeof name === 'string' && typeof before === 'number' && typeof now === 'number') {
          const [oldValue, newValue] = [sequenceValue(name, before - 1), sequenceValue(name, now - 1)]
          oldValue.forEach((value, index) => {
            replace.set(value, newValue[index])
            if (typeof value === 'string' && !isUuid.test(value)) texts.push([value, String(newValue[index])])
          })
        }
      }
    })
  }
}

export interface Measured {
  kysely: Stats
  raw: Stats | null
}

export interface TimingBudget {
  /** Stop after this long (both sides together), once `minimum` iterations are done. */
  milliseconds: number
  minimum: number
  maximum: number
  /** Stop after this long whatever the count: a slow case is a miss whether it has 15 samples or 30. */
  hardLimit: number
  /** Run at least this many iterations whatever the time (so that every input is timed). */
  floor?: number
}

/**
 * Runs the Kysely side and the raw side alternately on the same inputs (so drift and cache state hit
 * both alike), after one untimed round on the first input. Callers have already run every input
 * once while recording, which warmed the page cache for all of them.
 */
export async function timeBoth<Input>(
  inputs: readonly Input[],
  kysely: (input: Input) => Promise<unknown>,
  raw: ((input: Input, index: number) => void) | null,
  budget: TimingBudget,
): Promise<Measured> {
  const first = inputs[0]
  if (first === undefined) throw new Error('timeBoth needs at least one input')
  await kysely(first)
  raw?.(first, 0)
  const kyselySamples: number[] = []
  const rawSamples: number[] = []
  const started = performance.now()
  for (let iteration = 0; iteration < budget.maximum; iteration += 1) {
    const elapsed = performance.now() - started
    const done = (iteration >= budget.minimum && elapsed > budget.milliseconds) || elapsed > budget.hardLimit
    if (done && iteration >= (budget.floor ?? 0)) break
    const index = iteration % inputs.length
    const input = inputs[index]!
    let before = performance.now()
    await kysely(input)
    kyselySamples.push(performance.now() - before)
    if (raw) {
      before = performance.now()
      raw(input, index)
      rawSamples.push(performance.now() - before)
    }
  }
  return { kysely: stats(kyselySamples), raw: raw ? stats(rawSamples) : null }
}

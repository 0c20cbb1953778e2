/**
 * Opens the SQLite file: pragmas, the Kysely instance, migrations. SQLite-specific settings live
 * here and nowhere else, so the services stay portable.
 */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'
import { migrate } from './migrate'

export type DB = Kysely<Database>

export interface OpenOptions {
  /** Path of a better-sqlite3 native binding built for this runtime (Electron uses its own). */
  nativeBinding?: string
  readonly?: boolean
}

export interface OpenedDatabase {
  db: DB
  sqlite: SQLite.Database
  path: string
  close: () => Promise<void>
}

/**
 * better-sqlite3 prepares a statement per call to `prepare`; Kysely calls it for every query.
 * Keeping prepared statements by SQL text removes most of Kysely's overhead on hot queries.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>()
  const prepare = sqlite.prepare.bind(sqlite)
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') {
        return (source: string) => {
          let statement = cache.get(source)
          if (!statement) {
            statement = prepare(source)
            if (cache.size > 500) cache.clear()
            cache.set(source, statement)
          }
          return statement
        }
      }
      const value: unknown = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  })
}

export function openSqlite(file: string, options: OpenOptions = {}): SQLite.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  const sqlite = new SQLite(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  })
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  // Money is written here: a power cut must not lose a committed payment.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  return sqlite
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const sqlite = openSqlite(file, options)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  try {
    await migrate(db)
    // Keeps the query planner's statistics fresh as the ledgers grow (bounded work, as SQLite
    // recommends for each new connection); without them old-date lookups can pick a poor index.
    if (!options.readonly) {
      sqlite.pragma('analysis_limit = 400')
      sqlite.pragma('optimize = 0x10002')
    }
  } catch (error) {
    await db.destroy()
    throw error
  }
  return { db, sqlite, path: file, close: () => db.destroy() }
}

/** SQLite's own check of the file, for the diagnostics screen and tests. */
export function integrityCheck(sqlite: SQLite.Database): string {
  return String(sqlite.pragma('integrity_check', { simple: true }))
}

import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'
import { migrations, type Migration } from './migrations'

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Service Center (schema ${found}; ` +
        `this version knows up to ${known}). Install the newer version to open it; nothing was changed.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

export const latestSchemaVersion = Math.max(...migrations.map((migration) => migration.version))

/**
 * Runs the migrations the file has not seen yet, each in its own transaction together with its
 * row in schemaMigrations (Kysely's Migrator does not wrap them on SQLite). Refuses a newer file.
 */
export async function migrate(
  db: Kysely<Database>,
  list: readonly Migration[] = migrations,
): Promise<number[]> {
  await db.schema
    .createTable('schemaMigrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('appliedAt', 'text', (c) => c.notNull())
    .execute()

  const row = await db
    .selectFrom('schemaMigrations')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst()
  const current = row?.version ?? 0
  const known = Math.max(0, ...list.map((migration) => migration.version))
  if (current > known) throw new DatabaseTooNewError(current, known)

  const applied: number[] = []
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>)
      await trx
        .insertInto('schemaMigrations')
        .values({ version: migration.version, name: migration.name, appliedAt: new Date().toISOString() })
        .execute()
    })
    applied.push(migration.version)
  }
  if (applied.length > 0) await sql`pragma optimize`.execute(db)
  return applied
}

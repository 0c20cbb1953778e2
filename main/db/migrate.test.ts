import fs from 'node:fs'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { makeTicket, openTestShop, tempDatabaseFile, type TestShop } from '../../tests/support/shop'
import { integrityCheck, openDatabase, openSqlite } from './open'
import { DatabaseTooNewError, latestSchemaVersion, migrate } from './migrate'
import { migrations, type Migration } from './migrations'
import type { Database } from './schema'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function shop(): Promise<TestShop> {
  const opened = await openTestShop()
  cleanups.push(opened.close)
  return opened
}

function tempFile() {
  const temp = tempDatabaseFile()
  cleanups.push(temp.remove)
  return temp.file
}

/** A Kysely instance over a fresh file, with no migration run yet. */
function bareDatabase(): Kysely<Database> {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(tempFile()) }) })
  cleanups.push(() => db.destroy())
  return db
}

function tableNames(db: TestShop): string[] {
  return db.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[]
}

describe('migrations', () => {
  it('create every table of the schema in a new file', async () => {
    const opened = await shop()
    expect(tableNames(opened)).toEqual([
      'attachments',
      'auditLog',
      'cashMovements',
      'customerPhones',
      'customerSearchGrams',
      'customers',
      'devices',
      'documentSequences',
      'drawerSessions',
      'estimateLines',
      'estimates',
      'idempotencyKeys',
      'invoiceLines',
      'invoiceTaxNumbers',
      'invoices',
      'labourItems',
      'messageTemplates',
      'partBarcodes',
      'parts',
      'payments',
      'purchaseOrderLines',
      'purchaseOrders',
      'salesLineBuckets',
      'schemaMigrations',
      'sendOuts',
      'settings',
      'staff',
      'statusLabels',
      'stockCountLines',
      'stockCounts',
      'stockLevels',
      'stockMovements',
      'storeCredit',
      'suppliers',
      'ticketDeposits',
      'ticketEvents',
      'ticketParts',
      'tickets',
    ])
    const versions = await opened.db
      .selectFrom('schemaMigrations')
      .select('version')
      .orderBy('version')
      .execute()
    expect(versions.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version))
    expect(integrityCheck(opened.sqlite)).toBe('ok')
  })

  it('are numbered from 1 without gaps or repeats', () => {
    const versions = migrations.map((migration) => migration.version)
    expect(versions).toEqual(versions.map((_, index) => index + 1))
    expect(latestSchemaVersion).toBe(versions.length)
  })

  it('do nothing when a migrated file is opened again', async () => {
    const file = tempFile()
    const first = await openDatabase(file)
    const schema = first.sqlite.prepare('select type, name, sql from sqlite_master order by name').all()
    await first.close()

    const again = await openDatabase(file)
    cleanups.push(again.close)
    expect(await migrate(again.db)).toEqual([])
    expect(again.sqlite.prepare('select type, name, sql from sqlite_master order by name').all()).toEqual(
      schema,
    )
    const rows = await again.db.selectFrom('schemaMigrations').selectAll().execute()
    expect(rows).toHaveLength(migrations.length)
  })

  it('apply in version order whatever order they are listed in', async () => {
    const db = bareDatabase()
    const applied: number[] = []
    const step = (version: number): Migration => ({
      version,
      name: `step${version}`,
      up: () => {
        applied.push(version)
        return Promise.resolve()
      },
    })
    expect(await migrate(db, [step(3), step(1), step(2)])).toEqual([1, 2, 3])
    expect(applied).toEqual([1, 2, 3])
  })

  it('roll a failing migration back entirely, leaving the earlier ones in place', async () => {
    const db = bareDatabase()
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up: async (trx) => {
        await sql`create table "halfDone" ("id" integer primary key)`.execute(trx)
        await sql`insert into "halfDone" ("id") values (1)`.execute(trx)
        throw new Error('the migration failed half-way')
      },
    }
    await expect(migrate(db, [...migrations, broken])).rejects.toThrow('half-way')
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
      db,
    )
    expect(tables.rows.map((row) => row.name)).not.toContain('halfDone')
    expect(tables.rows.map((row) => row.name)).toContain('tickets')
    const versions = await db.selectFrom('schemaMigrations').select('version').execute()
    expect(versions.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version))
  })

  it('refuse a file written by a newer version, and leave it as it was', async () => {
    const file = tempFile()
    const opened = await openDatabase(file)
    await opened.db
      .insertInto('schemaMigrations')
      .values({
        version: latestSchemaVersion + 1,
        name: 'from the future',
        appliedAt: new Date().toISOString(),
      })
      .execute()
    await opened.close()
    const before = fs.readFileSync(file)

    const error: unknown = await openDatabase(file).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as DatabaseTooNewError).found).toBe(latestSchemaVersion + 1)
    expect((error as DatabaseTooNewError).known).toBe(latestSchemaVersion)
    expect((error as Error).message).toMatch(/newer version/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)

    // The refusal closed the file: it can be opened again, and still says it is too new.
    const raw = openSqlite(file)
    expect(raw.prepare('select max(version) from schemaMigrations').pluck().get()).toBe(
      latestSchemaVersion + 1,
    )
    raw.close()
  })
})

describe('the opened database', () => {
  it('runs in WAL mode with foreign keys, full synchronous writes and a busy timeout', async () => {
    const opened = await shop()
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
  })

  it('refuses a row that points at nothing', async () => {
    const opened = await shop()
    const now = new Date().toISOString()
    await expect(
      opened.db
        .insertInto('devices')
        .values({
          id: '00000000-0000-7000-8000-000000000000',
          customerId: 'no such customer',
          category: 'phone',
          brand: 'Apple',
          model: '',
          serial: '',
          serialReversed: '',
          purchaseDate: null,
          warrantyEnd: null,
          notes: '',
          createdAt: now,
          updatedAt: now,
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/)
  })

  it('keeps one settings row only', async () => {
    const opened = await shop()
    expect(() =>
      opened.sqlite
        .prepare(
          `insert into settings (id, outletName, outletCode, address, phone, currency, receiptTerms, updatedAt)
           values (2, 'x', 'XX', '', '', 'CNY', '', '')`,
        )
        .run(),
    ).toThrow(/CHECK constraint/)
  })
})

describe('ledgers', () => {
  for (const table of ['ticketDeposits', 'ticketEvents', 'auditLog'] as const) {
    it(`refuses to edit or delete a row of ${table}`, async () => {
      const opened = await shop()
      await makeTicket(opened, { estimateMinor: 20000, depositMinor: 5000 })
      const count = () => opened.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number
      const rows = count()
      expect(rows).toBeGreaterThan(0)
      expect(() => opened.sqlite.prepare(`update "${table}" set "actorId" = 'someone else'`).run()).toThrow(
        `${table} is append-only`,
      )
      expect(() => opened.sqlite.prepare(`delete from "${table}"`).run()).toThrow(`${table} is append-only`)
      expect(count()).toBe(rows)
      expect(
        opened.sqlite
          .prepare(`select count(*) from "${table}" where "actorId" = 'someone else'`)
          .pluck()
          .get(),
      ).toBe(0)
    })
  }
})

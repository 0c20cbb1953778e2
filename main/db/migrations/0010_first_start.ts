import { sql, type Kysely } from 'kysely'

/**
 * When the shop finished its first-start setup (null: not yet, and the app shows the setup before the
 * counter). A shop that already has its settings row when this runs has been in use: it counts as set up.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('settings').addColumn('setupCompletedAt', 'text').execute()
  await sql`update "settings" set "setupCompletedAt" = "updatedAt"`.execute(db)
}

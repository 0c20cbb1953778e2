import type { Kysely } from 'kysely'

/**
 * A money write happens once: each write names a key made when its form opened, and its answer is
 * kept under that key in the same transaction as the write. A repeated request (a second key press, a
 * retry after a lost answer) finds the key and is answered from here instead of writing again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('idempotencyKeys')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('method', 'text', (c) => c.notNull())
    /** SHA-256 of the method and the input: the same key with another request is refused. */
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    /** The first answer, as JSON. */
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()
}

import type { Kysely } from 'kysely'

/** Stock counts: a count freezes the expected quantities of its scope, takes counted ones, and posts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stockCounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    /** 'all', 'category' or 'bin'; scopeValue names the category or bin. */
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scopeValue', 'text', (c) => c.notNull())
    /** 'open', 'posted' or 'cancelled'. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('closedAt', 'text')
    .addColumn('closedBy', 'text', (c) => c.references('staff.id'))
    .execute()
  await db.schema.createIndex('stockCounts_status').on('stockCounts').columns(['status', 'id']).execute()

  await db.schema
    .createTable('stockCountLines')
    .addColumn('countId', 'text', (c) => c.notNull().references('stockCounts.id'))
    .addColumn('partId', 'text', (c) => c.notNull().references('parts.id'))
    /** On hand when the count started (frozen). */
    .addColumn('expected', 'integer', (c) => c.notNull())
    /** Null until counted. */
    .addColumn('counted', 'integer')
    /** The average cost when the count started, to value the variance. */
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stockCountLines_pk', ['countId', 'partId'])
    .execute()
}

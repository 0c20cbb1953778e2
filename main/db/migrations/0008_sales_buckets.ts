import { sql, type Kysely } from 'kysely'

/**
 * The sales report's lines summed per UTC hour, document kind, line kind and part category, kept
 * with each document (main/services/salesBuckets.ts). A year of a busy outlet is some 200,000 lines
 * but at most 8,784 hours, so the report reads these sums instead of the lines whenever the shop's
 * local day starts on a whole UTC hour. Filled here from the documents already issued.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('salesLineBuckets')
    /** The UTC hour of the documents' issuedAt: 'YYYY-MM-DDTHH', its first 13 characters. */
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('documentKind', 'text', (c) => c.notNull())
    .addColumn('lineKind', 'text', (c) => c.notNull())
    /** The part's category; '' for lines without a part or a part without a category. */
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('totalMinor', 'integer', (c) => c.notNull())
    .addColumn('costMinor', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('salesLineBuckets_pk', ['hour', 'documentKind', 'lineKind', 'category'])
    .execute()
  await sql`${sql.raw(salesBucketsBackfill)}`.execute(db)
}

/** Every document's lines summed into their buckets (the bench's generator runs it too). */
export const salesBucketsBackfill = `insert into "salesLineBuckets"
  ("hour", "documentKind", "lineKind", "category", "totalMinor", "costMinor")
  select substr(i."issuedAt", 1, 13), i."kind", l."kind", coalesce(p."category", ''),
         sum(l."totalMinor"), sum(l."unitCostMinor" * l."quantity")
  from "invoices" i
  join "invoiceLines" l on l."invoiceId" = i."id"
  left join "parts" p on p."id" = l."partId"
  group by substr(i."issuedAt", 1, 13), i."kind", l."kind", coalesce(p."category", '')`

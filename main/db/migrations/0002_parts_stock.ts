import { sql, type Kysely } from 'kysely'

/** Parts stock: suppliers, the catalogue with barcodes, the append-only stock ledger and its cache. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('settings')
    .addColumn('allowNegativeStock', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('paymentTerms', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('compatibleModels', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('priceMinor', 'integer', (c) => c.notNull())
    .addColumn('reorderPoint', 'integer', (c) => c.notNull())
    .addColumn('reorderQuantity', 'integer', (c) => c.notNull())
    .addColumn('bin', 'text', (c) => c.notNull())
    .addColumn('defaultSupplierId', 'text', (c) => c.references('suppliers.id'))
    .addColumn('serialized', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    /** Lower-cased name, brand, models, SKU and barcodes: what the catalogue search looks in. */
    .addColumn('searchText', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('parts_supplier').on('parts').column('defaultSupplierId').execute()

  await db.schema
    .createTable('partBarcodes')
    .addColumn('barcode', 'text', (c) => c.primaryKey())
    .addColumn('partId', 'text', (c) => c.notNull().references('parts.id').onDelete('cascade'))
    .execute()
  await db.schema.createIndex('partBarcodes_part').on('partBarcodes').column('partId').execute()

  await db.schema
    .createTable('stockMovements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partId', 'text', (c) => c.notNull().references('parts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull())
    .addColumn('balanceAfter', 'integer', (c) => c.notNull())
    /** The moving-average unit cost right after this movement: stock can be valued at any date. */
    .addColumn('averageCostAfter', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('documentType', 'text')
    .addColumn('documentId', 'text')
    .addColumn('actorId', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()
  // A part's history newest first (ids are time-ordered), and the day's movements for the report.
  await db.schema.createIndex('stockMovements_part').on('stockMovements').columns(['partId', 'id']).execute()
  await db.schema.createIndex('stockMovements_createdAt').on('stockMovements').column('createdAt').execute()
  // A part's balance at a date: its last movement before that date, found inside this one index
  // (the id is in it, so no table row is read per part).
  await db.schema
    .createIndex('stockMovements_partCreatedAt')
    .on('stockMovements')
    .columns(['partId', 'createdAt', 'id'])
    .execute()
  await db.schema
    .createIndex('stockMovements_document')
    .on('stockMovements')
    .columns(['documentType', 'documentId'])
    .execute()

  // The cached on-hand figure and moving-average cost, written in the same transaction as each
  // movement; a test proves it equals the ledger's sum.
  await db.schema
    .createTable('stockLevels')
    .addColumn('partId', 'text', (c) => c.primaryKey().references('parts.id'))
    .addColumn('onHand', 'integer', (c) => c.notNull())
    .addColumn('averageCostMinor', 'integer', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()

  for (const operation of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger "stockMovements_no_${operation}" before ${operation} on "stockMovements" ` +
          `begin select raise(abort, 'stockMovements is append-only'); end`,
      )
      .execute(db)
  }
}

import type { Kysely } from 'kysely'

/** Purchase orders to suppliers and their lines; receiving a line posts a receipt to the stock ledger. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('purchaseOrders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('supplierId', 'text', (c) => c.notNull().references('suppliers.id'))
    /** draft → ordered → partly_received → received; or cancelled. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('orderedAt', 'text')
    .addColumn('closedAt', 'text')
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .createIndex('purchaseOrders_status')
    .on('purchaseOrders')
    .columns(['status', 'id'])
    .execute()
  await db.schema
    .createIndex('purchaseOrders_supplier')
    .on('purchaseOrders')
    .columns(['supplierId', 'id'])
    .execute()

  await db.schema
    .createTable('purchaseOrderLines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('orderId', 'text', (c) => c.notNull().references('purchaseOrders.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('partId', 'text', (c) => c.notNull().references('parts.id'))
    .addColumn('quantityOrdered', 'integer', (c) => c.notNull())
    .addColumn('quantityReceived', 'integer', (c) => c.notNull().defaultTo(0))
    /** The cost agreed when ordering; receiving records the actual cost on the stock movement. */
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('purchaseOrderLines_order')
    .on('purchaseOrderLines')
    .columns(['orderId', 'position'])
    .execute()
  await db.schema.createIndex('purchaseOrderLines_part').on('purchaseOrderLines').column('partId').execute()
}

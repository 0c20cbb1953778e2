import { sql, type Kysely } from 'kysely'

/** Store settings, staff, customers with their search grams, devices, tickets and their ledgers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('outletName', 'text', (c) => c.notNull())
    .addColumn('outletCode', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('receiptTerms', 'text', (c) => c.notNull())
    .addColumn('defaultLanguage', 'text')
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('searchKey', 'integer', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('customerPhones')
    .addColumn('customerId', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('phoneReversed', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customerPhones_pk', ['customerId', 'position'])
    .execute()
  await db.schema.createIndex('customerPhones_phone').on('customerPhones').column('phone').execute()
  await db.schema
    .createIndex('customerPhones_reversed')
    .on('customerPhones')
    .column('phoneReversed')
    .execute()

  await db.schema
    .createTable('customerSearchGrams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('customerKey', 'integer', (c) =>
      c.notNull().references('customers.searchKey').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('customerSearchGrams_pk', ['gram', 'customerKey'])
    .modifyEnd(sql`without rowid`)
    .execute()
  await db.schema
    .createIndex('customerSearchGrams_customer')
    .on('customerSearchGrams')
    .column('customerKey')
    .execute()

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customerId', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('serialReversed', 'text', (c) => c.notNull())
    .addColumn('purchaseDate', 'text')
    .addColumn('warrantyEnd', 'text')
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('devices_customer').on('devices').columns(['customerId', 'id']).execute()
  await db.schema.createIndex('devices_serial').on('devices').column('serial').execute()
  await db.schema.createIndex('devices_serialReversed').on('devices').column('serialReversed').execute()

  await db.schema
    .createTable('documentSequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('nextValue', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customerId', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('deviceId', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('reportedFault', 'text', (c) => c.notNull())
    .addColumn('accessories', 'text', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('unlockCode', 'text', (c) => c.notNull())
    .addColumn('estimateMinor', 'integer')
    .addColumn('depositMinor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('promisedAt', 'text')
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  // Ids are UUIDv7 (time-ordered), so "newest first" is "id descending" and these indexes serve paging.
  await db.schema.createIndex('tickets_status').on('tickets').columns(['status', 'id']).execute()
  await db.schema.createIndex('tickets_customer').on('tickets').columns(['customerId', 'id']).execute()
  await db.schema.createIndex('tickets_device').on('tickets').columns(['deviceId', 'id']).execute()
  await db.schema.createIndex('tickets_createdAt').on('tickets').column('createdAt').execute()

  await db.schema
    .createTable('ticketEvents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fromStatus', 'text')
    .addColumn('toStatus', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('amountMinor', 'integer')
    .addColumn('actorId', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ticketEvents_ticket').on('ticketEvents').columns(['ticketId', 'id']).execute()

  await db.schema
    .createTable('ticketDeposits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('amountMinor', 'integer', (c) => c.notNull())
    .addColumn('tender', 'text', (c) => c.notNull())
    .addColumn('actorId', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ticketDeposits_ticket').on('ticketDeposits').column('ticketId').execute()

  await db.schema
    .createTable('auditLog')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actorId', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entityId', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute()

  // Ledgers are append-only: a mistake is corrected by a new row, never by editing an old one.
  for (const table of ['ticketDeposits', 'ticketEvents', 'auditLog']) {
    for (const operation of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger "${table}_no_${operation}" before ${operation} on "${table}" ` +
            `begin select raise(abort, '${table} is append-only'); end`,
        )
        .execute(db)
    }
  }
}

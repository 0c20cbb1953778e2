import { sql, type Kysely } from 'kysely'

/**
 * Indexes the money screens need on a busy outlet's five years (measured in bench/): a credit note's
 * refunds (read with every invoice), and covering indexes for the sales report and money owed, so a
 * year is summed from the indexes without visiting the tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('payments_creditNote')
    .on('payments')
    .column('creditNoteId')
    .where(sql.ref('creditNoteId'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('payments_customer')
    .on('payments')
    .columns(['customerId', 'kind', 'creditNoteId', 'amountMinor'])
    .where(sql.ref('customerId'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('payments_report')
    .on('payments')
    .columns(['createdAt', 'kind', 'tender', 'amountMinor'])
    .execute()
  await db.schema
    .createIndex('invoices_report')
    .on('invoices')
    .columns(['issuedAt', 'kind', 'id', 'netMinor', 'discountMinor', 'taxMinor', 'totalMinor'])
    .execute()
  await db.schema
    .createIndex('invoices_owed')
    .on('invoices')
    .columns(['customerId', 'kind', 'totalMinor'])
    .where(sql.ref('customerId'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('invoiceLines_report')
    .on('invoiceLines')
    .columns(['invoiceId', 'kind', 'partId', 'totalMinor', 'unitCostMinor', 'quantity'])
    .execute()
  await db.schema
    .createIndex('ticketDeposits_report')
    .on('ticketDeposits')
    .columns(['createdAt', 'tender', 'amountMinor'])
    .execute()
}

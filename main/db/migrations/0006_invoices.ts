import { sql, type Kysely } from 'kysely'

/**
 * Money: invoices and credit notes with their lines, payments (in and out), store credit, and the
 * cash drawer with its movements. Issued documents and money ledgers are append-only: the database
 * itself refuses to change or delete them. A drawer session is written once more, when it closes,
 * and is frozen after that.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('drawerSessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    /** open → closed. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('floatMinor', 'integer', (c) => c.notNull())
    .addColumn('openedAt', 'text', (c) => c.notNull())
    .addColumn('openedBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('closedAt', 'text')
    .addColumn('closedBy', 'text', (c) => c.references('staff.id'))
    .addColumn('expectedMinor', 'integer')
    .addColumn('countedMinor', 'integer')
    .addColumn('varianceMinor', 'integer')
    /** JSON: { "10000": 3, "5000": 1, ... } denomination in minor units → count. */
    .addColumn('denominations', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    /** JSON: the Z report as it stood when the drawer closed (frozen). */
    .addColumn('zReport', 'text')
    .execute()
  // One drawer open at a time per database (one counter's drawer; several drawers come later).
  await db.schema
    .createIndex('drawerSessions_open')
    .on('drawerSessions')
    .column('status')
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute()
  await db.schema.createIndex('drawerSessions_openedAt').on('drawerSessions').column('openedAt').execute()

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** Gapless per outlet: SC01-I000001 for invoices, SC01-C000001 for credit notes. */
    .addColumn('number', 'text', (c) => c.notNull().unique())
    /** invoice | credit_note */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ticketId', 'text', (c) => c.references('tickets.id'))
    .addColumn('customerId', 'text', (c) => c.references('customers.id'))
    /** A credit note's invoice. */
    .addColumn('originalInvoiceId', 'text', (c) => c.references('invoices.id'))
    /** Why: the invoice discount's reason, or the credit note's (void, return, correction). */
    .addColumn('reason', 'text', (c) => c.notNull())
    /** A credit note that cancels the whole invoice. */
    .addColumn('isVoid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pricesIncludeTax', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('netMinor', 'integer', (c) => c.notNull())
    .addColumn('discountMinor', 'integer', (c) => c.notNull())
    .addColumn('taxMinor', 'integer', (c) => c.notNull())
    .addColumn('totalMinor', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('issuedAt', 'text', (c) => c.notNull())
    .addColumn('issuedBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('drawerSessionId', 'text', (c) => c.references('drawerSessions.id'))
    .execute()
  await db.schema.createIndex('invoices_issuedAt').on('invoices').columns(['issuedAt', 'id']).execute()
  await db.schema
    .createIndex('invoices_customer')
    .on('invoices')
    .columns(['customerId', 'issuedAt'])
    .execute()
  await db.schema
    .createIndex('invoices_ticket')
    .on('invoices')
    .column('ticketId')
    .where(sql.ref('ticketId'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('invoices_original')
    .on('invoices')
    .column('originalInvoiceId')
    .where(sql.ref('originalInvoiceId'), 'is not', null)
    .execute()

  await db.schema
    .createTable('invoiceLines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('invoiceId', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    /** labour | part | other */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('labourItemId', 'text', (c) => c.references('labourItems.id'))
    .addColumn('partId', 'text', (c) => c.references('parts.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    /** Positive on an invoice; a credit note's lines are positive too (the document's kind is the sign). */
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unitPriceMinor', 'integer', (c) => c.notNull())
    /** The line's own discount plus its share of the invoice discount, taken off before tax. */
    .addColumn('discountMinor', 'integer', (c) => c.notNull())
    .addColumn('discountReason', 'text', (c) => c.notNull())
    .addColumn('taxRateBp', 'integer', (c) => c.notNull())
    .addColumn('netMinor', 'integer', (c) => c.notNull())
    .addColumn('taxMinor', 'integer', (c) => c.notNull())
    .addColumn('totalMinor', 'integer', (c) => c.notNull())
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull())
    .addColumn('warrantyDays', 'integer', (c) => c.notNull())
    /** A credit note line: the invoice line it gives back. */
    .addColumn('originalLineId', 'text', (c) => c.references('invoiceLines.id'))
    /** A credit note line whose goods went back into stock. */
    .addColumn('restocked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .createIndex('invoiceLines_invoice')
    .on('invoiceLines')
    .columns(['invoiceId', 'position'])
    .execute()
  await db.schema
    .createIndex('invoiceLines_original')
    .on('invoiceLines')
    .column('originalLineId')
    .where(sql.ref('originalLineId'), 'is not', null)
    .execute()

  /** The official tax invoice (发票) number, issued elsewhere; the latest row is the current one. */
  await db.schema
    .createTable('invoiceTaxNumbers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('invoiceId', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('taxInvoiceNumber', 'text', (c) => c.notNull())
    .addColumn('recordedAt', 'text', (c) => c.notNull())
    .addColumn('recordedBy', 'text', (c) => c.notNull().references('staff.id'))
    .execute()
  await db.schema
    .createIndex('invoiceTaxNumbers_invoice')
    .on('invoiceTaxNumbers')
    .columns(['invoiceId', 'id'])
    .execute()

  /**
   * Money in and out. kind: payment (in, against an invoice), deposit_applied (an intake deposit
   * counted against the invoice; no new money), refund (out, by a credit note). tender: cash, card,
   * wechat, alipay, transfer, store_credit, deposit.
   */
  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('invoiceId', 'text', (c) => c.references('invoices.id'))
    .addColumn('creditNoteId', 'text', (c) => c.references('invoices.id'))
    .addColumn('customerId', 'text', (c) => c.references('customers.id'))
    .addColumn('tender', 'text', (c) => c.notNull())
    /** Always positive; the kind says the direction. */
    .addColumn('amountMinor', 'integer', (c) => c.notNull())
    /** Cash handed over and change given back (cash payments). */
    .addColumn('tenderedMinor', 'integer')
    .addColumn('changeMinor', 'integer', (c) => c.notNull().defaultTo(0))
    /** A card slip or mobile payment transaction number. */
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('drawerSessionId', 'text', (c) => c.references('drawerSessions.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .execute()
  await db.schema
    .createIndex('payments_invoice')
    .on('payments')
    .column('invoiceId')
    .where(sql.ref('invoiceId'), 'is not', null)
    .execute()
  await db.schema.createIndex('payments_createdAt').on('payments').columns(['createdAt', 'id']).execute()
  await db.schema
    .createIndex('payments_drawer')
    .on('payments')
    .column('drawerSessionId')
    .where(sql.ref('drawerSessionId'), 'is not', null)
    .execute()

  /** A customer's store credit: signed movements; the balance is their sum. */
  await db.schema
    .createTable('storeCredit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customerId', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('amountMinor', 'integer', (c) => c.notNull())
    .addColumn('invoiceId', 'text', (c) => c.references('invoices.id'))
    .addColumn('paymentId', 'text', (c) => c.references('payments.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .execute()
  await db.schema
    .createIndex('storeCredit_customer')
    .on('storeCredit')
    .columns(['customerId', 'id'])
    .execute()

  /**
   * Cash in and out of a drawer session, signed: the float, cash sales and deposits in, change is
   * already netted, refunds and paid-outs out. The drawer's expected cash is their sum.
   */
  await db.schema
    .createTable('cashMovements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sessionId', 'text', (c) => c.notNull().references('drawerSessions.id'))
    /** float | sale | deposit | refund | paid_in | paid_out */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amountMinor', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('paymentId', 'text', (c) => c.references('payments.id'))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .execute()
  await db.schema
    .createIndex('cashMovements_session')
    .on('cashMovements')
    .columns(['sessionId', 'id'])
    .execute()

  /** Deposits taken at intake go into the drawer open at the time. */
  await db.schema
    .alterTable('ticketDeposits')
    .addColumn('drawerSessionId', 'text', (c) => c.references('drawerSessions.id'))
    .execute()

  for (const table of [
    'invoices',
    'invoiceLines',
    'invoiceTaxNumbers',
    'payments',
    'storeCredit',
    'cashMovements',
  ]) {
    for (const operation of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger "${table}_no_${operation}" before ${operation} on "${table}" ` +
            `begin select raise(abort, '${table} is append-only: issued documents and money are never changed'); end`,
        )
        .execute(db)
    }
  }
  await sql
    .raw(
      `create trigger "drawerSessions_no_delete" before delete on "drawerSessions" ` +
        `begin select raise(abort, 'drawer sessions are kept'); end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger "drawerSessions_frozen" before update on "drawerSessions" when old.status = 'closed' ` +
        `begin select raise(abort, 'a closed drawer session is frozen'); end`,
    )
    .execute(db)
}

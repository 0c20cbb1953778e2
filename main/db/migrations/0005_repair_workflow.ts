import { sql, type Kysely } from 'kysely'

/**
 * The repair workflow: technicians on tickets, the owner's labels inside a status, the labour
 * catalogue, estimates with their approval, parts reserved and used on a ticket, devices sent out,
 * attachments, message templates and repeat (warranty) repairs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('staff_code').on('staff').column('code').unique().execute()

  await db.schema
    .createTable('statusLabels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('statusLabels_status')
    .on('statusLabels')
    .columns(['status', 'position'])
    .execute()

  await db.schema
    .alterTable('tickets')
    .addColumn('assignedTo', 'text', (c) => c.references('staff.id'))
    .execute()
  await db.schema
    .alterTable('tickets')
    .addColumn('statusLabelId', 'text', (c) => c.references('statusLabels.id'))
    .execute()
  /** The earlier ticket whose repair warranty this one is claimed under. */
  await db.schema
    .alterTable('tickets')
    .addColumn('warrantyOfTicketId', 'text', (c) => c.references('tickets.id'))
    .execute()
  /** When the device was handed back: the repair warranty runs from here. */
  await db.schema.alterTable('tickets').addColumn('collectedAt', 'text').execute()
  /** Set when a special-ordered part for this ticket arrives; cleared when the repair goes on. */
  await db.schema.alterTable('tickets').addColumn('partsArrivedAt', 'text').execute()
  await db.schema
    .createIndex('tickets_assigned')
    .on('tickets')
    .columns(['assignedTo', 'status'])
    .where(sql.ref('assignedTo'), 'is not', null)
    .execute()
  await db.schema
    .createIndex('tickets_warrantyOf')
    .on('tickets')
    .column('warrantyOfTicketId')
    .where(sql.ref('warrantyOfTicketId'), 'is not', null)
    .execute()

  /** Customer-facing events may be shown or told to the customer; internal ones never. */
  await db.schema
    .alterTable('ticketEvents')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('internal'))
    .execute()
  /** JSON: what the event is about (technician, estimate version, part, tracking number...). */
  await db.schema
    .alterTable('ticketEvents')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute()

  /** The shop's own tax rate (basis points) and whether its prices include it. */
  await db.schema
    .alterTable('settings')
    .addColumn('taxRateBp', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('settings')
    .addColumn('pricesIncludeTax', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema
    .createTable('labourItems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('priceMinor', 'integer', (c) => c.notNull())
    .addColumn('standardMinutes', 'integer', (c) => c.notNull())
    .addColumn('warrantyDays', 'integer', (c) => c.notNull())
    .addColumn('taxRateBp', 'integer')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('searchText', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('estimates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    /** draft → sent → approved | declined; an earlier version is superseded. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pricesIncludeTax', 'integer', (c) => c.notNull())
    .addColumn('subtotalMinor', 'integer', (c) => c.notNull())
    .addColumn('taxMinor', 'integer', (c) => c.notNull())
    .addColumn('totalMinor', 'integer', (c) => c.notNull())
    .addColumn('costMinor', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('sentAt', 'text')
    .addColumn('sentBy', 'text', (c) => c.references('staff.id'))
    .addColumn('decidedAt', 'text')
    /** How the customer answered: in_person, phone, message. */
    .addColumn('decisionChannel', 'text')
    .addColumn('decisionRecordedBy', 'text', (c) => c.references('staff.id'))
    .addColumn('decisionNote', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema
    .createIndex('estimates_ticket')
    .on('estimates')
    .columns(['ticketId', 'version'])
    .unique()
    .execute()
  await db.schema
    .createTable('estimateLines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('estimateId', 'text', (c) => c.notNull().references('estimates.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    /** labour, part or other. */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('labourItemId', 'text', (c) => c.references('labourItems.id'))
    .addColumn('partId', 'text', (c) => c.references('parts.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unitPriceMinor', 'integer', (c) => c.notNull())
    .addColumn('taxRateBp', 'integer', (c) => c.notNull())
    .addColumn('netMinor', 'integer', (c) => c.notNull())
    .addColumn('taxMinor', 'integer', (c) => c.notNull())
    .addColumn('totalMinor', 'integer', (c) => c.notNull())
    /** What the line costs the shop (parts at average cost); kept for warranty work too. */
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull())
    .addColumn('warrantyDays', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('estimateLines_estimate')
    .on('estimateLines')
    .columns(['estimateId', 'position'])
    .execute()

  /**
   * Parts set aside for, used on, or returned from a ticket. A reserved row lowers the part's
   * available quantity (stockLevels.reserved caches the sum); using posts a repair_use movement.
   */
  await db.schema
    .createTable('ticketParts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('partId', 'text', (c) => c.notNull().references('parts.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    /** reserved → used → returned; or reserved → released. */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unitCostMinor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('ticketParts_ticket').on('ticketParts').columns(['ticketId', 'id']).execute()
  await db.schema
    .createIndex('ticketParts_reserved')
    .on('ticketParts')
    .column('partId')
    .where(sql.ref('status'), '=', 'reserved')
    .execute()
  await db.schema
    .alterTable('stockLevels')
    .addColumn('reserved', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  /** A purchase order line bought for one ticket (a special order). */
  await db.schema
    .alterTable('purchaseOrderLines')
    .addColumn('ticketId', 'text', (c) => c.references('tickets.id'))
    .execute()
  await db.schema
    .createIndex('purchaseOrderLines_ticket')
    .on('purchaseOrderLines')
    .column('ticketId')
    .where(sql.ref('ticketId'), 'is not', null)
    .execute()

  await db.schema
    .createTable('sendOuts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('sentAt', 'text', (c) => c.notNull())
    .addColumn('trackingNumber', 'text', (c) => c.notNull())
    .addColumn('expectedBackAt', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('sentBy', 'text', (c) => c.notNull().references('staff.id'))
    .addColumn('returnedAt', 'text')
    .addColumn('returnNote', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('returnedBy', 'text', (c) => c.references('staff.id'))
    .execute()
  await db.schema.createIndex('sendOuts_ticket').on('sendOuts').columns(['ticketId', 'sentAt']).execute()

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticketId', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('fileName', 'text', (c) => c.notNull())
    .addColumn('mimeType', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    /** Path inside the data folder's attachments/ directory. */
    .addColumn('storedName', 'text', (c) => c.notNull())
    .addColumn('thumbnailName', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('createdAt', 'text', (c) => c.notNull())
    .addColumn('createdBy', 'text', (c) => c.notNull().references('staff.id'))
    .execute()
  await db.schema.createIndex('attachments_ticket').on('attachments').columns(['ticketId', 'id']).execute()

  /** The owner's wording of a status message in one language; the built-in text applies otherwise. */
  await db.schema
    .createTable('messageTemplates')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updatedAt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('messageTemplates_pk', ['status', 'locale'])
    .execute()
}

/**
 * Table types for Kysely. Columns are camelCase in the database itself (Kysely quotes every
 * identifier, so this is portable to PostgreSQL) which spares a result-mapping plugin on hot paths.
 * Timestamps are UTC ISO-8601 text; money is integer minor units; booleans are 0/1.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'

export interface SchemaMigrationTable {
  version: number
  name: string
  appliedAt: string
}

export interface SettingsTable {
  id: ColumnType<1, 1 | undefined, never>
  outletName: string
  outletCode: string
  address: string
  phone: string
  currency: string
  receiptTerms: string
  defaultLanguage: string | null
  allowNegativeStock: ColumnType<number, number | undefined, number>
  /** Basis points (1300 = 13 %). */
  taxRateBp: ColumnType<number, number | undefined, number>
  pricesIncludeTax: ColumnType<number, number | undefined, number>
  updatedAt: string
  /** When the first-start setup was finished; null until then. */
  setupCompletedAt: ColumnType<string | null, string | null | undefined, string | null>
}

export interface StaffTable {
  id: string
  name: string
  code: string
  role: string
  active: number
  createdAt: string
}

export interface CustomerTable {
  id: string
  /** A compact per-outlet integer, so the search grams stay small; larger is newer. */
  searchKey: number
  name: string
  email: string
  address: string
  notes: string
  createdAt: string
  updatedAt: string
}

export interface CustomerPhoneTable {
  customerId: string
  position: number
  phone: string
  /** The phone written backwards, so "last four digits" is an indexed prefix search. */
  phoneReversed: string
}

/**
 * The customer search index (see services/customerSearch.ts): single characters and adjacent pairs
 * of Chinese names, and prefixes of Latin words and pinyin initials.
 */
export interface CustomerSearchGramTable {
  gram: string
  customerKey: number
}

export interface DeviceTable {
  id: string
  customerId: string
  category: string
  brand: string
  model: string
  serial: string
  serialReversed: string
  purchaseDate: string | null
  warrantyEnd: string | null
  notes: string
  createdAt: string
  updatedAt: string
}

export interface DocumentSequenceTable {
  name: string
  nextValue: number
}

export interface TicketTable {
  id: string
  number: string
  customerId: string
  deviceId: string
  status: string
  priority: string
  reportedFault: string
  /** JSON array of strings. */
  accessories: string
  condition: string
  unlockCode: string
  estimateMinor: number | null
  /** Cached sum of ticketDeposits for this ticket, updated in the same transaction. */
  depositMinor: number
  promisedAt: string | null
  createdAt: string
  updatedAt: string
  createdBy: string
  version: Generated<number>
  assignedTo: ColumnType<string | null, string | null | undefined, string | null>
  statusLabelId: ColumnType<string | null, string | null | undefined, string | null>
  warrantyOfTicketId: ColumnType<string | null, string | null | undefined, string | null>
  collectedAt: ColumnType<string | null, string | null | undefined, string | null>
  partsArrivedAt: ColumnType<string | null, string | null | undefined, string | null>
}

export interface TicketEventTable {
  id: string
  ticketId: string
  kind: string
  fromStatus: string | null
  toStatus: string | null
  note: string
  amountMinor: number | null
  actorId: string
  createdAt: string
  /** internal | customer */
  visibility: ColumnType<string, string | undefined, never>
  /** JSON object. */
  data: ColumnType<string, string | undefined, never>
}

export interface TicketDepositTable {
  id: string
  ticketId: string
  amountMinor: number
  tender: string
  actorId: string
  createdAt: string
  drawerSessionId: ColumnType<string | null, string | null | undefined, never>
}

export interface AuditLogTable {
  id: string
  at: string
  actorId: string
  action: string
  entity: string
  entityId: string
  data: string
}

export interface SupplierTable {
  id: string
  name: string
  contact: string
  phone: string
  email: string
  address: string
  paymentTerms: string
  notes: string
  active: number
  createdAt: string
  updatedAt: string
}

export interface PartTable {
  id: string
  sku: string
  name: string
  category: string
  brand: string
  compatibleModels: string
  unit: string
  priceMinor: number
  reorderPoint: number
  reorderQuantity: number
  bin: string
  defaultSupplierId: string | null
  serialized: number
  active: number
  searchText: string
  createdAt: string
  updatedAt: string
}

export interface PartBarcodeTable {
  barcode: string
  partId: string
}

/** The stock ledger: append-only; on hand is the sum of quantity per part. */
export interface StockMovementTable {
  id: string
  partId: string
  kind: string
  quantity: number
  unitCostMinor: number
  balanceAfter: number
  averageCostAfter: number
  reason: string
  note: string
  documentType: string | null
  documentId: string | null
  actorId: string
  createdAt: string
}

export interface StockLevelTable {
  partId: string
  onHand: number
  averageCostMinor: number
  updatedAt: string
  /** Cached sum of ticketParts rows 'reserved' for this part, updated in the same transaction. */
  reserved: ColumnType<number, number | undefined, number>
}

export interface StockCountTable {
  id: string
  number: string
  scope: string
  scopeValue: string
  status: string
  note: string
  createdAt: string
  createdBy: string
  closedAt: string | null
  closedBy: string | null
}

export interface StockCountLineTable {
  countId: string
  partId: string
  expected: number
  counted: number | null
  unitCostMinor: number
  updatedAt: string
}

export interface PurchaseOrderTable {
  id: string
  number: string
  supplierId: string
  status: string
  note: string
  createdAt: string
  createdBy: string
  orderedAt: string | null
  closedAt: string | null
  updatedAt: string
  version: Generated<number>
}

export interface PurchaseOrderLineTable {
  id: string
  orderId: string
  position: number
  partId: string
  quantityOrdered: number
  quantityReceived: Generated<number>
  unitCostMinor: number
  /** A special order: the ticket this line was bought for. */
  ticketId: ColumnType<string | null, string | null | undefined, string | null>
}

export interface StatusLabelTable {
  id: string
  status: string
  name: string
  position: number
  active: ColumnType<number, number | undefined, number>
  createdAt: string
}

export interface LabourItemTable {
  id: string
  name: string
  category: string
  priceMinor: number
  standardMinutes: number
  warrantyDays: number
  /** Null: the shop's rate. */
  taxRateBp: number | null
  active: ColumnType<number, number | undefined, number>
  searchText: string
  createdAt: string
  updatedAt: string
}

export interface EstimateTable {
  id: string
  ticketId: string
  version: number
  status: string
  pricesIncludeTax: number
  subtotalMinor: number
  taxMinor: number
  totalMinor: number
  costMinor: number
  note: string
  createdAt: string
  createdBy: string
  sentAt: string | null
  sentBy: string | null
  decidedAt: string | null
  decisionChannel: string | null
  decisionRecordedBy: string | null
  decisionNote: ColumnType<string, string | undefined, string>
}

export interface EstimateLineTable {
  id: string
  estimateId: string
  position: number
  kind: string
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  taxRateBp: number
  netMinor: number
  taxMinor: number
  totalMinor: number
  unitCostMinor: number
  warrantyDays: number
}

export interface TicketPartTable {
  id: string
  ticketId: string
  partId: string
  quantity: number
  status: string
  unitCostMinor: ColumnType<number, number | undefined, number>
  createdAt: string
  createdBy: string
  updatedAt: string
}

export interface SendOutTable {
  id: string
  ticketId: string
  partner: string
  sentAt: string
  trackingNumber: string
  expectedBackAt: string | null
  note: string
  sentBy: string
  returnedAt: string | null
  returnNote: ColumnType<string, string | undefined, string>
  returnedBy: string | null
}

export interface AttachmentTable {
  id: string
  ticketId: string
  fileName: string
  mimeType: string
  size: number
  storedName: string
  thumbnailName: string | null
  visibility: string
  createdAt: string
  createdBy: string
}

export interface MessageTemplateTable {
  status: string
  locale: string
  body: string
  updatedAt: string
}

export interface DrawerSessionTable {
  id: string
  number: string
  status: string
  floatMinor: number
  openedAt: string
  openedBy: string
  closedAt: string | null
  closedBy: string | null
  expectedMinor: number | null
  countedMinor: number | null
  varianceMinor: number | null
  denominations: string | null
  note: ColumnType<string, string | undefined, string>
  zReport: string | null
}

export interface InvoiceTable {
  id: string
  number: string
  kind: string
  ticketId: string | null
  customerId: string | null
  originalInvoiceId: string | null
  reason: string
  isVoid: ColumnType<number, number | undefined, never>
  pricesIncludeTax: number
  currency: string
  netMinor: number
  discountMinor: number
  taxMinor: number
  totalMinor: number
  note: string
  issuedAt: string
  issuedBy: string
  drawerSessionId: string | null
}

export interface InvoiceLineTable {
  id: string
  invoiceId: string
  position: number
  kind: string
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  discountMinor: number
  discountReason: string
  taxRateBp: number
  netMinor: number
  taxMinor: number
  totalMinor: number
  unitCostMinor: number
  warrantyDays: number
  originalLineId: string | null
  restocked: ColumnType<number, number | undefined, never>
}

/** The sales report's line sums per UTC hour ('YYYY-MM-DDTHH'), document kind, line kind and category. */
export interface SalesLineBucketTable {
  hour: string
  documentKind: string
  lineKind: string
  category: string
  totalMinor: number
  costMinor: number
}

export interface InvoiceTaxNumberTable {
  id: string
  invoiceId: string
  taxInvoiceNumber: string
  recordedAt: string
  recordedBy: string
}

export interface PaymentTable {
  id: string
  kind: string
  invoiceId: string | null
  creditNoteId: string | null
  customerId: string | null
  tender: string
  amountMinor: number
  tenderedMinor: number | null
  changeMinor: ColumnType<number, number | undefined, never>
  reference: string
  drawerSessionId: string | null
  createdAt: string
  createdBy: string
}

export interface StoreCreditTable {
  id: string
  customerId: string
  amountMinor: number
  invoiceId: string | null
  paymentId: string | null
  reason: string
  createdAt: string
  createdBy: string
}

export interface CashMovementTable {
  id: string
  sessionId: string
  kind: string
  amountMinor: number
  reason: string
  paymentId: string | null
  createdAt: string
  createdBy: string
}

/** The first answer of each money write, under the key its form made (0009). */
export interface IdempotencyKeyTable {
  key: string
  method: string
  fingerprint: string
  response: string
  createdAt: string
}

export interface Database {
  schemaMigrations: SchemaMigrationTable
  settings: SettingsTable
  staff: StaffTable
  customers: CustomerTable
  customerPhones: CustomerPhoneTable
  customerSearchGrams: CustomerSearchGramTable
  devices: DeviceTable
  documentSequences: DocumentSequenceTable
  tickets: TicketTable
  ticketEvents: TicketEventTable
  ticketDeposits: TicketDepositTable
  auditLog: AuditLogTable
  suppliers: SupplierTable
  parts: PartTable
  partBarcodes: PartBarcodeTable
  stockMovements: StockMovementTable
  stockLevels: StockLevelTable
  stockCounts: StockCountTable
  stockCountLines: StockCountLineTable
  purchaseOrders: PurchaseOrderTable
  purchaseOrderLines: PurchaseOrderLineTable
  statusLabels: StatusLabelTable
  labourItems: LabourItemTable
  estimates: EstimateTable
  estimateLines: EstimateLineTable
  ticketParts: TicketPartTable
  sendOuts: SendOutTable
  attachments: AttachmentTable
  messageTemplates: MessageTemplateTable
  drawerSessions: DrawerSessionTable
  invoices: InvoiceTable
  invoiceLines: InvoiceLineTable
  invoiceTaxNumbers: InvoiceTaxNumberTable
  salesLineBuckets: SalesLineBucketTable
  idempotencyKeys: IdempotencyKeyTable
  payments: PaymentTable
  storeCredit: StoreCreditTable
  cashMovements: CashMovementTable
}

export type TicketRow = Selectable<TicketTable>
export type NewTicket = Insertable<TicketTable>
export type DeviceRow = Selectable<DeviceTable>
export type CustomerRow = Selectable<CustomerTable>

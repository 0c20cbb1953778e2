/**
 * The API of Service Center: every method's name with the zod schemas of its input and output.
 * Both doors (Electron IPC and loopback HTTP) serve exactly these methods; the renderer calls them
 * through one typed client. Types come from `z.infer`, never written twice.
 *
 * Validation messages are stable keys (`required`, `tooLong`...): the UI translates them under
 * `validation.*`, programs integrating over HTTP can switch on them.
 */
import { z } from 'zod'
import { id, isoDateTime, limit, optionalText, page, requiredText } from './schemas/fields'
import {
  customerInputSchema,
  customerSchema,
  customerSummarySchema,
  deviceInputSchema,
  deviceMatchSchema,
  deviceSchema,
  intakeInputSchema,
  localeSchema,
  printTargets,
  receiptLayouts,
  settingsSchema,
  ticketDetailSchema,
  ticketStatusSchema,
  ticketSummarySchema,
} from './schemas/counter'
import {
  adjustInputSchema,
  partInputSchema,
  partSchema,
  partSummarySchema,
  receiveInputSchema,
  stockMovementSchema,
  supplierInputSchema,
  supplierSchema,
} from './schemas/stock'

import {
  stockCountIdSchema,
  stockCountLineSchema,
  stockCountRecordSchema,
  stockCountSchema,
  stockCountStartSchema,
  stockCountSummarySchema,
  countStatuses,
  stockReportInputSchema,
  stockReportSchema,
  stockValuationSchema,
} from './schemas/stockReports'

import {
  partImportInputSchema,
  partImportResultSchema,
  purchaseOrderInputSchema,
  purchaseOrderListSchema,
  purchaseOrderPageSchema,
  purchaseOrderReceiveSchema,
  purchaseOrderSchema,
  purchaseOrderUpdateSchema,
  reorderSuggestionSchema,
} from './schemas/purchasing'

import {
  staffInputSchema,
  staffSchema,
  statusLabelSchema,
  ticketUpdateSchema,
  warrantyCheckSchema,
} from './schemas/staff'
import { assignInputSchema, boardFilterSchema, boardSchema, boardTicketSchema } from './schemas/workshop'
import {
  estimateDecideSchema,
  estimateSaveSchema,
  estimateSchema,
  labourItemInputSchema,
  labourItemSchema,
} from './schemas/estimates'
import {
  sendOutInputSchema,
  sendOutReturnSchema,
  sendOutSchema,
  specialOrderSchema,
  ticketPartAddSchema,
  ticketPartSchema,
} from './schemas/ticketParts'
import {
  attachmentAddSchema,
  attachmentSchema,
  messageTemplateSaveSchema,
  messageTemplateSchema,
  messageToldSchema,
  noteInputSchema,
} from './schemas/messages'
import { ticketStatuses } from './domain/status'
import {
  invoiceListSchema,
  invoicePageSchema,
  invoicePreviewInputSchema,
  invoicePreviewSchema,
  invoiceSchema,
  invoiceSummarySchema,
  paymentInputSchema,
  pickupInputSchema,
  saleInputSchema,
} from './schemas/invoices'
import {
  drawerCloseSchema,
  drawerListSchema,
  drawerMoveSchema,
  drawerPageSchema,
  drawerSessionSchema,
  refundInputSchema,
  voidInputSchema,
  zReportSchema,
} from './schemas/creditNotes'
import {
  accountingExportSchema,
  balancesInputSchema,
  balancesPageSchema,
  salesReportInputSchema,
  salesReportSchema,
  statementInputSchema,
  statementSchema,
} from './schemas/sales'

export * from './schemas/counter'
export * from './schemas/staff'
export * from './schemas/workshop'
export * from './schemas/estimates'
export * from './schemas/ticketParts'
export * from './schemas/messages'
export * from './schemas/invoices'
export * from './schemas/creditNotes'
export * from './schemas/sales'
export * from './schemas/stock'
export * from './schemas/stockReports'
export * from './schemas/purchasing'

// ---- The methods -----------------------------------------------------------------------------
export const contract = {
  'settings.get': { input: z.object({}), output: settingsSchema },
  'settings.update': { input: settingsSchema, output: settingsSchema },
  /** The first start: the shop's settings and its first staff members, once, on an empty shop. */
  'settings.completeSetup': {
    input: z.object({
      settings: settingsSchema,
      staff: z.array(staffInputSchema).min(1, { error: 'required' }).max(10, { error: 'tooMany' }),
    }),
    output: settingsSchema,
  },

  'customers.create': { input: customerInputSchema, output: customerSchema },
  'customers.update': { input: customerInputSchema.extend({ id }), output: customerSchema },
  'customers.get': {
    input: z.object({ id }),
    output: z.object({
      customer: customerSchema,
      devices: z.array(deviceSchema),
      tickets: z.array(ticketSummarySchema),
    }),
  },
  'customers.search': {
    input: z.object({ query: z.string().max(100), limit: limit(10, 50) }),
    output: z.array(customerSummarySchema),
  },
  'customers.list': {
    input: z.object({
      query: z.string().max(100).default(''),
      cursor: z.string().nullable().default(null),
      limit: limit(50, 200),
    }),
    output: page(customerSummarySchema),
  },

  'devices.create': { input: deviceInputSchema.extend({ customerId: id }), output: deviceSchema },
  'devices.update': { input: deviceInputSchema.extend({ id }), output: deviceSchema },

  'tickets.intake': { input: intakeInputSchema, output: ticketDetailSchema },
  'tickets.get': { input: z.object({ id }), output: ticketDetailSchema },
  'tickets.findByNumber': {
    input: z.object({ number: z.string().trim().min(1).max(40) }),
    output: ticketDetailSchema,
  },
  'tickets.revealUnlockCode': { input: z.object({ id }), output: z.object({ unlockCode: z.string() }) },
  'tickets.list': {
    input: z.object({
      status: z.union([ticketStatusSchema, z.literal('open'), z.literal('all')]).default('all'),
      query: z.string().max(100).default(''),
      createdFrom: isoDateTime.nullable().default(null),
      cursor: z.string().nullable().default(null),
      limit: limit(50, 200),
    }),
    output: page(ticketSummarySchema),
  },
  /**
   * Moves a ticket along the status machine (shared/domain/status.ts), with an optional note on its
   * timeline. `version` is the one the clerk saw: a ticket changed meanwhile is refused (CONFLICT).
   */
  'tickets.changeStatus': {
    input: z.object({
      id,
      version: z.number().int(),
      toStatus: ticketStatusSchema,
      note: optionalText(500).default(''),
    }),
    output: ticketDetailSchema,
  },
  /** Tickets per open status; closed statuses are counted in reports. */
  'tickets.countByStatus': {
    input: z.object({}),
    output: z.record(z.string(), z.number().int()),
  },

  // ---- Staff and who is working (issue 5) ----
  'staff.list': {
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.array(staffSchema),
  },
  'staff.create': { input: staffInputSchema, output: staffSchema },
  'staff.update': {
    input: staffInputSchema.extend({ id, active: z.boolean({ error: 'required' }) }),
    output: staffSchema,
  },
  /** The owner's labels inside statuses, in their order. */
  'statusLabels.list': { input: z.object({}), output: z.array(statusLabelSchema) },
  'statusLabels.create': {
    input: z.object({ status: z.enum(ticketStatuses, { error: 'invalid' }), name: requiredText(40) }),
    output: statusLabelSchema,
  },
  'statusLabels.update': {
    input: z.object({ id, name: requiredText(40), active: z.boolean({ error: 'required' }) }),
    output: statusLabelSchema,
  },
  /** The labels of one status in their new order (every label of that status, once). */
  'statusLabels.reorder': {
    input: z.object({ status: z.enum(ticketStatuses, { error: 'invalid' }), ids: z.array(id).max(50) }),
    output: z.array(statusLabelSchema),
  },
  /** A label of the ticket's current status, or none. */
  'tickets.setLabel': {
    input: z.object({ id, version: z.number().int(), statusLabelId: id.nullable() }),
    output: ticketDetailSchema,
  },
  /** Edits the details taken at intake; refused with CONFLICT when someone else changed the ticket. */
  'tickets.update': { input: ticketUpdateSchema, output: ticketDetailSchema },
  /** Warranties still running for a device: the manufacturer's, and our repairs'. */
  'tickets.warrantyCheck': { input: z.object({ deviceId: id }), output: warrantyCheckSchema },

  // ---- Technicians and the workshop ----
  'tickets.assign': { input: assignInputSchema, output: ticketDetailSchema },
  /** Open tickets in a column per status, most urgent first. */
  'workshop.board': {
    input: z.object({ technician: boardFilterSchema, limitPerColumn: limit(100, 500) }),
    output: boardSchema,
  },
  /** A technician's open tickets by priority, then promised time. */
  'workshop.queue': { input: z.object({ staffId: id }), output: z.array(boardTicketSchema) },
  /** Tickets whose special-ordered parts have arrived (shown at the counter). */
  'workshop.partsArrived': { input: z.object({}), output: z.array(boardTicketSchema) },

  // ---- Labour catalogue and estimates ----
  'labour.list': {
    input: z.object({ query: z.string().max(100).default(''), includeInactive: z.boolean().default(false) }),
    output: z.array(labourItemSchema),
  },
  'labour.create': { input: labourItemInputSchema, output: labourItemSchema },
  'labour.update': {
    input: labourItemInputSchema.extend({ id, active: z.boolean({ error: 'required' }) }),
    output: labourItemSchema,
  },
  /** Every version of a ticket's estimate, newest first. */
  'estimates.forTicket': { input: z.object({ ticketId: id }), output: z.array(estimateSchema) },
  /** Writes the draft; when the latest version was already sent or answered, starts a new version. */
  'estimates.save': { input: estimateSaveSchema, output: estimateSchema },
  /** Sends the draft for the customer's approval (the ticket waits in awaiting_approval). */
  'estimates.send': { input: z.object({ id }), output: estimateSchema },
  /** Records the customer's answer: approved or declined, how, when, who took it. */
  'estimates.decide': { input: estimateDecideSchema, output: estimateSchema },

  // ---- Parts on a ticket, special orders, sending out ----
  'ticketParts.list': { input: z.object({ ticketId: id }), output: z.array(ticketPartSchema) },
  'ticketParts.add': { input: ticketPartAddSchema, output: z.array(ticketPartSchema) },
  /** A reserved part fitted: posts the repair_use movement. */
  'ticketParts.use': { input: z.object({ id }), output: z.array(ticketPartSchema) },
  /** A reserved part put back (released) or a used one returned unused to stock. */
  'ticketParts.return': { input: z.object({ id }), output: z.array(ticketPartSchema) },
  'ticketParts.specialOrder': {
    input: specialOrderSchema,
    output: z.object({ purchaseOrderId: id, purchaseOrderNumber: z.string() }),
  },
  'sendOuts.forTicket': { input: z.object({ ticketId: id }), output: z.array(sendOutSchema) },
  'sendOuts.create': { input: sendOutInputSchema, output: sendOutSchema },
  'sendOuts.markReturned': { input: sendOutReturnSchema, output: sendOutSchema },

  // ---- Notes, attachments, telling the customer ----
  'tickets.addNote': { input: noteInputSchema, output: ticketDetailSchema },
  'attachments.list': { input: z.object({ ticketId: id }), output: z.array(attachmentSchema) },
  'attachments.add': { input: attachmentAddSchema, output: attachmentSchema },
  'attachments.read': {
    input: z.object({ id }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  'messages.templates': { input: z.object({}), output: z.array(messageTemplateSchema) },
  'messages.saveTemplate': { input: messageTemplateSaveSchema, output: messageTemplateSchema },
  /** The message for the ticket's current status, filled in, in a language. */
  'messages.compose': {
    input: z.object({ ticketId: id, locale: localeSchema }),
    output: z.object({ body: z.string() }),
  },
  /** Records that the customer was told (how, what). */
  'messages.recordTold': { input: messageToldSchema, output: ticketDetailSchema },

  // ---- Invoices, payments, the drawer and the day (issue 6) ----
  /** What an invoice from a ticket (with lines added) or a sale would be, and what is due. */
  'invoices.preview': { input: invoicePreviewInputSchema, output: invoicePreviewSchema },
  /** Pickup: the ticket's invoice, its payment and the ticket collected, in one transaction. */
  'tickets.pickup': { input: pickupInputSchema, output: invoiceSchema },
  /** A counter sale of stock items, with its payment; stock goes out in the same transaction. */
  'invoices.sell': { input: saleInputSchema, output: invoiceSchema },
  /** Pays (part of) what is still due on an invoice. */
  'invoices.pay': {
    input: z.object({
      invoiceId: id,
      payments: z.array(paymentInputSchema).min(1, { error: 'required' }).max(10),
    }),
    output: invoiceSchema,
  },
  'invoices.get': { input: z.object({ id }), output: invoiceSchema },
  'invoices.findByNumber': {
    input: z.object({ number: z.string().trim().min(1).max(40) }),
    output: invoiceSchema,
  },
  'invoices.list': { input: invoiceListSchema, output: invoicePageSchema },
  'invoices.forTicket': { input: z.object({ ticketId: id }), output: z.array(invoiceSummarySchema) },
  /** A partial or full refund by credit note, to the original tenders or store credit. */
  'invoices.refund': { input: refundInputSchema, output: invoiceSchema },
  /** Cancels a whole invoice by a credit note; its payments go back. */
  'invoices.void': { input: voidInputSchema, output: invoiceSchema },
  /** Records the official tax invoice (发票) number issued elsewhere. */
  'invoices.setTaxInvoiceNumber': {
    input: z.object({ id, taxInvoiceNumber: requiredText(40) }),
    output: invoiceSchema,
  },
  'customers.storeCredit': {
    input: z.object({ customerId: id }),
    output: z.object({ balanceMinor: z.number().int() }),
  },

  /** The drawer open now, or null. */
  'drawer.current': { input: z.object({}), output: drawerSessionSchema.nullable() },
  'drawer.open': {
    input: z.object({
      floatMinor: z
        .number({ error: 'invalid' })
        .int({ error: 'invalid' })
        .min(0, { error: 'negative' })
        .max(100_000_000, { error: 'tooLarge' }),
    }),
    output: drawerSessionSchema,
  },
  /** Cash paid into or out of the open drawer, with a reason. */
  'drawer.move': { input: drawerMoveSchema, output: drawerSessionSchema },
  /** Closes the drawer with the cash counted by denomination; freezes the Z report. */
  'drawer.close': { input: drawerCloseSchema, output: drawerSessionSchema },
  'drawer.get': { input: z.object({ id }), output: drawerSessionSchema },
  'drawer.list': { input: drawerListSchema, output: drawerPageSchema },
  /** The Z report of a drawer session: stored once closed, worked out live while open. */
  'reports.z': { input: z.object({ sessionId: id }), output: zReportSchema },

  /** Sales per day over a period, by tender and by category. */
  'reports.sales': { input: salesReportInputSchema, output: salesReportSchema },
  /** Customers who owe money, the oldest debt first. */
  'customers.balances': { input: balancesInputSchema, output: balancesPageSchema },
  'customers.statement': { input: statementInputSchema, output: statementSchema },
  /** Invoices, credit notes and payments of a period, for the accountant (CSV and XLSX). */
  'reports.accounting': {
    input: z.object({ from: isoDateTime, to: isoDateTime }),
    output: accountingExportSchema,
  },

  'search.counter': {
    input: z.object({ query: z.string().max(100) }),
    output: z.object({
      tickets: z.array(ticketSummarySchema),
      customers: z.array(customerSummarySchema),
      devices: z.array(deviceMatchSchema),
    }),
  },

  'parts.create': { input: partInputSchema, output: partSchema },
  'parts.update': { input: partInputSchema.extend({ id }), output: partSchema },
  'parts.get': { input: z.object({ id }), output: partSchema },
  /** By name (Chinese, Latin), SKU, barcode or compatible model; newest first without a query. */
  'parts.search': {
    input: z.object({
      query: z.string().max(100).default(''),
      belowReorderOnly: z.boolean().default(false),
      includeArchived: z.boolean().default(false),
      cursor: z.string().nullable().default(null),
      limit: limit(50, 200),
    }),
    output: page(partSummarySchema),
  },
  /** A scanner's input: the part whose barcode or SKU is exactly this. */
  'parts.findByCode': { input: z.object({ code: requiredText(40) }), output: partSchema },
  'parts.movements': {
    input: z.object({ id, cursor: z.string().nullable().default(null), limit: limit(50, 200) }),
    output: page(stockMovementSchema),
  },

  'suppliers.create': { input: supplierInputSchema, output: supplierSchema },
  'suppliers.update': {
    input: supplierInputSchema.extend({ id, active: z.boolean({ error: 'required' }) }),
    output: supplierSchema,
  },
  'suppliers.list': {
    input: z.object({ query: z.string().max(100).default(''), includeInactive: z.boolean().default(false) }),
    output: z.array(supplierSchema),
  },
  'suppliers.get': {
    input: z.object({ id }),
    output: z.object({ supplier: supplierSchema, parts: z.array(partSummarySchema) }),
  },

  /** A correction with a reason (damaged, lost, found, other + note); signed quantity. */
  'stock.adjust': { input: adjustInputSchema, output: partSchema },
  /** Goods received outside a purchase order, at their actual cost (sets the moving average). */
  'stock.receive': { input: receiveInputSchema, output: partSchema },

  'purchaseOrders.create': { input: purchaseOrderInputSchema, output: purchaseOrderSchema },
  /** Drafts only; refused with CONFLICT when the version moved. */
  'purchaseOrders.update': { input: purchaseOrderUpdateSchema, output: purchaseOrderSchema },
  'purchaseOrders.get': { input: z.object({ id }), output: purchaseOrderSchema },
  'purchaseOrders.list': { input: purchaseOrderListSchema, output: purchaseOrderPageSchema },
  /** draft → ordered. */
  'purchaseOrders.order': { input: z.object({ id }), output: purchaseOrderSchema },
  /** A draft or an order nothing was received on. */
  'purchaseOrders.cancel': { input: z.object({ id }), output: purchaseOrderSchema },
  /** Receives all or part of lines at their actual cost; posts receipts to the ledger in one transaction. */
  'purchaseOrders.receive': { input: purchaseOrderReceiveSchema, output: purchaseOrderSchema },
  /** Parts at or below their reorder point, grouped by default supplier, with quantities to order. */
  'purchaseOrders.suggestions': { input: z.object({}), output: z.array(reorderSuggestionSchema) },
  /** One draft per supplier from the suggestions (all suppliers, or those named). */
  'purchaseOrders.createFromSuggestions': {
    input: z.object({ supplierIds: z.array(id).nullable().default(null) }),
    output: z.array(purchaseOrderSchema),
  },

  /** Checks (commit: false) or writes (commit: true, all or nothing) a catalogue file's rows. */
  'parts.import': { input: partImportInputSchema, output: partImportResultSchema },
  /** The whole catalogue with stock figures, for CSV and Excel export. */
  'parts.export': {
    input: z.object({ includeArchived: z.boolean().default(false) }),
    output: z.array(partSchema),
  },

  /** Opening, in and out by reason, closing and value per part for a period (the daily stock report). */
  'reports.stock': { input: stockReportInputSchema, output: stockReportSchema },
  /** On hand and value of every part at a moment. */
  'reports.stockValuation': { input: z.object({ at: isoDateTime }), output: stockValuationSchema },

  /** Freezes the expected quantities of all parts, a category or a bin. */
  'stockCounts.start': { input: stockCountStartSchema, output: stockCountSchema },
  'stockCounts.list': {
    input: z.object({ status: z.enum(countStatuses).nullable().default(null) }),
    output: z.array(stockCountSummarySchema),
  },
  'stockCounts.get': { input: stockCountIdSchema, output: stockCountSchema },
  /** A typed count ('set') or one scan ('add' 1) for a part of the count. */
  'stockCounts.record': { input: stockCountRecordSchema, output: stockCountLineSchema },
  /** Posts every variance as a count correction, in one transaction. */
  'stockCounts.post': { input: stockCountIdSchema, output: stockCountSchema },
  'stockCounts.cancel': { input: stockCountIdSchema, output: stockCountSchema },

  'system.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      door: z.enum(['ipc', 'http']),
      databasePath: z.string(),
      nativePrinting: z.boolean(),
      customerCount: z.number().int(),
      ticketCount: z.number().int(),
      /** No setup done and nothing in the shop yet: the app shows the first-start setup. */
      setupNeeded: z.boolean(),
    }),
  },
  'system.loadDemo': {
    input: z.object({ locale: localeSchema.default('zh-CN') }),
    output: z.object({ customers: z.number().int(), tickets: z.number().int() }),
  },

  'print.printers': {
    input: z.object({}),
    output: z.array(z.object({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })),
  },
  'print.ticket': {
    input: z.object({
      id,
      layout: z.enum(receiptLayouts).default('80mm'),
      target: z.enum(printTargets).default('dialog'),
      printer: z.string().max(200).nullable().default(null),
    }),
    output: z.object({ printed: z.boolean(), pdfPath: z.string().nullable() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type Method = keyof Contract
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>
export const methods = Object.keys(contract) as Method[]

/**
 * Money writes: each call carries an idempotency key (the HTTP header `Idempotency-Key`, or the IPC
 * call's `idempotencyKey`), made when its form opens. A call repeated with the same key gets the first
 * answer and writes nothing; a call without one is refused.
 */
export const onceMethods: ReadonlySet<Method> = new Set<Method>([
  'tickets.pickup',
  'invoices.sell',
  'invoices.pay',
  'invoices.refund',
  'invoices.void',
  'drawer.open',
  'drawer.move',
  'drawer.close',
])

/** An idempotency key: 8 to 100 letters, digits, '-' or '_' (a UUID fits). */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/, { error: 'invalid' })

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name)
}

/** What either door answers. */
export type Envelope<T> =
  | { ok: true; value: T }
  | {
      ok: false
      error: {
        code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'INTERNAL'
        message: string
        fields?: Record<string, string>
        detail?: Record<string, string | number>
      }
    }

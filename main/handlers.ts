/**
 * The handler table: one function per contract method, checked by the compiler. Input is parsed
 * with the contract at the door; a write runs in one transaction with its ledger and audit rows;
 * errors leave as data.
 */
import {
  contract,
  isMethod,
  idempotencyKeySchema,
  onceMethods,
  type Envelope,
  type Method,
  type MethodOutput,
  type ParsedInput,
} from '../shared/contract'
import { AppError } from './errors'
import { fieldErrors } from './fieldErrors'
import type { DB } from './db/open'
import type { PrinterPort } from './print/port'
import type { Actor, Executor } from './services/context'
import {
  createCustomer,
  getCustomer,
  listCustomers,
  searchCustomers,
  updateCustomer,
} from './services/customers'
import { loadDemoData } from './services/demo'
import { completeSetup, markSetupCompleted, setupNeeded } from './services/setup'
import { createDevice, updateDevice } from './services/devices'
import { createPart, findPartByCode, getPart, listMovements, searchParts, updatePart } from './services/parts'
import { adjustStock, receiveStock } from './services/stock'
import { cancelCount, getCount, listCounts, postCount, recordCount, startCount } from './services/stockCounts'
import { stockReport, stockValuation } from './services/stockReports'
import { exportParts, importParts } from './services/partsImport'
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  getPurchaseOrder,
  listPurchaseOrders,
  placePurchaseOrder,
  receivePurchaseOrder,
  updatePurchaseOrder,
} from './services/purchaseOrders'
import { createOrdersFromSuggestions, reorderSuggestions } from './services/reorderSuggestions'
import { createSupplier, getSupplier, listSuppliers, updateSupplier } from './services/suppliers'
import { counterSearch } from './services/search'
import { getSettings, updateSettings } from './services/settings'
import { resolveActor } from './services/staff'
import { runOnce, type OnceRequest } from './services/idempotency'
import {
  changeTicketStatus,
  countTicketsByStatus,
  findTicketByNumber,
  getTicket,
  intakeTicket,
  listTickets,
  revealUnlockCode,
} from './services/tickets'
import { appVersion } from './version'
import { createStaff, listStaff, updateStaff } from './services/staff'
import {
  createStatusLabel,
  listStatusLabels,
  reorderStatusLabels,
  setTicketLabel,
  updateStatusLabel,
} from './services/statusLabels'
import { updateTicket, warrantyCheck } from './services/ticketEdits'
import { assignTicket, partsArrived, technicianQueue, workshopBoard } from './services/workshop'
import { createLabour, listLabour, updateLabour } from './services/labour'
import { decideEstimate, estimatesForTicket, saveEstimate, sendEstimate } from './services/estimates'
import {
  addTicketPart,
  listTicketParts,
  returnTicketPart,
  specialOrder,
  useTicketPart,
} from './services/ticketParts'
import { createSendOut, markSendOutReturned, sendOutsForTicket } from './services/sendOuts'
import { addNote } from './services/notes'
import { addAttachment, listAttachments, readAttachment } from './services/attachments'
import { composeMessage, listTemplates, recordTold, saveTemplate } from './services/messages'
import { attachmentsFolder } from './paths'
import {
  findInvoiceByNumber,
  getInvoice,
  invoicesForTicket,
  listInvoices,
  payInvoice,
  pickupTicket,
  previewInvoice,
  sellAtCounter,
  storeCreditBalance,
} from './services/invoices'
import { refundInvoice, setTaxInvoiceNumber, voidInvoice } from './services/refunds'
import { closeDrawer, currentDrawer, getDrawer, listDrawers, moveCash, openDrawer } from './services/drawer'
import { zReport } from './services/zReport'
import { accountingExport, customerBalances, customerStatement, salesReport } from './services/salesReports'

export interface HandlerContext {
  db: DB
  door: 'ipc' | 'http'
  databasePath: string
  printer: PrinterPort | null
  /** Parse every answer with the contract too (tests and development). */
  checkOutput?: boolean
  log?: (message: string, error: unknown) => void
}

/** What a door knows of a call besides its input. */
export interface CallMeta {
  /** Who the counter says is working; null from programs that name nobody (the first active staff). */
  staffId?: string | null
  /** Required for money writes (`onceMethods`): the key their form made when it opened. */
  idempotencyKey?: string | null
}

/** One call: the door's context and the staff member working at the counter that made it. */
export interface CallContext extends HandlerContext {
  staffId: string | null
  /** Set for money writes: the write runs once per key. */
  once: OnceRequest | null
}

type Handler<M extends Method> = (input: ParsedInput<M>, context: CallContext) => Promise<MethodOutput<M>>

/**
 * Runs a write in one transaction, recorded against the staff member at the counter; a money write
 * runs once per idempotency key, its answer kept in the same transaction.
 */
function write<T>(context: CallContext, work: (trx: Executor, actor: Actor) => Promise<T>): Promise<T> {
  const { once } = context
  return context.db.transaction().execute(async (trx) => {
    const run = async () => work(trx, await resolveActor(trx, context.staffId))
    return once ? runOnce(trx, once, run) : run()
  })
}

function desktopOnly(): never {
  throw new AppError(
    'FORBIDDEN',
    'Printing straight to a printer needs the desktop app; in a browser, use the print button of the page.',
    'errors.desktopOnly',
  )
}

export const handlers = {
  'settings.get': (_input, { db }) => getSettings(db),
  'settings.update': (input, context) => write(context, (trx, actor) => updateSettings(trx, input, actor)),
  'settings.completeSetup': (input, context) =>
    write(context, (trx, actor) => completeSetup(trx, input, actor)),

  'customers.create': (input, context) => write(context, (trx, actor) => createCustomer(trx, input, actor)),
  'customers.update': (input, context) => write(context, (trx, actor) => updateCustomer(trx, input, actor)),
  'customers.get': (input, { db }) => getCustomer(db, input.id),
  'customers.search': (input, { db }) => searchCustomers(db, input.query, input.limit),
  'customers.list': (input, { db }) => listCustomers(db, input),

  'devices.create': (input, context) => write(context, (trx, actor) => createDevice(trx, input, actor)),
  'devices.update': (input, context) => write(context, (trx, actor) => updateDevice(trx, input, actor)),

  'tickets.intake': (input, context) => write(context, (trx, actor) => intakeTicket(trx, input, actor)),
  'tickets.get': (input, { db }) => getTicket(db, input.id),
  'tickets.findByNumber': (input, { db }) => findTicketByNumber(db, input.number),
  'tickets.revealUnlockCode': (input, context) =>
    write(context, (trx, actor) => revealUnlockCode(trx, input.id, actor)),
  'tickets.list': (input, { db }) => listTickets(db, input),
  'tickets.changeStatus': (input, context) =>
    write(context, (trx, actor) => changeTicketStatus(trx, input, actor)),
  'tickets.countByStatus': (_input, { db }) => countTicketsByStatus(db),

  'staff.list': (input, { db }) => listStaff(db, input),
  'staff.create': (input, context) => write(context, (trx, actor) => createStaff(trx, input, actor)),
  'staff.update': (input, context) => write(context, (trx, actor) => updateStaff(trx, input, actor)),
  'statusLabels.list': (input, { db }) => listStatusLabels(db, input),
  'statusLabels.create': (input, context) =>
    write(context, (trx, actor) => createStatusLabel(trx, input, actor)),
  'statusLabels.update': (input, context) =>
    write(context, (trx, actor) => updateStatusLabel(trx, input, actor)),
  'statusLabels.reorder': (input, context) =>
    write(context, (trx, actor) => reorderStatusLabels(trx, input, actor)),
  'tickets.setLabel': (input, context) => write(context, (trx, actor) => setTicketLabel(trx, input, actor)),
  'tickets.update': (input, context) => write(context, (trx, actor) => updateTicket(trx, input, actor)),
  'tickets.warrantyCheck': (input, { db }) => warrantyCheck(db, input),

  'tickets.assign': (input, context) => write(context, (trx, actor) => assignTicket(trx, input, actor)),
  'workshop.board': (input, { db }) => workshopBoard(db, input),
  'workshop.queue': (input, { db }) => technicianQueue(db, input),
  'workshop.partsArrived': (input, { db }) => partsArrived(db, input),

  'labour.list': (input, { db }) => listLabour(db, input),
  'labour.create': (input, context) => write(context, (trx, actor) => createLabour(trx, input, actor)),
  'labour.update': (input, context) => write(context, (trx, actor) => updateLabour(trx, input, actor)),
  'estimates.forTicket': (input, { db }) => estimatesForTicket(db, input),
  'estimates.save': (input, context) => write(context, (trx, actor) => saveEstimate(trx, input, actor)),
  'estimates.send': (input, context) => write(context, (trx, actor) => sendEstimate(trx, input, actor)),
  'estimates.decide': (input, context) => write(context, (trx, actor) => decideEstimate(trx, input, actor)),

  'ticketParts.list': (input, { db }) => listTicketParts(db, input),
  'ticketParts.add': (input, context) => write(context, (trx, actor) => addTicketPart(trx, input, actor)),
  'ticketParts.use': (input, context) => write(context, (trx, actor) => useTicketPart(trx, input, actor)),
  'ticketParts.return': (input, context) =>
    write(context, (trx, actor) => returnTicketPart(trx, input, actor)),
  'ticketParts.specialOrder': (input, context) =>
    write(context, (trx, actor) => specialOrder(trx, input, actor)),
  'sendOuts.forTicket': (input, { db }) => sendOutsForTicket(db, input),
  'sendOuts.create': (input, context) => write(context, (trx, actor) => createSendOut(trx, input, actor)),
  'sendOuts.markReturned': (input, context) =>
    write(context, (trx, actor) => markSendOutReturned(trx, input, actor)),

  'tickets.addNote': (input, context) => write(context, (trx, actor) => addNote(trx, input, actor)),
  'attachments.list': (input, context) =>
    listAttachments(context.db, input, attachmentsFolder(context.databasePath)),
  'attachments.add': (input, context) =>
    write(context, (trx, actor) => addAttachment(trx, input, actor, attachmentsFolder(context.databasePath))),
  'attachments.read': (input, context) =>
    readAttachment(context.db, input, attachmentsFolder(context.databasePath)),
  'messages.templates': (input, { db }) => listTemplates(db, input),
  'messages.saveTemplate': (input, context) =>
    write(context, (trx, actor) => saveTemplate(trx, input, actor)),
  'messages.compose': (input, { db }) => composeMessage(db, input),
  'messages.recordTold': (input, context) => write(context, (trx, actor) => recordTold(trx, input, actor)),

  'invoices.preview': (input, { db }) => previewInvoice(db, input),
  'tickets.pickup': (input, context) => write(context, (trx, actor) => pickupTicket(trx, input, actor)),
  'invoices.sell': (input, context) => write(context, (trx, actor) => sellAtCounter(trx, input, actor)),
  'invoices.pay': (input, context) => write(context, (trx, actor) => payInvoice(trx, input, actor)),
  'invoices.get': (input, { db }) => getInvoice(db, input),
  'invoices.findByNumber': (input, { db }) => findInvoiceByNumber(db, input),
  'invoices.list': (input, { db }) => listInvoices(db, input),
  'invoices.forTicket': (input, { db }) => invoicesForTicket(db, input),
  'invoices.refund': (input, context) => write(context, (trx, actor) => refundInvoice(trx, input, actor)),
  'invoices.void': (input, context) => write(context, (trx, actor) => voidInvoice(trx, input, actor)),
  'invoices.setTaxInvoiceNumber': (input, context) =>
    write(context, (trx, actor) => setTaxInvoiceNumber(trx, input, actor)),
  'customers.storeCredit': (input, { db }) => storeCreditBalance(db, input),
  'drawer.current': (input, { db }) => currentDrawer(db, input),
  'drawer.open': (input, context) => write(context, (trx, actor) => openDrawer(trx, input, actor)),
  'drawer.move': (input, context) => write(context, (trx, actor) => moveCash(trx, input, actor)),
  'drawer.close': (input, context) => write(context, (trx, actor) => closeDrawer(trx, input, actor)),
  'drawer.get': (input, { db }) => getDrawer(db, input),
  'drawer.list': (input, { db }) => listDrawers(db, input),
  'reports.z': (input, { db }) => zReport(db, input),
  'reports.sales': (input, { db }) => salesReport(db, input),
  'customers.balances': (input, { db }) => customerBalances(db, input),
  'customers.statement': (input, { db }) => customerStatement(db, input),
  'reports.accounting': (input, { db }) => accountingExport(db, input),

  'search.counter': (input, { db }) => counterSearch(db, input.query),

  'parts.create': (input, context) => write(context, (trx, actor) => createPart(trx, input, actor)),
  'parts.update': (input, context) => write(context, (trx, actor) => updatePart(trx, input, actor)),
  'parts.get': (input, { db }) => getPart(db, input.id),
  'parts.search': (input, { db }) => searchParts(db, input),
  'parts.findByCode': (input, { db }) => findPartByCode(db, input.code),
  'parts.movements': (input, { db }) => listMovements(db, input),

  'suppliers.create': (input, context) => write(context, (trx, actor) => createSupplier(trx, input, actor)),
  'suppliers.update': (input, context) => write(context, (trx, actor) => updateSupplier(trx, input, actor)),
  'suppliers.list': (input, { db }) => listSuppliers(db, input),
  'suppliers.get': (input, { db }) => getSupplier(db, input.id),

  'stock.adjust': (input, context) => write(context, (trx, actor) => adjustStock(trx, input, actor)),
  'stock.receive': (input, context) => write(context, (trx, actor) => receiveStock(trx, input, actor)),

  'purchaseOrders.create': (input, context) =>
    write(context, (trx, actor) => createPurchaseOrder(trx, input, actor)),
  'purchaseOrders.update': (input, context) =>
    write(context, (trx, actor) => updatePurchaseOrder(trx, input, actor)),
  'purchaseOrders.get': (input, { db }) => getPurchaseOrder(db, input.id),
  'purchaseOrders.list': (input, { db }) => listPurchaseOrders(db, input),
  'purchaseOrders.order': (input, context) =>
    write(context, (trx, actor) => placePurchaseOrder(trx, input.id, actor)),
  'purchaseOrders.cancel': (input, context) =>
    write(context, (trx, actor) => cancelPurchaseOrder(trx, input.id, actor)),
  'purchaseOrders.receive': (input, context) =>
    write(context, (trx, actor) => receivePurchaseOrder(trx, input, actor)),
  'purchaseOrders.suggestions': (_input, { db }) => reorderSuggestions(db),
  'purchaseOrders.createFromSuggestions': (input, context) =>
    write(context, (trx, actor) => createOrdersFromSuggestions(trx, input.supplierIds, actor)),

  'parts.import': (input, context) => write(context, (trx, actor) => importParts(trx, input, actor)),
  'parts.export': (input, { db }) => exportParts(db, input.includeArchived),

  'reports.stock': (input, { db }) => stockReport(db, input),
  'reports.stockValuation': (input, { db }) => stockValuation(db, input.at),

  'stockCounts.start': (input, context) => write(context, (trx, actor) => startCount(trx, input, actor)),
  'stockCounts.list': (input, { db }) => listCounts(db, input.status),
  'stockCounts.get': (input, { db }) => getCount(db, input.id),
  'stockCounts.record': (input, context) => write(context, (trx, actor) => recordCount(trx, input, actor)),
  'stockCounts.post': (input, context) => write(context, (trx, actor) => postCount(trx, input.id, actor)),
  'stockCounts.cancel': (input, context) => write(context, (trx, actor) => cancelCount(trx, input.id, actor)),

  'system.info': async (_input, context) => {
    const customers = await context.db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    const tickets = await context.db
      .selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
    return {
      version: appVersion,
      door: context.door,
      databasePath: context.databasePath,
      nativePrinting: context.printer !== null,
      customerCount: customers.count,
      ticketCount: tickets.count,
      setupNeeded: await setupNeeded(context.db),
    }
  },
  // A demo shop is a set-up shop: the first-start setup gives way to it.
  'system.loadDemo': (input, context) =>
    write(context, async (trx, actor) => {
      const loaded = await loadDemoData(trx, input.locale, actor)
      await markSetupCompleted(trx)
      return loaded
    }),

  'print.printers': async (_input, { printer }) => (printer ? printer.printers() : []),
  'print.ticket': async (input, { printer }) => (printer ? printer.printTicket(input) : desktopOnly()),
} satisfies { [M in Method]: Handler<M> }

export { fieldErrors }

function errorEnvelope(error: unknown, context: HandlerContext): Envelope<never> {
  if (error instanceof AppError) return { ok: false, error: error.toData() }
  const text = error instanceof Error ? error.message : String(error)
  // better-sqlite3 names a lost race in the error's code ("database is locked" in the message).
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : ''
  if (/UNIQUE constraint failed|SQLITE_BUSY/.test(text) || code.startsWith('SQLITE_BUSY')) {
    return {
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Someone else changed this at the same time; try again.',
        detail: { key: 'errors.conflict' },
      },
    }
  }
  ;(context.log ?? console.error)('handler failed', error)
  return {
    ok: false,
    error: {
      code: 'INTERNAL',
      message: 'Something went wrong; the details are in the log.',
      detail: { key: 'errors.internal' },
    },
  }
}

/** The one entry both doors call. Never throws: every outcome is an envelope. */
export async function dispatch(
  context: HandlerContext,
  method: string,
  rawInput: unknown,
  meta: CallMeta = {},
): Promise<Envelope<unknown>> {
  if (!isMethod(method)) {
    return {
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: `There is no method named ${method}.`,
        detail: { key: 'errors.noSuchMethod' },
      },
    }
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Some fields need attention.',
        fields: fieldErrors(parsed.error, rawInput),
        detail: { key: 'errors.validation' },
      },
    }
  }
  let once: OnceRequest | null = null
  if (onceMethods.has(method)) {
    const key = idempotencyKeySchema.safeParse(meta.idempotencyKey)
    if (!key.success) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message:
            meta.idempotencyKey == null
              ? 'A money write needs an idempotency key (the Idempotency-Key header): make one when the form opens.'
              : 'The idempotency key must be 8 to 100 letters, digits, "-" or "_".',
          detail: { key: 'errors.idempotencyKey' },
        },
      }
    }
    once = { key: key.data, method, request: parsed.data }
  }
  try {
    const handler = handlers[method] as Handler<typeof method>
    const value: unknown = await handler(parsed.data, { ...context, staffId: meta.staffId ?? null, once })
    return { ok: true, value: context.checkOutput ? contract[method].output.parse(value) : value }
  } catch (error) {
    return errorEnvelope(error, context)
  }
}

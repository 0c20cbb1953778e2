/**
 * Purchase orders to suppliers: draft → ordered → partly_received → received, or cancelled.
 * A draft is edited with optimistic concurrency (its version); receiving posts one ledger receipt per
 * line at the cost actually paid, so the moving-average cost follows what the shop really spent.
 * Reorder suggestions turn the parts at or below their reorder point into one draft per supplier.
 */
import type { Selectable } from 'kysely'
import { z } from 'zod'
import type { contract } from '../../shared/contract'
import type { purchaseOrderStatuses } from '../../shared/schemas/purchasing'
import type { PurchaseOrderLineTable, PurchaseOrderTable } from '../db/schema'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { getPurchaseOrder, type Order } from './purchaseOrders.queries'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { postMovement, reserveForTicket } from './stock'
import { addTicketEvent, bumpTicketVersion } from './ticketEvents'

export { getPurchaseOrder, listPurchaseOrders, type Order } from './purchaseOrders.queries'

type Input<M extends keyof typeof contract> = z.output<(typeof contract)[M]['input']>
type OrderStatus = (typeof purchaseOrderStatuses)[number]
type OrderRow = Selectable<PurchaseOrderTable>
/** A line as written; `ticketId` only for a special order (the contract's lines have none). */
type LineInput = Input<'purchaseOrders.create'>['lines'][number] & { ticketId?: string | null }

/** Statuses whose outstanding quantities count as "on order". */
export const openOrderStatuses: OrderStatus[] = ['ordered', 'partly_received']

/** "SC01-P000001": the outlet's code, P for purchase order, and the outlet's own PO sequence. */
function formatOrderNumber(outletCode: string, sequence: number): string {
  return `${outletCode}-P${String(sequence).padStart(6, '0')}`
}

function wrongStatus(order: OrderRow, action: string): AppError {
  return new AppError(
    'CONFLICT',
    `Purchase order ${order.number} is ${order.status}; it cannot be ${action}.`,
    `purchasing:errors.cannot.${action}`,
    undefined,
    { number: order.number, status: order.status },
  )
}

async function requireOrder(db: Executor, id: string): Promise<OrderRow> {
  const order = await db.selectFrom('purchaseOrders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!order) throw notFound('purchaseOrder', 'purchasing:errors.notFound')
  return order
}

/** Orders go to an existing, active supplier. */
async function requireActiveSupplier(db: Executor, supplierId: string): Promise<void> {
  const supplier = await db
    .selectFrom('suppliers')
    .select(['active'])
    .where('id', '=', supplierId)
    .executeTakeFirst()
  if (!supplier) throw notFound('supplier')
  if (supplier.active !== 1) {
    throw new AppError(
      'VALIDATION',
      'That supplier is inactive; orders go to active suppliers.',
      'purchasing:errors.supplierInactive',
      { supplierId: 'inactive' },
    )
  }
}

async function requireParts(db: Executor, lines: LineInput[]): Promise<void> {
  const ids = [...new Set(lines.map((line) => line.partId))]
  const found = await db.selectFrom('parts').select('id').where('id', 'in', ids).execute()
  const known = new Set(found.map((row) => row.id))
  const missing = lines.findIndex((line) => !known.has(line.partId))
  if (missing >= 0) {
    throw new AppError('NOT_FOUND', 'That part does not exist.', 'errors.notFound.part', {
      [`lines.${missing}.partId`]: 'notFound',
    })
  }
}

async function writeLines(db: Executor, orderId: string, lines: LineInput[]): Promise<void> {
  await db.deleteFrom('purchaseOrderLines').where('orderId', '=', orderId).execute()
  await db
    .insertInto('purchaseOrderLines')
    .values(
      lines.map((line, position) => ({
        id: newId(),
        orderId,
        position,
        partId: line.partId,
        quantityOrdered: line.quantity,
        quantityReceived: 0,
        unitCostMinor: line.unitCostMinor,
        ticketId: line.ticketId ?? null,
      })),
    )
    .execute()
}

export async function createPurchaseOrder(
  db: Executor,
  input: Input<'purchaseOrders.create'>,
  actor: Actor,
): Promise<Order> {
  await requireActiveSupplier(db, input.supplierId)
  await requireParts(db, input.lines)
  const settings = await getSettings(db)
  const sequence = await nextSequence(db, `po:${settings.outletCode}`)
  const id = newId()
  const now = nowUtc()
  await db
    .insertInto('purchaseOrders')
    .values({
      id,
      number: formatOrderNumber(settings.outletCode, sequence),
      supplierId: input.supplierId,
      status: 'draft',
      note: input.note,
      createdAt: now,
      createdBy: actor.id,
      orderedAt: null,
      closedAt: null,
      updatedAt: now,
      version: 1,
    })
    .execute()
  await writeLines(db, id, input.lines)
  await writeAudit(db, actor, 'purchaseOrders.create', 'purchaseOrder', id, input)
  return getPurchaseOrder(db, id)
}

/**
 * Moves an order on, but only from the version the caller saw (when given) and only from the
 * statuses named: a lost race writes nothing and says CONFLICT.
 */
async function advance(
  db: Executor,
  order: OrderRow,
  changes: Partial<Pick<OrderRow, 'status' | 'note' | 'supplierId' | 'orderedAt' | 'closedAt'>>,
  version = order.version,
): Promise<void> {
  const result = await db
    .updateTable('purchaseOrders')
    .set({ ...changes, updatedAt: nowUtc(), version: version + 1 })
    .where('id', '=', order.id)
    .where('version', '=', version)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) {
    throw new AppError('CONFLICT', 'The order changed meanwhile; reload it.', 'errors.conflict')
  }
}

export async function updatePurchaseOrder(
  db: Executor,
  input: Input<'purchaseOrders.update'>,
  actor: Actor,
): Promise<Order> {
  const order = await requireOrder(db, input.id)
  if (order.version !== input.version) {
    throw new AppError('CONFLICT', 'The order changed meanwhile; reload it.', 'errors.conflict')
  }
  if (order.status !== 'draft') throw wrongStatus(order, 'edited')
  await requireActiveSupplier(db, input.supplierId)
  await requireParts(db, input.lines)
  const lines = await keepSpecialOrders(db, order.id, input.lines)
  await advance(db, order, { supplierId: input.supplierId, note: input.note }, input.version)
  await writeLines(db, order.id, lines)
  await writeAudit(db, actor, 'purchaseOrders.update', 'purchaseOrder', order.id, input)
  return getPurchaseOrder(db, order.id)
}

/**
 * A special order: a line bought for one ticket, on the supplier's newest draft (a new draft when
 * there is none). The same part for the same ticket adds to its line. Answers the order.
 */
export async function addSpecialOrderLine(
  db: Executor,
  input: { supplierId: string; partId: string; quantity: number; unitCostMinor: number; ticketId: string },
  actor: Actor,
): Promise<Order> {
  await requireActiveSupplier(db, input.supplierId)
  const { supplierId, ...line } = input
  const draft = await db
    .selectFrom('purchaseOrders')
    .selectAll()
    .where('supplierId', '=', supplierId)
    .where('status', '=', 'draft')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  if (!draft) return createPurchaseOrder(db, { supplierId, note: '', lines: [line] }, actor)
  const same = await db
    .selectFrom('purchaseOrderLines')
    .select('id')
    .where('orderId', '=', draft.id)
    .where('partId', '=', input.partId)
    .where('ticketId', '=', input.ticketId)
    .executeTakeFirst()
  if (same) {
    await db
      .updateTable('purchaseOrderLines')
      .set((eb) => ({ quantityOrdered: eb('quantityOrdered', '+', input.quantity) }))
      .where('id', '=', same.id)
      .execute()
  } else {
    const last = await db
      .selectFrom('purchaseOrderLines')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('orderId', '=', draft.id)
      .executeTakeFirst()
    await db
      .insertInto('purchaseOrderLines')
      .values({
        id: newId(),
        orderId: draft.id,
        position: (last?.position ?? -1) + 1,
        partId: input.partId,
        quantityOrdered: input.quantity,
        quantityReceived: 0,
        unitCostMinor: input.unitCostMinor,
        ticketId: input.ticketId,
      })
      .execute()
  }
  // The draft's version moves, so a clerk editing it meanwhile is told to reload.
  await advance(db, draft, {})
  await writeAudit(db, actor, 'purchaseOrders.specialOrder', 'purchaseOrder', draft.id, input)
  return getPurchaseOrder(db, draft.id)
}

/**
 * The draft editor sends lines without their ticket: each line of a part keeps the ticket of the
 * draft's earlier line of that part, in order, so editing a draft does not lose its special orders.
 */
async function keepSpecialOrders(db: Executor, orderId: string, lines: LineInput[]): Promise<LineInput[]> {
  const earlier = await db
    .selectFrom('purchaseOrderLines')
    .select(['partId', 'ticketId'])
    .where('orderId', '=', orderId)
    .where('ticketId', 'is not', null)
    .orderBy('position')
    .execute()
  return lines.map((line) => {
    if (line.ticketId !== undefined) return line
    const index = earlier.findIndex((candidate) => candidate.partId === line.partId)
    if (index < 0) return line
    const [claimed] = earlier.splice(index, 1)
    return { ...line, ticketId: claimed?.ticketId ?? null }
  })
}

export async function placePurchaseOrder(db: Executor, id: string, actor: Actor): Promise<Order> {
  const order = await requireOrder(db, id)
  if (order.status !== 'draft') throw wrongStatus(order, 'ordered')
  await requireActiveSupplier(db, order.supplierId)
  await advance(db, order, { status: 'ordered', orderedAt: nowUtc() })
  await writeAudit(db, actor, 'purchaseOrders.order', 'purchaseOrder', id, { number: order.number })
  return getPurchaseOrder(db, id)
}

/** A draft, or an order the supplier has sent nothing on yet; what arrived cannot be un-ordered. */
export async function cancelPurchaseOrder(db: Executor, id: string, actor: Actor): Promise<Order> {
  const order = await requireOrder(db, id)
  if (order.status !== 'draft' && order.status !== 'ordered') throw wrongStatus(order, 'cancelled')
  await advance(db, order, { status: 'cancelled', closedAt: nowUtc() })
  await writeAudit(db, actor, 'purchaseOrders.cancel', 'purchaseOrder', id, { number: order.number })
  return getPurchaseOrder(db, id)
}

/**
 * A special-ordered part came in: the units go straight to the ticket's reservation, the ticket
 * is marked as having its parts, and its timeline says so. A ticket closed meanwhile (cancelled,
 * collected) reserves nothing: the units simply join the stock.
 */
async function partsArrived(
  db: Executor,
  line: Selectable<PurchaseOrderLineTable>,
  quantity: number,
  orderNumber: string,
  actor: Actor,
): Promise<void> {
  const ticketId = line.ticketId
  if (!ticketId) return
  const ticket = await db.selectFrom('tickets').select('status').where('id', '=', ticketId).executeTakeFirst()
  if (!ticket || ticket.status === 'collected' || ticket.status === 'cancelled') return
  const part = await db
    .selectFrom('parts')
    .select(['sku', 'name'])
    .where('id', '=', line.partId)
    .executeTakeFirstOrThrow()
  const now = nowUtc()
  await reserveForTicket(db, { ticketId, partId: line.partId, quantity }, actor, now)
  await bumpTicketVersion(db, ticketId, null, now)
  await db.updateTable('tickets').set({ partsArrivedAt: now }).where('id', '=', ticketId).execute()
  await addTicketEvent(
    db,
    ticketId,
    {
      kind: 'parts_arrived',
      data: { sku: part.sku, name: part.name, quantity, purchaseOrderNumber: orderNumber },
    },
    actor,
    now,
  )
  await writeAudit(db, actor, 'ticketParts.arrived', 'ticket', ticketId, {
    partId: line.partId,
    quantity,
    purchaseOrderNumber: orderNumber,
  })
}

export async function receivePurchaseOrder(
  db: Executor,
  input: Input<'purchaseOrders.receive'>,
  actor: Actor,
): Promise<Order> {
  const order = await requireOrder(db, input.id)
  if (!openOrderStatuses.includes(order.status as OrderStatus)) throw wrongStatus(order, 'received')
  const lines = await db
    .selectFrom('purchaseOrderLines')
    .selectAll()
    .where('orderId', '=', order.id)
    .execute()
  // Check every line before posting any, so a refusal writes nothing even outside a transaction.
  const receiving = new Map<string, number>()
  const fields: Record<string, string> = {}
  input.lines.forEach((entry, index) => {
    const line = lines.find((candidate) => candidate.id === entry.lineId)
    if (!line) {
      fields[`lines.${index}.lineId`] = 'notFound'
      return
    }
    const total = (receiving.get(line.id) ?? 0) + entry.quantity
    receiving.set(line.id, total)
    if (total > line.quantityOrdered - line.quantityReceived) {
      fields[`lines.${index}.quantity`] = 'moreThanOutstanding'
    }
  })
  if (Object.keys(fields).length > 0) {
    throw new AppError(
      'VALIDATION',
      'A line was not found on this order or receives more than is outstanding.',
      'purchasing:errors.moreThanOutstanding',
      fields,
    )
  }
  for (const entry of input.lines) {
    const line = lines.find((candidate) => candidate.id === entry.lineId)
    if (!line) continue
    await postMovement(
      db,
      {
        partId: line.partId,
        kind: 'receipt',
        quantity: entry.quantity,
        unitCostMinor: entry.unitCostMinor,
        documentType: 'purchase_order',
        documentId: order.id,
      },
      actor,
    )
    await db
      .updateTable('purchaseOrderLines')
      .set((eb) => ({ quantityReceived: eb('quantityReceived', '+', entry.quantity) }))
      .where('id', '=', line.id)
      .execute()
    if (line.ticketId) await partsArrived(db, line, entry.quantity, order.number, actor)
  }
  const complete = lines.every(
    (line) => line.quantityReceived + (receiving.get(line.id) ?? 0) >= line.quantityOrdered,
  )
  await advance(
    db,
    order,
    complete ? { status: 'received', closedAt: nowUtc() } : { status: 'partly_received' },
  )
  await writeAudit(db, actor, 'purchaseOrders.receive', 'purchaseOrder', order.id, input)
  return getPurchaseOrder(db, order.id)
}

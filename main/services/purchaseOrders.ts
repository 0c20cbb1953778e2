/**
 * Purchase orders to suppliers: draft → ordered → partly_received → received, or cancelled.
 * A draft is edited with optimistic concurrency (its version); receiving posts one ledger receipt per
 * line at the cost actually paid, so the moving-average cost follows what the shop really spent.
 * Reorder suggestions turn the parts at or below their reorder point into one draft per supplier.
 */
import type { Selectable } from 'kysely'
import { z } from 'zod'
import type { contract, MethodOutput } from '../../shared/contract'
import type { purchaseOrderStatuses } from '../../shared/schemas/purchasing'
import type { PurchaseOrderTable } from '../db/schema'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { postMovement } from './stock'

type Input<M extends keyof typeof contract> = z.output<(typeof contract)[M]['input']>
export type Order = MethodOutput<'purchaseOrders.get'>
type OrderStatus = (typeof purchaseOrderStatuses)[number]
type OrderRow = Selectable<PurchaseOrderTable>
type LineInput = Input<'purchaseOrders.create'>['lines'][number]

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
  await advance(db, order, { supplierId: input.supplierId, note: input.note }, input.version)
  await writeLines(db, order.id, input.lines)
  await writeAudit(db, actor, 'purchaseOrders.update', 'purchaseOrder', order.id, input)
  return getPurchaseOrder(db, order.id)
}

function selectLines(db: Executor, orderIds: string[]) {
  return db
    .selectFrom('purchaseOrderLines as l')
    .innerJoin('parts as p', 'p.id', 'l.partId')
    .select([
      'l.id',
      'l.orderId',
      'l.partId',
      'p.sku',
      'p.name',
      'l.quantityOrdered',
      'l.quantityReceived',
      'l.unitCostMinor',
    ])
    .where('l.orderId', 'in', orderIds)
    .orderBy('l.orderId')
    .orderBy('l.position')
}

export async function getPurchaseOrder(db: Executor, id: string): Promise<Order> {
  const order = await db
    .selectFrom('purchaseOrders as o')
    .innerJoin('suppliers as s', 's.id', 'o.supplierId')
    .selectAll('o')
    .select('s.name as supplierName')
    .where('o.id', '=', id)
    .executeTakeFirst()
  if (!order) throw notFound('purchaseOrder', 'purchasing:errors.notFound')
  const rows = await selectLines(db, [id]).execute()
  const partIds = [...new Set(rows.map((row) => row.partId))]
  const barcodeRows =
    partIds.length === 0
      ? []
      : await db
          .selectFrom('partBarcodes')
          .select(['partId', 'barcode'])
          .where('partId', 'in', partIds)
          .orderBy('barcode')
          .execute()
  const lines = rows.map((row) => ({
    id: row.id,
    partId: row.partId,
    sku: row.sku,
    name: row.name,
    barcodes: barcodeRows.filter((entry) => entry.partId === row.partId).map((entry) => entry.barcode),
    quantityOrdered: row.quantityOrdered,
    quantityReceived: row.quantityReceived,
    quantityOutstanding: Math.max(0, row.quantityOrdered - row.quantityReceived),
    unitCostMinor: row.unitCostMinor,
  }))
  return {
    id: order.id,
    number: order.number,
    supplierId: order.supplierId,
    supplierName: order.supplierName,
    status: order.status as OrderStatus,
    lineCount: lines.length,
    totalMinor: lines.reduce((sum, line) => sum + line.quantityOrdered * line.unitCostMinor, 0),
    createdAt: order.createdAt,
    orderedAt: order.orderedAt,
    note: order.note,
    closedAt: order.closedAt,
    version: order.version,
    lines,
  }
}

/** Newest first; the cursor is the last id of the previous page (ids are UUIDv7, so time-ordered). */
export async function listPurchaseOrders(
  db: Executor,
  input: Input<'purchaseOrders.list'>,
): Promise<MethodOutput<'purchaseOrders.list'>> {
  let query = db
    .selectFrom('purchaseOrders as o')
    .innerJoin('suppliers as s', 's.id', 'o.supplierId')
    .select([
      'o.id',
      'o.number',
      'o.supplierId',
      's.name as supplierName',
      'o.status',
      'o.createdAt',
      'o.orderedAt',
    ])
    .orderBy('o.id', 'desc')
    .limit(input.limit + 1)
  if (input.status) query = query.where('o.status', '=', input.status)
  if (input.supplierId) query = query.where('o.supplierId', '=', input.supplierId)
  if (input.openOnly) query = query.where('o.status', 'in', ['ordered', 'partly_received'])
  const partId = input.partId
  if (partId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('purchaseOrderLines as l')
          .select('l.id')
          .whereRef('l.orderId', '=', 'o.id')
          .where('l.partId', '=', partId),
      ),
    )
  }
  if (input.cursor) query = query.where('o.id', '<', input.cursor)
  const rows = await query.execute()
  const page = rows.slice(0, input.limit)
  const totals =
    page.length === 0
      ? []
      : await db
          .selectFrom('purchaseOrderLines')
          .select((eb) => [
            'orderId',
            eb.fn.countAll<number | string>().as('lineCount'),
            eb.fn.sum<number | string>(eb('quantityOrdered', '*', eb.ref('unitCostMinor'))).as('totalMinor'),
          ])
          .where(
            'orderId',
            'in',
            page.map((row) => row.id),
          )
          .groupBy('orderId')
          .execute()
  const items = page.map((row) => {
    const total = totals.find((entry) => entry.orderId === row.id)
    return {
      ...row,
      status: row.status as OrderStatus,
      lineCount: Number(total?.lineCount ?? 0),
      totalMinor: Number(total?.totalMinor ?? 0),
    }
  })
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null }
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

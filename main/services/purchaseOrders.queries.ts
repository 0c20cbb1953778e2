/** Reading purchase orders: one order with its lines, and the list. Split from purchaseOrders.ts. */
import type { z } from 'zod'
import type { contract, MethodOutput } from '../../shared/contract'
import type { purchaseOrderStatuses } from '../../shared/schemas/purchasing'
import { notFound } from '../errors'
import type { Executor } from './context'

export type Order = MethodOutput<'purchaseOrders.get'>
type OrderStatus = (typeof purchaseOrderStatuses)[number]
type ListInput = z.output<(typeof contract)['purchaseOrders.list']['input']>

function selectLines(db: Executor, orderIds: string[]) {
  return db
    .selectFrom('purchaseOrderLines as l')
    .innerJoin('parts as p', 'p.id', 'l.partId')
    .leftJoin('tickets as t', 't.id', 'l.ticketId')
    .select([
      'l.id',
      'l.orderId',
      'l.partId',
      'p.sku',
      'p.name',
      'l.quantityOrdered',
      'l.quantityReceived',
      'l.unitCostMinor',
      'l.ticketId',
      't.number as ticketNumber',
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
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber ?? null,
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
  input: ListInput,
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

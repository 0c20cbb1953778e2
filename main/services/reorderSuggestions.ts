/**
 * Reorder suggestions: parts at or below their reorder point, grouped by their default supplier,
 * with what to order; and drafts made from them. Split from purchaseOrders.ts, which they feed.
 */
import type { MethodOutput } from '../../shared/contract'
import type { Actor, Executor } from './context'
import { createPurchaseOrder, openOrderStatuses, type Order } from './purchaseOrders'

type Suggestion = MethodOutput<'purchaseOrders.suggestions'>[number]

/** Per part, what open orders still owe the shop. */
async function onOrderByPart(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('purchaseOrderLines as l')
    .innerJoin('purchaseOrders as o', 'o.id', 'l.orderId')
    .select((eb) => [
      'l.partId',
      eb.fn
        .sum<number | string>(eb('l.quantityOrdered', '-', eb.ref('l.quantityReceived')))
        .as('outstanding'),
    ])
    .where('o.status', 'in', openOrderStatuses)
    // A special order is bought for one ticket and reserved for it on arrival: it refills nothing.
    .where('l.ticketId', 'is', null)
    .groupBy('l.partId')
    .execute()
  return new Map(rows.map((row) => [row.partId, Number(row.outstanding)]))
}

/** The cost of the newest receipt of each of these parts: the price to expect when no average exists. */
async function lastReceiptCosts(db: Executor, partIds: string[]): Promise<Map<string, number>> {
  if (partIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('stockMovements')
    .select(['partId', 'unitCostMinor'])
    .where('kind', '=', 'receipt')
    .where('partId', 'in', partIds)
    .orderBy('id', 'desc')
    .execute()
  const costs = new Map<string, number>()
  for (const row of rows) if (!costs.has(row.partId)) costs.set(row.partId, row.unitCostMinor)
  return costs
}

/**
 * Active parts whose stock plus what is already on order is at or below the reorder point.
 * Quantity: the part's reorder quantity (its usual order size), but never less than what lifts
 * stock + on order back above the reorder point: max(reorderQuantity, reorderPoint − onHand − onOrder + 1).
 * Parts of no supplier, or of an inactive one, are grouped under supplierId null: nobody to order from.
 */
export async function reorderSuggestions(db: Executor): Promise<MethodOutput<'purchaseOrders.suggestions'>> {
  const parts = await db
    .selectFrom('parts as p')
    .leftJoin('stockLevels as l', 'l.partId', 'p.id')
    .leftJoin('suppliers as s', (join) =>
      join.onRef('s.id', '=', 'p.defaultSupplierId').on('s.active', '=', 1),
    )
    .select([
      'p.id',
      'p.sku',
      'p.name',
      'p.reorderPoint',
      'p.reorderQuantity',
      'l.onHand',
      'l.averageCostMinor',
      's.id as supplierId',
      's.name as supplierName',
    ])
    .where('p.active', '=', 1)
    .where('p.reorderPoint', '>', 0)
    .orderBy('p.sku')
    .execute()
  const onOrder = await onOrderByPart(db)
  const needed = parts.filter((part) => (part.onHand ?? 0) + (onOrder.get(part.id) ?? 0) <= part.reorderPoint)
  const lastCosts = await lastReceiptCosts(
    db,
    needed.filter((part) => !part.averageCostMinor).map((part) => part.id),
  )
  const groups = new Map<string | null, Suggestion>()
  for (const part of needed) {
    const onHand = part.onHand ?? 0
    const ordered = onOrder.get(part.id) ?? 0
    const supplierId = part.supplierId ?? null
    const group = groups.get(supplierId) ?? { supplierId, supplierName: part.supplierName ?? null, lines: [] }
    groups.set(supplierId, group)
    group.lines.push({
      partId: part.id,
      sku: part.sku,
      name: part.name,
      onHand,
      onOrder: ordered,
      reorderPoint: part.reorderPoint,
      reorderQuantity: part.reorderQuantity,
      suggested: Math.max(part.reorderQuantity, part.reorderPoint - onHand - ordered + 1),
      unitCostMinor: part.averageCostMinor || (lastCosts.get(part.id) ?? 0),
    })
  }
  // Suppliers by name, the supplierless group last.
  return [...groups.values()].sort((a, b) =>
    a.supplierName === null ? 1 : b.supplierName === null ? -1 : a.supplierName.localeCompare(b.supplierName),
  )
}

export async function createOrdersFromSuggestions(
  db: Executor,
  supplierIds: string[] | null,
  actor: Actor,
): Promise<Order[]> {
  const groups = await reorderSuggestions(db)
  const orders: Order[] = []
  for (const group of groups) {
    if (group.supplierId === null) continue
    if (supplierIds && !supplierIds.includes(group.supplierId)) continue
    orders.push(
      await createPurchaseOrder(
        db,
        {
          supplierId: group.supplierId,
          note: '',
          lines: group.lines.map((line) => ({
            partId: line.partId,
            quantity: line.suggested,
            unitCostMinor: line.unitCostMinor,
          })),
        },
        actor,
      ),
    )
  }
  return orders
}

/**
 * The stock ledger's rules. Stock moves only through movements; on hand is their sum. Receipts set
 * the moving-average cost; everything else moves stock at that cost.
 */
export const stockMovementKinds = [
  'receipt',
  'repair_use',
  'repair_return',
  'sale',
  'sale_return',
  'supplier_return',
  'adjustment',
  'count',
  'transfer_in',
  'transfer_out',
] as const
export type StockMovementKind = (typeof stockMovementKinds)[number]

export const adjustmentReasons = ['damaged', 'lost', 'found', 'other'] as const
export type AdjustmentReason = (typeof adjustmentReasons)[number]

/**
 * The moving-average unit cost after a receipt, rounded half up to a whole minor unit.
 * Stock at or below zero carries no cost, so the receipt's cost becomes the average.
 */
export function movingAverageCost(
  onHand: number,
  averageCost: number,
  received: number,
  unitCost: number,
): number {
  if (received <= 0) return averageCost
  if (onHand <= 0) return unitCost
  return Math.round((onHand * averageCost + received * unitCost) / (onHand + received))
}

/** The value of stock at cost; negative stock (when a shop allows it) is valued at nothing. */
export function stockValue(onHand: number, averageCost: number): number {
  return onHand > 0 ? onHand * averageCost : 0
}

/** Whether an item needs reordering: it has a reorder point and stock is at or below it. */
export function isBelowReorder(onHand: number, reorderPoint: number): boolean {
  return reorderPoint > 0 && onHand <= reorderPoint
}

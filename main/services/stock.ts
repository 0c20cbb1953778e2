/**
 * The stock ledger. Every change of stock is one appended movement, written in the same transaction
 * as the cached level (on hand, moving-average cost) and an audit row. Nothing here edits or deletes
 * a movement: a mistake is corrected by another movement.
 */
import { z } from 'zod'
import type { contract, Part } from '../../shared/contract'
import { movingAverageCost, type StockMovementKind } from '../../shared/domain/stock'
import { AppError, invalid, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { getPart } from './parts'
import { getSettings } from './settings'

type AdjustInput = z.output<(typeof contract)['stock.adjust']['input']>
type ReceiveInput = z.output<(typeof contract)['stock.receive']['input']>

export interface Movement {
  partId: string
  kind: StockMovementKind
  /** Signed: positive into stock, negative out of it. */
  quantity: number
  /** For receipts, what was paid per unit; other movements move stock at the average cost. */
  unitCostMinor?: number
  reason?: string
  note?: string
  documentType?: 'ticket' | 'supplier' | 'count' | 'purchase_order' | 'invoice' | null
  documentId?: string | null
}

/** Appends one movement and moves the cached level with it. Call inside the caller's transaction. */
export async function postMovement(
  db: Executor,
  movement: Movement,
  actor: Actor,
  at = nowUtc(),
): Promise<void> {
  // Callers inside the core (the repair workflow, later orders and counts) skip the contract's
  // checks: the ledger holds its own, as a fraction or a zero would corrupt the sums.
  if (!Number.isSafeInteger(movement.quantity)) {
    throw invalid('quantity', 'wholeUnits', 'Stock moves in whole units.')
  }
  if (movement.quantity === 0) throw invalid('quantity', 'notZero', 'A movement moves at least one unit.')
  const part = await db.selectFrom('parts').select('id').where('id', '=', movement.partId).executeTakeFirst()
  if (!part) throw notFound('part')
  const level = await db
    .selectFrom('stockLevels')
    .select(['onHand', 'averageCostMinor'])
    .where('partId', '=', movement.partId)
    .executeTakeFirst()
  const onHand = level?.onHand ?? 0
  const averageCost = level?.averageCostMinor ?? 0
  const balanceAfter = onHand + movement.quantity
  if (movement.quantity < 0 && balanceAfter < 0 && !(await getSettings(db)).allowNegativeStock) {
    throw new AppError(
      'CONFLICT',
      `Not enough stock: ${onHand} on hand, ${-movement.quantity} asked for.`,
      'errors.negativeStock',
      { quantity: 'notEnoughStock' },
      { onHand },
    )
  }
  const isReceipt = movement.kind === 'receipt'
  const unitCostMinor = isReceipt ? (movement.unitCostMinor ?? averageCost) : averageCost
  const nextAverage = isReceipt
    ? movingAverageCost(onHand, averageCost, movement.quantity, unitCostMinor)
    : averageCost
  await db
    .insertInto('stockMovements')
    .values({
      id: newId(),
      partId: movement.partId,
      kind: movement.kind,
      quantity: movement.quantity,
      unitCostMinor,
      balanceAfter,
      averageCostAfter: nextAverage,
      reason: movement.reason ?? '',
      note: movement.note ?? '',
      documentType: movement.documentType ?? null,
      documentId: movement.documentId ?? null,
      actorId: actor.id,
      createdAt: at,
    })
    .execute()
  await db
    .insertInto('stockLevels')
    .values({ partId: movement.partId, onHand: balanceAfter, averageCostMinor: nextAverage, updatedAt: at })
    .onConflict((conflict) =>
      conflict
        .column('partId')
        .doUpdateSet({ onHand: balanceAfter, averageCostMinor: nextAverage, updatedAt: at }),
    )
    .execute()
  await writeAudit(db, actor, `stock.${movement.kind}`, 'part', movement.partId, {
    ...movement,
    balanceAfter,
  })
}

export async function adjustStock(db: Executor, input: AdjustInput, actor: Actor): Promise<Part> {
  await postMovement(
    db,
    {
      partId: input.partId,
      kind: 'adjustment',
      quantity: input.quantity,
      reason: input.reason,
      note: input.note,
    },
    actor,
  )
  return getPart(db, input.partId)
}

export async function receiveStock(db: Executor, input: ReceiveInput, actor: Actor): Promise<Part> {
  if (input.supplierId) {
    const supplier = await db
      .selectFrom('suppliers')
      .select('id')
      .where('id', '=', input.supplierId)
      .executeTakeFirst()
    if (!supplier) throw notFound('supplier')
  }
  await postMovement(
    db,
    {
      partId: input.partId,
      kind: 'receipt',
      quantity: input.quantity,
      unitCostMinor: input.unitCostMinor,
      note: input.note,
      documentType: input.supplierId ? 'supplier' : null,
      documentId: input.supplierId,
    },
    actor,
  )
  return getPart(db, input.partId)
}

/** Parts taken from stock for a repair; the workflow calls this when a technician uses a part. */
export async function usePartOnTicket(
  db: Executor,
  input: { ticketId: string; partId: string; quantity: number },
  actor: Actor,
): Promise<void> {
  requirePositive(input.quantity)
  await requireTicket(db, input.ticketId)
  await postMovement(
    db,
    {
      partId: input.partId,
      kind: 'repair_use',
      quantity: -input.quantity,
      documentType: 'ticket',
      documentId: input.ticketId,
    },
    actor,
  )
}

/** Unused parts back to stock from a repair: never more than the ticket took. */
export async function returnPartFromTicket(
  db: Executor,
  input: { ticketId: string; partId: string; quantity: number },
  actor: Actor,
): Promise<void> {
  requirePositive(input.quantity)
  await requireTicket(db, input.ticketId)
  const used = await db
    .selectFrom('stockMovements')
    .select((eb) => eb.fn.sum<number | string | null>('quantity').as('net'))
    .where('documentType', '=', 'ticket')
    .where('documentId', '=', input.ticketId)
    .where('partId', '=', input.partId)
    .executeTakeFirst()
  const takenByTicket = -Number(used?.net ?? 0)
  if (input.quantity > takenByTicket) {
    throw new AppError(
      'CONFLICT',
      `This ticket took ${takenByTicket} of that part; ${input.quantity} cannot come back.`,
      'errors.returnMoreThanUsed',
      { quantity: 'moreThanUsed' },
      { used: takenByTicket },
    )
  }
  await postMovement(
    db,
    {
      partId: input.partId,
      kind: 'repair_return',
      quantity: input.quantity,
      documentType: 'ticket',
      documentId: input.ticketId,
    },
    actor,
  )
}

async function requireTicket(db: Executor, ticketId: string): Promise<void> {
  const ticket = await db.selectFrom('tickets').select('id').where('id', '=', ticketId).executeTakeFirst()
  if (!ticket) throw notFound('ticket')
}

/** A ticket takes or gives back a number of units; the sign comes from which of the two it is. */
function requirePositive(quantity: number): void {
  if (quantity <= 0) throw invalid('quantity', 'tooSmall', 'A ticket takes or returns at least one unit.')
}

/**
 * Reservations: units set aside for a ticket. The ticketParts rows marked 'reserved' are the truth;
 * stockLevels.reserved caches their sum per part and moves with them in the same transaction.
 */
export async function moveReserved(
  db: Executor,
  partId: string,
  delta: number,
  at = nowUtc(),
): Promise<void> {
  await db
    .insertInto('stockLevels')
    .values({ partId, onHand: 0, averageCostMinor: 0, reserved: delta, updatedAt: at })
    .onConflict((conflict) =>
      conflict
        .column('partId')
        .doUpdateSet((eb) => ({ reserved: eb('stockLevels.reserved', '+', delta), updatedAt: at })),
    )
    .execute()
}

/** On hand, set aside for tickets, and what is left to promise (on hand less reserved). */
export async function stockAvailability(
  db: Executor,
  partId: string,
): Promise<{ onHand: number; reserved: number; available: number; averageCostMinor: number }> {
  const level = await db
    .selectFrom('stockLevels')
    .select(['onHand', 'reserved', 'averageCostMinor'])
    .where('partId', '=', partId)
    .executeTakeFirst()
  const onHand = level?.onHand ?? 0
  const reserved = level?.reserved ?? 0
  return { onHand, reserved, available: onHand - reserved, averageCostMinor: level?.averageCostMinor ?? 0 }
}

/** Sets units aside for a ticket: a 'reserved' row and the cached figure. Answers the row's id. */
export async function reserveForTicket(
  db: Executor,
  input: { ticketId: string; partId: string; quantity: number },
  actor: Actor,
  at = nowUtc(),
): Promise<string> {
  requirePositive(input.quantity)
  const id = newId()
  await db
    .insertInto('ticketParts')
    .values({
      id,
      ticketId: input.ticketId,
      partId: input.partId,
      quantity: input.quantity,
      status: 'reserved',
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
    })
    .execute()
  await moveReserved(db, input.partId, input.quantity, at)
  return id
}

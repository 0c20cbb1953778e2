/**
 * Parts on a ticket: set aside (reserved), fitted (used: a repair_use movement through the stock
 * ledger), given back (a reservation released, a used part returned to stock), and special orders
 * for parts the shop does not have. Every change leaves a 'part' event on the ticket's timeline,
 * moves the ticket's version and writes an audit row, in the caller's transaction.
 */
import type { MethodOutput, ParsedInput, TicketPart } from '../../shared/contract'
import { canTransition, type TicketStatus } from '../../shared/domain/status'
import { AppError, invalid, notFound } from '../errors'
import { type Actor, type Executor, nowUtc, writeAudit } from './context'
import { addSpecialOrderLine } from './purchaseOrders'
import { getSettings } from './settings'
import {
  moveReserved,
  reserveForTicket,
  returnPartFromTicket,
  stockAvailability,
  usePartOnTicket,
} from './stock'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'

type PartAction = 'reserved' | 'used' | 'returned' | 'released' | 'special_ordered'
type TicketRow = Awaited<ReturnType<typeof ticketForUpdate>>

function isClosed(status: string): boolean {
  return status === 'collected' || status === 'cancelled'
}

/** Parts go onto tickets the shop still works on; a collected or cancelled ticket is done. */
async function openTicket(db: Executor, ticketId: string): Promise<TicketRow> {
  const ticket = await ticketForUpdate(db, ticketId)
  if (isClosed(ticket.status)) {
    throw new AppError(
      'CONFLICT',
      `Ticket ${ticket.number} is ${ticket.status}; parts can no longer go on it.`,
      'ticketParts:errors.ticketClosed',
      undefined,
      { number: ticket.number, status: ticket.status },
    )
  }
  return ticket
}

async function activePart(db: Executor, partId: string) {
  const part = await db
    .selectFrom('parts')
    .select(['id', 'sku', 'name', 'active', 'defaultSupplierId'])
    .where('id', '=', partId)
    .executeTakeFirst()
  if (!part) throw notFound('part')
  if (part.active !== 1) {
    throw new AppError(
      'CONFLICT',
      `Part ${part.sku} is archived; it is no longer used on repairs.`,
      'ticketParts:errors.partArchived',
      undefined,
      { sku: part.sku },
    )
  }
  return part
}

async function requireRow(db: Executor, id: string) {
  const row = await db
    .selectFrom('ticketParts as tp')
    .innerJoin('parts as p', 'p.id', 'tp.partId')
    .selectAll('tp')
    .select(['p.sku', 'p.name'])
    .where('tp.id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound('ticketPart', 'ticketParts:errors.notFound')
  return row
}

function wrongState(row: { status: string; sku: string }, action: string): AppError {
  return new AppError(
    'CONFLICT',
    `That ${row.sku} is ${row.status} on this ticket; it cannot be ${action}.`,
    `ticketParts:errors.cannot.${action}`,
    undefined,
    { sku: row.sku, status: row.status },
  )
}

/** Refuses taking more than is free (on hand less what other tickets hold), unless the shop allows negative stock. */
async function requireAvailable(db: Executor, partId: string, quantity: number): Promise<void> {
  const { available } = await stockAvailability(db, partId)
  if (quantity <= available || (await getSettings(db)).allowNegativeStock) return
  throw new AppError(
    'VALIDATION',
    `Only ${Math.max(0, available)} available; ${quantity} asked for.`,
    'ticketParts:errors.notEnoughStock',
    { quantity: 'notEnoughStock' },
    { available: Math.max(0, available) },
  )
}

/** The timeline event, the ticket's version and the audit row every change of a ticket's parts leaves. */
async function recordChange(
  db: Executor,
  ticketId: string,
  change: { action: PartAction; sku: string; name: string; quantity: number; purchaseOrderNumber?: string },
  actor: Actor,
  at: string,
): Promise<void> {
  await bumpTicketVersion(db, ticketId, null, at)
  await addTicketEvent(db, ticketId, { kind: 'part', data: { ...change } }, actor, at)
  await writeAudit(db, actor, `ticketParts.${change.action}`, 'ticket', ticketId, change)
}

async function fitRow(
  db: Executor,
  row: { id: string; ticketId: string; partId: string; quantity: number },
  actor: Actor,
  at: string,
) {
  const { averageCostMinor } = await stockAvailability(db, row.partId)
  await usePartOnTicket(db, row, actor)
  await db
    .updateTable('ticketParts')
    .set({ status: 'used', unitCostMinor: averageCostMinor, updatedAt: at })
    .where('id', '=', row.id)
    .execute()
}

export async function addTicketPart(
  db: Executor,
  input: ParsedInput<'ticketParts.add'>,
  actor: Actor,
): Promise<MethodOutput<'ticketParts.add'>> {
  const ticket = await openTicket(db, input.ticketId)
  const part = await activePart(db, input.partId)
  await requireAvailable(db, part.id, input.quantity)
  const at = nowUtc()
  const row = { ticketId: ticket.id, partId: part.id, quantity: input.quantity }
  const id = await reserveForTicket(db, row, actor, at)
  if (input.use) {
    // Fitted at once: the reservation lives only inside this transaction.
    await moveReserved(db, part.id, -input.quantity, at)
    await fitRow(db, { id, ...row }, actor, at)
    if (ticket.partsArrivedAt) await clearPartsArrived(db, ticket.id)
  }
  const action = input.use ? 'used' : 'reserved'
  await recordChange(
    db,
    ticket.id,
    { action, sku: part.sku, name: part.name, quantity: input.quantity },
    actor,
    at,
  )
  return listTicketParts(db, { ticketId: ticket.id })
}

/** The special-ordered part is going in: the counter no longer needs to see it as arrived. */
async function clearPartsArrived(db: Executor, ticketId: string): Promise<void> {
  await db.updateTable('tickets').set({ partsArrivedAt: null }).where('id', '=', ticketId).execute()
}

export async function useTicketPart(
  db: Executor,
  input: ParsedInput<'ticketParts.use'>,
  actor: Actor,
): Promise<MethodOutput<'ticketParts.use'>> {
  const row = await requireRow(db, input.id)
  const ticket = await openTicket(db, row.ticketId)
  if (row.status !== 'reserved') throw wrongState(row, 'used')
  const at = nowUtc()
  await moveReserved(db, row.partId, -row.quantity, at)
  await fitRow(db, row, actor, at)
  if (ticket.partsArrivedAt) await clearPartsArrived(db, ticket.id)
  await recordChange(
    db,
    ticket.id,
    { action: 'used', sku: row.sku, name: row.name, quantity: row.quantity },
    actor,
    at,
  )
  return listTicketParts(db, { ticketId: ticket.id })
}

/**
 * A reserved row is released (its units are free again); a used one comes back into stock. A
 * reservation may be released on a closed ticket too, so a cancelled job never holds stock; a part
 * fitted to a device that has gone home cannot come back.
 */
export async function returnTicketPart(
  db: Executor,
  input: ParsedInput<'ticketParts.return'>,
  actor: Actor,
): Promise<MethodOutput<'ticketParts.return'>> {
  const row = await requireRow(db, input.id)
  if (row.status !== 'reserved' && row.status !== 'used') throw wrongState(row, 'returned')
  const ticket =
    row.status === 'used' ? await openTicket(db, row.ticketId) : await ticketForUpdate(db, row.ticketId)
  const at = nowUtc()
  if (row.status === 'reserved') {
    await moveReserved(db, row.partId, -row.quantity, at)
  } else {
    await returnPartFromTicket(db, row, actor)
  }
  const action = row.status === 'reserved' ? 'released' : 'returned'
  await db
    .updateTable('ticketParts')
    .set({ status: action, updatedAt: at })
    .where('id', '=', row.id)
    .execute()
  await recordChange(
    db,
    ticket.id,
    { action, sku: row.sku, name: row.name, quantity: row.quantity },
    actor,
    at,
  )
  return listTicketParts(db, { ticketId: ticket.id })
}

/**
 * Frees everything a ticket still holds (for a ticket being cancelled): each reservation becomes
 * 'released' with its event. The caller moves the ticket's version; this writes no version of its own.
 */
export async function releaseTicketReservations(
  db: Executor,
  ticketId: string,
  actor: Actor,
): Promise<number> {
  const rows = await db
    .selectFrom('ticketParts as tp')
    .innerJoin('parts as p', 'p.id', 'tp.partId')
    .select(['tp.id', 'tp.partId', 'tp.quantity', 'p.sku', 'p.name'])
    .where('tp.ticketId', '=', ticketId)
    .where('tp.status', '=', 'reserved')
    .execute()
  const at = nowUtc()
  for (const row of rows) {
    await moveReserved(db, row.partId, -row.quantity, at)
    await db
      .updateTable('ticketParts')
      .set({ status: 'released', updatedAt: at })
      .where('id', '=', row.id)
      .execute()
    const change = { action: 'released', sku: row.sku, name: row.name, quantity: row.quantity }
    await addTicketEvent(db, ticketId, { kind: 'part', data: change }, actor, at)
    await writeAudit(db, actor, 'ticketParts.released', 'ticket', ticketId, change)
  }
  return rows.length
}

/**
 * A part the shop does not have, bought for this ticket: a line on the supplier's draft purchase
 * order, and the ticket waits in awaiting_parts when its status allows that move.
 */
export async function specialOrder(
  db: Executor,
  input: ParsedInput<'ticketParts.specialOrder'>,
  actor: Actor,
): Promise<MethodOutput<'ticketParts.specialOrder'>> {
  const ticket = await openTicket(db, input.ticketId)
  const part = await activePart(db, input.partId)
  const supplierId = input.supplierId ?? part.defaultSupplierId
  if (!supplierId)
    throw invalid('supplierId', 'required', 'The part has no supplier; choose one to order from.')
  const unitCostMinor = input.unitCostMinor ?? (await stockAvailability(db, part.id)).averageCostMinor
  const order = await addSpecialOrderLine(
    db,
    { supplierId, partId: part.id, quantity: input.quantity, unitCostMinor, ticketId: ticket.id },
    actor,
  )
  const at = nowUtc()
  const from = ticket.status as TicketStatus
  if (from !== 'awaiting_parts' && canTransition(from, 'awaiting_parts')) {
    await db.updateTable('tickets').set({ status: 'awaiting_parts' }).where('id', '=', ticket.id).execute()
    await addTicketEvent(
      db,
      ticket.id,
      { kind: 'status', fromStatus: from, toStatus: 'awaiting_parts' },
      actor,
      at,
    )
  }
  const change = {
    action: 'special_ordered' as const,
    sku: part.sku,
    name: part.name,
    quantity: input.quantity,
    purchaseOrderNumber: order.number,
  }
  await recordChange(db, ticket.id, change, actor, at)
  return { purchaseOrderId: order.id, purchaseOrderNumber: order.number }
}

export async function listTicketParts(
  db: Executor,
  input: ParsedInput<'ticketParts.list'>,
): Promise<TicketPart[]> {
  const rows = await db
    .selectFrom('ticketParts as tp')
    .innerJoin('parts as p', 'p.id', 'tp.partId')
    .innerJoin('staff as s', 's.id', 'tp.createdBy')
    .leftJoin('stockLevels as l', 'l.partId', 'tp.partId')
    .selectAll('tp')
    .select(['p.sku', 'p.name', 'p.priceMinor', 's.name as createdByName', 'l.onHand', 'l.reserved'])
    .where('tp.ticketId', '=', input.ticketId)
    .orderBy('tp.id')
    .execute()
  const parts: TicketPart[] = rows.map((row) => ({
    id: row.id,
    ticketId: row.ticketId,
    partId: row.partId,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    status: row.status as TicketPart['status'],
    unitCostMinor: row.unitCostMinor,
    priceMinor: row.priceMinor,
    available: (row.onHand ?? 0) - (row.reserved ?? 0),
    purchaseOrderId: null,
    purchaseOrderNumber: null,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
  }))
  return [...parts, ...(await onOrderForTicket(db, input.ticketId))]
}

/** Special-ordered lines still outstanding on a draft or open purchase order, as 'on_order' entries. */
async function onOrderForTicket(db: Executor, ticketId: string): Promise<TicketPart[]> {
  const rows = await db
    .selectFrom('purchaseOrderLines as l')
    .innerJoin('purchaseOrders as o', 'o.id', 'l.orderId')
    .innerJoin('parts as p', 'p.id', 'l.partId')
    .innerJoin('staff as s', 's.id', 'o.createdBy')
    .leftJoin('stockLevels as sl', 'sl.partId', 'l.partId')
    .select([
      'l.id',
      'l.partId',
      'l.quantityOrdered',
      'l.quantityReceived',
      'l.unitCostMinor',
      'o.id as orderId',
      'o.number',
      'o.createdAt',
      'p.sku',
      'p.name',
      'p.priceMinor',
      's.name as createdByName',
      'sl.onHand',
      'sl.reserved',
    ])
    .where('l.ticketId', '=', ticketId)
    .where('o.status', 'in', ['draft', 'ordered', 'partly_received'])
    .whereRef('l.quantityReceived', '<', 'l.quantityOrdered')
    .orderBy('l.id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    ticketId,
    partId: row.partId,
    sku: row.sku,
    name: row.name,
    quantity: row.quantityOrdered - row.quantityReceived,
    status: 'on_order',
    unitCostMinor: row.unitCostMinor,
    priceMinor: row.priceMinor,
    available: (row.onHand ?? 0) - (row.reserved ?? 0),
    purchaseOrderId: row.orderId,
    purchaseOrderNumber: row.number,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
  }))
}

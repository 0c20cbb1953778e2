/**
 * Writing to a ticket: the version check every edit goes through, and the timeline event each
 * change leaves. Every workflow service (status, technician, estimate, parts, notes...) uses these,
 * in the caller's transaction.
 */
import type { TicketEventKind } from '../../shared/contract'
import type { TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc } from './context'

export interface TicketEventInput {
  kind: TicketEventKind
  note?: string
  visibility?: 'internal' | 'customer'
  data?: Record<string, string | number | boolean | null>
  fromStatus?: TicketStatus | null
  toStatus?: TicketStatus | null
  amountMinor?: number | null
}

export async function addTicketEvent(
  db: Executor,
  ticketId: string,
  event: TicketEventInput,
  actor: Actor,
  at: string = nowUtc(),
): Promise<void> {
  await db
    .insertInto('ticketEvents')
    .values({
      id: newId(),
      ticketId,
      kind: event.kind,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      note: event.note ?? '',
      amountMinor: event.amountMinor ?? null,
      visibility: event.visibility ?? 'internal',
      data: JSON.stringify(event.data ?? {}),
      actorId: actor.id,
      createdAt: at,
    })
    .execute()
}

/** The ticket's row as a workflow service needs it, or NOT_FOUND. */
export async function ticketForUpdate(db: Executor, id: string) {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('ticket')
  return row
}

export function conflict(): AppError {
  return new AppError(
    'CONFLICT',
    'Someone else changed this ticket meanwhile; look again.',
    'errors.conflict',
  )
}

/**
 * Moves the ticket's version on (with `updatedAt`), refusing with CONFLICT when the version the
 * clerk saw is no longer the current one. `version` null: the caller does not hold one (a change
 * made from another document, such as a purchase order's receipt), so only the version moves.
 */
export async function bumpTicketVersion(
  db: Executor,
  id: string,
  version: number | null,
  at: string = nowUtc(),
): Promise<void> {
  let query = db
    .updateTable('tickets')
    .set((eb) => ({ updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', id)
  if (version !== null) query = query.where('version', '=', version)
  const result = await query.executeTakeFirst()
  if (result.numUpdatedRows === 0n) {
    await ticketForUpdate(db, id)
    throw conflict()
  }
}

/**
 * Sending a device out to a manufacturer's or partner's service centre, and its return. Sending
 * moves the ticket to sent_out; the return moves it on (testing, unrepairable, ready for pickup).
 * Both are status changes along the status machine, with their events on the timeline.
 */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { canTransition, type TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'

type SendOut = MethodOutput<'sendOuts.create'>

function selectSendOuts(db: Executor) {
  return db
    .selectFrom('sendOuts as o')
    .innerJoin('staff as s', 's.id', 'o.sentBy')
    .select([
      'o.id',
      'o.ticketId',
      'o.partner',
      'o.sentAt',
      'o.trackingNumber',
      'o.expectedBackAt',
      'o.note',
      's.name as sentByName',
      'o.returnedAt',
      'o.returnNote',
    ])
}

async function getSendOut(db: Executor, id: string): Promise<SendOut> {
  const row = await selectSendOuts(db).where('o.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('sendOut', 'ticketParts:errors.sendOutNotFound')
  return row
}

export async function sendOutsForTicket(
  db: Executor,
  input: ParsedInput<'sendOuts.forTicket'>,
): Promise<MethodOutput<'sendOuts.forTicket'>> {
  return selectSendOuts(db).where('o.ticketId', '=', input.ticketId).orderBy('o.sentAt', 'desc').execute()
}

/** Moves the ticket along the status machine with its 'status' event; the caller has moved the version. */
async function moveTicket(
  db: Executor,
  ticket: { id: string; status: string },
  to: TicketStatus,
  note: string,
  actor: Actor,
  at: string,
): Promise<void> {
  const from = ticket.status as TicketStatus
  await db.updateTable('tickets').set({ status: to }).where('id', '=', ticket.id).execute()
  await addTicketEvent(db, ticket.id, { kind: 'status', fromStatus: from, toStatus: to, note }, actor, at)
}

function transitionRefused(from: string, to: TicketStatus): AppError {
  return new AppError(
    'CONFLICT',
    `A ticket that is ${from} cannot become ${to}.`,
    'errors.transitionNotAllowed',
    undefined,
    { from, to },
  )
}

export async function createSendOut(
  db: Executor,
  input: ParsedInput<'sendOuts.create'>,
  actor: Actor,
): Promise<SendOut> {
  const ticket = await ticketForUpdate(db, input.ticketId)
  if (!canTransition(ticket.status as TicketStatus, 'sent_out')) {
    throw transitionRefused(ticket.status, 'sent_out')
  }
  const at = nowUtc()
  await bumpTicketVersion(db, ticket.id, input.version, at)
  const id = newId()
  await db
    .insertInto('sendOuts')
    .values({
      id,
      ticketId: ticket.id,
      partner: input.partner,
      sentAt: at,
      trackingNumber: input.trackingNumber,
      expectedBackAt: input.expectedBackAt,
      note: input.note,
      sentBy: actor.id,
      returnedAt: null,
      returnedBy: null,
    })
    .execute()
  await moveTicket(db, ticket, 'sent_out', input.note, actor, at)
  await addTicketEvent(
    db,
    ticket.id,
    {
      kind: 'sent_out',
      visibility: 'customer',
      data: { partner: input.partner, trackingNumber: input.trackingNumber },
    },
    actor,
    at,
  )
  await writeAudit(db, actor, 'sendOuts.create', 'ticket', ticket.id, { id, ...input })
  return getSendOut(db, id)
}

export async function markSendOutReturned(
  db: Executor,
  input: ParsedInput<'sendOuts.markReturned'>,
  actor: Actor,
): Promise<SendOut> {
  const sendOut = await getSendOut(db, input.id)
  if (sendOut.returnedAt !== null) {
    throw new AppError(
      'CONFLICT',
      `The device came back from ${sendOut.partner} already.`,
      'ticketParts:errors.alreadyReturned',
      undefined,
      { partner: sendOut.partner },
    )
  }
  const ticket = await ticketForUpdate(db, sendOut.ticketId)
  if (ticket.status !== 'sent_out' || !canTransition(ticket.status, input.toStatus)) {
    throw transitionRefused(ticket.status, input.toStatus)
  }
  const at = nowUtc()
  await bumpTicketVersion(db, ticket.id, null, at)
  await db
    .updateTable('sendOuts')
    .set({ returnedAt: at, returnedBy: actor.id, returnNote: input.note })
    .where('id', '=', sendOut.id)
    .execute()
  await moveTicket(db, ticket, input.toStatus, input.note, actor, at)
  await addTicketEvent(
    db,
    ticket.id,
    { kind: 'returned', visibility: 'customer', data: { partner: sendOut.partner } },
    actor,
    at,
  )
  await writeAudit(db, actor, 'sendOuts.markReturned', 'ticket', ticket.id, input)
  return getSendOut(db, sendOut.id)
}

/**
 * Technicians and the workshop: who works on a ticket, the board with a column per open status, a
 * technician's queue, and the tickets whose special-ordered parts have arrived.
 */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { isClosed, openStatuses, type TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, conflict, ticketForUpdate } from './ticketEvents'
import { getTicket } from './tickets'
import { boardRows, partsArrivedRows, queueRows, toBoardTicket } from './workshop.queries'

/** The staff member to put on a ticket: they must exist and still work here. */
async function activeStaff(db: Executor, staffId: string): Promise<{ id: string; name: string }> {
  const staff = await db
    .selectFrom('staff')
    .select(['id', 'name', 'active'])
    .where('id', '=', staffId)
    .executeTakeFirst()
  if (!staff) throw notFound('staff', 'workshop:errors.technicianNotFound')
  if (staff.active !== 1) {
    throw new AppError(
      'VALIDATION',
      `${staff.name} no longer works here and cannot take on a ticket.`,
      'workshop:errors.technicianInactive',
      { staffId: 'notAllowed' },
      { name: staff.name },
    )
  }
  return { id: staff.id, name: staff.name }
}

/**
 * Puts a technician on a ticket, moves it to another, or takes them off (`staffId` null), with an
 * 'assigned' event on the timeline. A ticket already collected or cancelled is finished: refused.
 */
export async function assignTicket(
  db: Executor,
  input: ParsedInput<'tickets.assign'>,
  actor: Actor,
): Promise<MethodOutput<'tickets.assign'>> {
  const ticket = await ticketForUpdate(db, input.id)
  const status = ticket.status as TicketStatus
  if (isClosed(status)) {
    throw new AppError(
      'CONFLICT',
      `The ticket is ${status}; a finished ticket takes no technician.`,
      'workshop:errors.ticketClosed',
      undefined,
      { status },
    )
  }
  const staff = input.staffId === null ? null : await activeStaff(db, input.staffId)
  // Choosing the technician already on the ticket changes nothing; the version is still checked.
  if ((staff?.id ?? null) === ticket.assignedTo && input.note === '') {
    if (ticket.version !== input.version) throw conflict()
    return getTicket(db, input.id)
  }
  await bumpTicketVersion(db, input.id, input.version)
  await db
    .updateTable('tickets')
    .set({ assignedTo: staff?.id ?? null })
    .where('id', '=', input.id)
    .execute()
  await addTicketEvent(
    db,
    input.id,
    { kind: 'assigned', note: input.note, data: { staffName: staff?.name ?? null } },
    actor,
  )
  await writeAudit(db, actor, 'tickets.assign', 'ticket', input.id, {
    from: ticket.assignedTo,
    to: staff?.id ?? null,
    note: input.note,
  })
  return getTicket(db, input.id)
}

/** A column per open status, in the status machine's order, each most urgent first. */
export async function workshopBoard(
  db: Executor,
  input: ParsedInput<'workshop.board'>,
): Promise<MethodOutput<'workshop.board'>> {
  const limit = input.limitPerColumn
  const rows =
    input.technician === 'all'
      ? await boardRows.all.run(db, { limit })
      : input.technician === 'unassigned'
        ? await boardRows.unassigned.run(db, { limit })
        : await boardRows.technician.run(db, { limit, staffId: input.technician })
  const columns = new Map(
    openStatuses.map((status) => [
      status,
      { status, total: 0, tickets: [] as ReturnType<typeof toBoardTicket>[] },
    ]),
  )
  for (const row of rows) {
    const column = columns.get(row.status as TicketStatus)
    if (!column) continue
    column.total = row.total
    column.tickets.push(toBoardTicket(row))
  }
  return { columns: [...columns.values()] }
}

/** The technician's open tickets, most urgent first (priority, promised time, oldest). */
export async function technicianQueue(
  db: Executor,
  input: ParsedInput<'workshop.queue'>,
): Promise<MethodOutput<'workshop.queue'>> {
  const rows = await queueRows.run(db, { staffId: input.staffId })
  return rows.map(toBoardTicket)
}

/** Tickets still awaiting parts whose special-ordered parts are in, longest waiting first. */
export async function partsArrived(
  db: Executor,
  _input: ParsedInput<'workshop.partsArrived'>,
): Promise<MethodOutput<'workshop.partsArrived'>> {
  const rows = await partsArrivedRows.run(db, {})
  return rows.map(toBoardTicket)
}

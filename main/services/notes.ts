/** Notes on a ticket's timeline: internal ones for the shop, customer-facing ones it may tell. */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { type Actor, type Executor, nowUtc, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'
import { getTicket } from './tickets'

/**
 * Adds a note. Closed tickets take notes too (a customer calls back after pickup); the note carries
 * no version check because it changes nothing the clerk could have typed over, yet it still moves the
 * ticket's version so other counters reload the timeline.
 */
export async function addNote(
  db: Executor,
  input: ParsedInput<'tickets.addNote'>,
  actor: Actor,
): Promise<MethodOutput<'tickets.addNote'>> {
  await ticketForUpdate(db, input.ticketId)
  const now = nowUtc()
  await addTicketEvent(
    db,
    input.ticketId,
    { kind: 'note', note: input.note, visibility: input.visibility },
    actor,
    now,
  )
  await bumpTicketVersion(db, input.ticketId, null, now)
  await writeAudit(db, actor, 'tickets.addNote', 'ticket', input.ticketId, {
    visibility: input.visibility,
    note: input.note,
  })
  return getTicket(db, input.ticketId)
}

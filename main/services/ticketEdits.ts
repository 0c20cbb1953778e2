/**
 * Editing what was taken at intake (fault, accessories, condition, promised time, priority), with
 * the version check that keeps two clerks from overwriting each other; and the warranties still
 * running for a device, which the counter is told about at intake.
 */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { notFound } from '../errors'
import { type Actor, type Executor, nowUtc, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, conflict, ticketForUpdate } from './ticketEvents'
import { getTicket } from './tickets'
import { approvedWork, warrantyEnd } from './tickets.queries'

type UpdateInput = ParsedInput<'tickets.update'>
type TicketRow = Awaited<ReturnType<typeof ticketForUpdate>>

/** The same instant written two ways ("…:00Z", "…:00.000Z") is no change. */
function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return Date.parse(a) === Date.parse(b)
}

/** The fields whose values the edit changes, in the form's order. */
function changedFields(row: TicketRow, input: UpdateInput): string[] {
  const changes: Record<string, boolean> = {
    reportedFault: row.reportedFault !== input.reportedFault,
    accessories: row.accessories !== JSON.stringify(input.accessories),
    condition: row.condition !== input.condition,
    promisedAt: !sameInstant(row.promisedAt, input.promisedAt),
    priority: row.priority !== input.priority,
  }
  return Object.keys(changes).filter((field) => changes[field])
}

export async function updateTicket(
  db: Executor,
  input: UpdateInput,
  actor: Actor,
): Promise<MethodOutput<'tickets.update'>> {
  const row = await ticketForUpdate(db, input.id)
  if (row.version !== input.version) throw conflict()
  const fields = changedFields(row, input)
  if (fields.length === 0) return getTicket(db, input.id)
  const now = nowUtc()
  await bumpTicketVersion(db, input.id, input.version, now)
  await db
    .updateTable('tickets')
    .set({
      reportedFault: input.reportedFault,
      accessories: JSON.stringify(input.accessories),
      condition: input.condition,
      promisedAt: input.promisedAt,
      priority: input.priority,
    })
    .where('id', '=', input.id)
    .execute()
  await addTicketEvent(db, input.id, { kind: 'edited', data: { fields: fields.join(',') } }, actor, now)
  await writeAudit(db, actor, 'tickets.update', 'ticket', input.id, { ...input, fields })
  return getTicket(db, input.id)
}

/** Today's date on this computer's calendar (the shop's), as YYYY-MM-DD. */
function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export async function warrantyCheck(
  db: Executor,
  input: ParsedInput<'tickets.warrantyCheck'>,
): Promise<MethodOutput<'tickets.warrantyCheck'>> {
  const device = await db
    .selectFrom('devices')
    .select(['id', 'warrantyEnd'])
    .where('id', '=', input.deviceId)
    .executeTakeFirst()
  if (!device) throw notFound('device')
  const collected = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'collectedAt'])
    .where('deviceId', '=', input.deviceId)
    .where('collectedAt', 'is not', null)
    .orderBy('collectedAt', 'desc')
    .execute()
  const now = nowUtc()
  const repairWarranties = []
  for (const ticket of collected) {
    const work = await approvedWork(db, ticket.id)
    const end = warrantyEnd(ticket.collectedAt, work.warrantyDays)
    if (ticket.collectedAt === null || end === null || end < now) continue
    repairWarranties.push({
      ticketId: ticket.id,
      number: ticket.number,
      collectedAt: ticket.collectedAt,
      warrantyEnd: end,
      work: work.labour,
    })
  }
  const running = device.warrantyEnd !== null && device.warrantyEnd >= localToday()
  return { manufacturerWarrantyEnd: running ? device.warrantyEnd : null, repairWarranties }
}

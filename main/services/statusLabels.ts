/**
 * The owner's own labels inside a status ("waiting for the customer's reply" inside awaiting
 * approval), in the owner's order, and the label a ticket carries within its current status.
 */
import type { MethodOutput, ParsedInput, StatusLabel } from '../../shared/contract'
import type { TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, conflict, ticketForUpdate } from './ticketEvents'
import { getTicket } from './tickets'

type LabelRow = { id: string; status: string; name: string; position: number; active: number }

function toLabel(row: LabelRow): StatusLabel {
  return {
    id: row.id,
    status: row.status as TicketStatus,
    name: row.name,
    position: row.position,
    active: row.active === 1,
  }
}

function labelColumns(db: Executor) {
  return db.selectFrom('statusLabels').select(['id', 'status', 'name', 'position', 'active'])
}

export async function listStatusLabels(
  db: Executor,
  _input: ParsedInput<'statusLabels.list'>,
): Promise<MethodOutput<'statusLabels.list'>> {
  const rows = await labelColumns(db).orderBy('status').orderBy('position').orderBy('id').execute()
  return rows.map(toLabel)
}

async function labelsOf(db: Executor, status: string): Promise<StatusLabel[]> {
  const rows = await labelColumns(db).where('status', '=', status).orderBy('position').orderBy('id').execute()
  return rows.map(toLabel)
}

/** Two labels of one name inside a status would be told apart by nobody. */
async function refuseDuplicateName(
  db: Executor,
  status: string,
  name: string,
  exceptId: string | null,
): Promise<void> {
  let query = db.selectFrom('statusLabels').select('id').where('status', '=', status).where('name', '=', name)
  if (exceptId) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw new AppError(
      'VALIDATION',
      `This status already has a label named ${name}.`,
      'staff:errors.duplicateLabel',
      { name: 'duplicate' },
      { name },
    )
  }
}

export async function createStatusLabel(
  db: Executor,
  input: ParsedInput<'statusLabels.create'>,
  actor: Actor,
): Promise<MethodOutput<'statusLabels.create'>> {
  await refuseDuplicateName(db, input.status, input.name, null)
  const last = await db
    .selectFrom('statusLabels')
    .select((eb) => eb.fn.max<number | null>('position').as('position'))
    .where('status', '=', input.status)
    .executeTakeFirst()
  const row: LabelRow = {
    id: newId(),
    status: input.status,
    name: input.name,
    position: last?.position == null ? 0 : last.position + 1,
    active: 1,
  }
  await db
    .insertInto('statusLabels')
    .values({ ...row, createdAt: nowUtc() })
    .execute()
  await writeAudit(db, actor, 'statusLabels.create', 'statusLabel', row.id, input)
  return toLabel(row)
}

export async function updateStatusLabel(
  db: Executor,
  input: ParsedInput<'statusLabels.update'>,
  actor: Actor,
): Promise<MethodOutput<'statusLabels.update'>> {
  const existing = await labelColumns(db).where('id', '=', input.id).executeTakeFirst()
  if (!existing) throw notFound('statusLabel', 'staff:errors.labelNotFound')
  await refuseDuplicateName(db, existing.status, input.name, input.id)
  const row: LabelRow = { ...existing, name: input.name, active: input.active ? 1 : 0 }
  await db
    .updateTable('statusLabels')
    .set({ name: row.name, active: row.active })
    .where('id', '=', input.id)
    .execute()
  await writeAudit(db, actor, 'statusLabels.update', 'statusLabel', input.id, input)
  return toLabel(row)
}

export async function reorderStatusLabels(
  db: Executor,
  input: ParsedInput<'statusLabels.reorder'>,
  actor: Actor,
): Promise<MethodOutput<'statusLabels.reorder'>> {
  const current = await labelsOf(db, input.status)
  const known = new Set(current.map((label) => label.id))
  const given = new Set(input.ids)
  // Every label of the status exactly once: a list made from a stale page must not drop one.
  if (
    given.size !== input.ids.length ||
    given.size !== known.size ||
    input.ids.some((id) => !known.has(id))
  ) {
    throw new AppError(
      'VALIDATION',
      'Give every label of this status once, in the new order.',
      'staff:errors.reorderMismatch',
      { ids: 'invalid' },
    )
  }
  for (const [position, id] of input.ids.entries()) {
    await db.updateTable('statusLabels').set({ position }).where('id', '=', id).execute()
  }
  await writeAudit(db, actor, 'statusLabels.reorder', 'statusLabel', input.status, input)
  return labelsOf(db, input.status)
}

/** The label a ticket shows: only one of its current status counts (a move leaves it behind). */
async function currentLabelId(db: Executor, labelId: string | null, status: string): Promise<string | null> {
  if (labelId === null) return null
  const label = await labelColumns(db).where('id', '=', labelId).executeTakeFirst()
  return label?.status === status ? label.id : null
}

async function labelForTicket(db: Executor, labelId: string, status: string): Promise<LabelRow> {
  const label = await labelColumns(db).where('id', '=', labelId).executeTakeFirst()
  if (!label) throw notFound('statusLabel', 'staff:errors.labelNotFound')
  if (label.status !== status) {
    throw new AppError(
      'CONFLICT',
      `The label ${label.name} belongs to another status than the ticket's.`,
      'staff:errors.labelOfOtherStatus',
      { statusLabelId: 'notAllowed' },
      { name: label.name },
    )
  }
  if (label.active !== 1) {
    throw new AppError(
      'VALIDATION',
      `The label ${label.name} is no longer in use.`,
      'staff:errors.labelInactive',
      { statusLabelId: 'notAllowed' },
      { name: label.name },
    )
  }
  return label
}

export async function setTicketLabel(
  db: Executor,
  input: ParsedInput<'tickets.setLabel'>,
  actor: Actor,
): Promise<MethodOutput<'tickets.setLabel'>> {
  const ticket = await ticketForUpdate(db, input.id)
  if (ticket.version !== input.version) throw conflict()
  const label = input.statusLabelId ? await labelForTicket(db, input.statusLabelId, ticket.status) : null
  const before = await currentLabelId(db, ticket.statusLabelId, ticket.status)
  if ((label?.id ?? null) === before) return getTicket(db, input.id)
  await bumpTicketVersion(db, input.id, input.version)
  await db
    .updateTable('tickets')
    .set({ statusLabelId: label?.id ?? null })
    .where('id', '=', input.id)
    .execute()
  await addTicketEvent(db, input.id, { kind: 'label', data: { labelName: label?.name ?? null } }, actor)
  await writeAudit(db, actor, 'tickets.setLabel', 'ticket', input.id, input)
  return getTicket(db, input.id)
}

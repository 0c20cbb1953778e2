import { z } from 'zod'
import type { contract, TicketDetail, TicketSummary } from '../../shared/contract'
import { formatTicketNumber } from '../../shared/domain/identifiers'
import { classifyQuery, normalizeSearchText } from '../../shared/domain/search'
import { canTransition, openStatuses, type TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { createCustomer, findCustomerIds } from './customers'
import { createDevice, findDevicesBySerial } from './devices'
import { addCashMovement, openSession } from './drawer'
import { releaseTicketReservations } from './ticketParts'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { activeStaff } from './staff'
import { addTicketEvent, bumpTicketVersion, conflict } from './ticketEvents'
import {
  approvedWork,
  customerPhoneRows,
  listTicketSummaries,
  repeatRepairRows,
  ticketDetailRow,
  ticketEventRows,
  warrantyEnd,
  type TicketFilter,
} from './tickets.queries'

type IntakeInput = z.output<(typeof contract)['tickets.intake']['input']>
type ListInput = z.output<(typeof contract)['tickets.list']['input']>

async function resolveCustomerId(db: Executor, input: IntakeInput, actor: Actor): Promise<string> {
  if (input.customer.kind === 'new') {
    const { kind: _kind, ...customer } = input.customer
    return (await createCustomer(db, customer, actor)).id
  }
  const found = await db
    .selectFrom('customers')
    .select('id')
    .where('id', '=', input.customer.id)
    .executeTakeFirst()
  if (!found) throw notFound('customer')
  return found.id
}

async function resolveDeviceId(
  db: Executor,
  input: IntakeInput,
  customerId: string,
  actor: Actor,
): Promise<string> {
  if (input.device.kind === 'new') {
    const { kind: _kind, ...device } = input.device
    return (await createDevice(db, { ...device, customerId }, actor)).id
  }
  const found = await db
    .selectFrom('devices')
    .select(['id', 'customerId'])
    .where('id', '=', input.device.id)
    .executeTakeFirst()
  if (!found) throw notFound('device')
  if (found.customerId !== customerId) {
    throw new AppError(
      'VALIDATION',
      'That device belongs to another customer.',
      'errors.deviceOfOtherCustomer',
      {
        device: 'otherCustomer',
      },
    )
  }
  return found.id
}

/**
 * The earlier ticket a warranty intake is claimed under: the same device, collected, and its repair
 * warranty still running at intake. Anything else is refused, so nobody repairs for free by mistake.
 */
async function warrantyOriginal(
  db: Executor,
  ticketId: string,
  deviceId: string,
  at: string,
): Promise<{ id: string; number: string }> {
  const row = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'deviceId', 'collectedAt'])
    .where('id', '=', ticketId)
    .executeTakeFirst()
  const end = row ? warrantyEnd(row.collectedAt, (await approvedWork(db, row.id)).warrantyDays) : null
  if (!row || row.deviceId !== deviceId || end === null || end < at) {
    throw new AppError(
      'VALIDATION',
      'That ticket is not a repair of this device still under our repair warranty.',
      'staff:errors.warrantyNotAllowed',
      { warrantyOfTicketId: 'notAllowed' },
    )
  }
  return { id: row.id, number: row.number }
}

/**
 * Takes a walk-in repair: the customer and device (existing or new), the ticket with its per-outlet
 * number, the intake event, and the deposit with its ledger row. Call inside one transaction.
 */
export async function intakeTicket(
  db: Executor,
  input: IntakeInput,
  actor: Actor,
  at: string = nowUtc(),
): Promise<TicketDetail> {
  if (input.estimateMinor !== null && input.depositMinor > input.estimateMinor) {
    throw new AppError('VALIDATION', 'The deposit is larger than the estimate.', 'errors.validation', {
      depositMinor: 'depositOverEstimate',
    })
  }
  const settings = await getSettings(db)
  const customerId = await resolveCustomerId(db, input, actor)
  const deviceId = await resolveDeviceId(db, input, customerId, actor)
  const technician = input.assignedTo ? await activeStaff(db, input.assignedTo, 'assignedTo') : null
  const original = input.warrantyOfTicketId
    ? await warrantyOriginal(db, input.warrantyOfTicketId, deviceId, at)
    : null
  const sequence = await nextSequence(db, `ticket:${settings.outletCode}`)
  const number = formatTicketNumber(settings.outletCode, sequence)
  const now = at
  const id = newId()
  await db
    .insertInto('tickets')
    .values({
      id,
      number,
      customerId,
      deviceId,
      status: 'received',
      priority: input.priority,
      reportedFault: input.reportedFault,
      accessories: JSON.stringify(input.accessories),
      condition: input.condition,
      unlockCode: input.unlockCode,
      estimateMinor: input.estimateMinor,
      depositMinor: input.depositMinor,
      promisedAt: input.promisedAt,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.id,
      assignedTo: technician?.id ?? null,
      warrantyOfTicketId: original?.id ?? null,
    })
    .execute()
  await addTicketEvent(
    db,
    id,
    { kind: 'intake', toStatus: 'received', data: original ? { warrantyOf: original.number } : {} },
    actor,
    now,
  )
  if (technician)
    await addTicketEvent(db, id, { kind: 'assigned', data: { staffName: technician.name } }, actor, now)
  if (original) {
    // The original ticket shows its repeat repair: a change to it like any other.
    await bumpTicketVersion(db, original.id, null, now)
    await addTicketEvent(db, original.id, { kind: 'warranty', data: { number } }, actor, now)
  }
  if (input.depositMinor > 0) {
    // The deposit goes into the drawer open now. With none open it is still taken (a repair is never
    // turned away for the drawer) and recorded without a session: no Z report will show it.
    const drawer = await openSession(db)
    await db
      .insertInto('ticketDeposits')
      .values({
        id: newId(),
        ticketId: id,
        amountMinor: input.depositMinor,
        tender: input.depositTender,
        actorId: actor.id,
        createdAt: now,
        drawerSessionId: drawer?.id ?? null,
      })
      .execute()
    if (drawer && input.depositTender === 'cash') {
      await addCashMovement(
        db,
        { sessionId: drawer.id, kind: 'deposit', amountMinor: input.depositMinor, reason: number },
        actor,
        now,
      )
    }
    await db
      .insertInto('ticketEvents')
      .values({
        id: newId(),
        ticketId: id,
        kind: 'deposit',
        fromStatus: null,
        toStatus: null,
        note: input.depositTender,
        amountMinor: input.depositMinor,
        actorId: actor.id,
        createdAt: now,
      })
      .execute()
  }
  // The unlock code is sensitive: the audit row records that one was given, not what it is.
  const { unlockCode, ...audited } = input
  await writeAudit(db, actor, 'tickets.intake', 'ticket', id, {
    ...audited,
    hasUnlockCode: unlockCode !== '',
    number,
  })
  return getTicket(db, id)
}

export async function getTicket(db: Executor, id: string): Promise<TicketDetail> {
  const [row] = await ticketDetailRow.run(db, { id })
  if (!row) throw notFound('ticket')
  const events = await ticketEventRows.run(db, { ticketId: id })
  const phones = await customerPhoneRows.run(db, { customerId: row.customerId })
  const settings = await getSettings(db)
  return {
    id: row.id,
    number: row.number,
    status: row.status as TicketStatus,
    priority: row.priority as TicketDetail['priority'],
    reportedFault: row.reportedFault,
    accessories: JSON.parse(row.accessories) as string[],
    condition: row.condition,
    hasUnlockCode: row.unlockCode !== '',
    estimateMinor: row.estimateMinor,
    depositMinor: row.depositMinor,
    currency: settings.currency,
    promisedAt: row.promisedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
    customer: { id: row.customerId, name: row.customerName, phones: phones.map((phone) => phone.phone) },
    device: {
      id: row.deviceId,
      customerId: row.deviceCustomerId,
      category: row.category as TicketDetail['device']['category'],
      brand: row.brand,
      model: row.model,
      serial: row.serial,
      purchaseDate: row.purchaseDate,
      warrantyEnd: row.warrantyEnd,
      notes: row.notes,
      createdAt: row.deviceCreatedAt,
    },
    events: events.map((event) => ({
      ...event,
      kind: event.kind as TicketDetail['events'][number]['kind'],
      fromStatus: event.fromStatus as TicketStatus | null,
      toStatus: event.toStatus as TicketStatus | null,
      visibility: event.visibility as TicketDetail['events'][number]['visibility'],
      data: JSON.parse(event.data) as TicketDetail['events'][number]['data'],
    })),
    assignedTo:
      row.assignedTo && row.assignedToName ? { id: row.assignedTo, name: row.assignedToName } : null,
    // A label belongs to a status: once the ticket moved on, its old label no longer applies.
    statusLabel:
      row.statusLabelId && row.statusLabelName && row.statusLabelStatus === row.status
        ? { id: row.statusLabelId, name: row.statusLabelName }
        : null,
    warrantyOf:
      row.warrantyOfTicketId && row.warrantyOfNumber
        ? { id: row.warrantyOfTicketId, number: row.warrantyOfNumber }
        : null,
    repeatRepairs: await repeatRepairRows.run(db, { id }),
    collectedAt: row.collectedAt,
    repairWarrantyEnd:
      row.collectedAt === null
        ? null
        : warrantyEnd(row.collectedAt, (await approvedWork(db, id)).warrantyDays),
    partsArrivedAt: row.partsArrivedAt,
  }
}

export async function findTicketByNumber(db: Executor, number: string): Promise<TicketDetail> {
  const row = await db
    .selectFrom('tickets')
    .select('id')
    .where('number', '=', normalizeSearchText(number).toUpperCase())
    .executeTakeFirst()
  if (!row) throw notFound('ticket')
  return getTicket(db, row.id)
}

/** Shows the unlock code to staff on purpose; every reveal is recorded. Never printed. */
export async function revealUnlockCode(
  db: Executor,
  id: string,
  actor: Actor,
): Promise<{ unlockCode: string }> {
  const row = await db.selectFrom('tickets').select('unlockCode').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('ticket')
  await writeAudit(db, actor, 'tickets.revealUnlockCode', 'ticket', id, {})
  return { unlockCode: row.unlockCode }
}

/** What a free-text query narrows the ticket list to: number prefix, customers, or device serials. */
async function filterForQuery(db: Executor, query: string): Promise<Partial<TicketFilter>> {
  const text = query.trim()
  if (text === '') return {}
  const kind = classifyQuery(text)
  if (kind === 'ticket') return { numberPrefix: normalizeSearchText(text).toUpperCase() }
  const customerIds = await findCustomerIds(db, text, 200)
  const devices =
    kind === 'text' && !/[A-Za-z0-9]{4,}/.test(text) ? [] : await findDevicesBySerial(db, text, 50)
  const numberPrefix = /^[A-Za-z0-9-]{2,}$/.test(text) ? normalizeSearchText(text).toUpperCase() : undefined
  return {
    customerIds,
    deviceIds: devices.map((device) => device.id),
    ...(numberPrefix ? { numberPrefix } : {}),
  }
}

export async function listTickets(
  db: Executor,
  input: ListInput,
): Promise<{ items: TicketSummary[]; nextCursor: string | null }> {
  const filter: TicketFilter = {
    status: input.status,
    createdFrom: input.createdFrom,
    cursor: input.cursor,
    limit: input.limit + 1,
    ...(await filterForQuery(db, input.query)),
  }
  const rows = await listTicketSummaries(db, filter)
  const items = rows.slice(0, input.limit)
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null }
}

/**
 * How many tickets wait in each open status (what the counter needs to see). Closed tickets
 * (collected, cancelled) pile up by the hundred thousand and are counted in reports instead:
 * counting them here would scan the whole table on every visit to the list.
 */
export async function countTicketsByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('tickets')
    .where('status', 'in', [...openStatuses])
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute()
  const counts: Record<string, number> = Object.fromEntries(openStatuses.map((status) => [status, 0]))
  for (const row of rows) counts[row.status] = row.count
  return counts
}

/**
 * Moves a ticket to another status if the status machine allows it, recording who, when and why on
 * its timeline. The version guards against two people moving the same ticket at once: it is checked
 * first, so a clerk whose ticket someone else moved hears "changed meanwhile", not "not allowed".
 * The owner's label of the old status is left behind; pickup starts the repair warranty.
 */
export async function changeTicketStatus(
  db: Executor,
  input: { id: string; version: number; toStatus: TicketStatus; note: string },
  actor: Actor,
): Promise<TicketDetail> {
  const ticket = await db
    .selectFrom('tickets')
    .select(['status', 'version'])
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (!ticket) throw notFound('ticket')
  if (ticket.version !== input.version) throw conflict()
  const from = ticket.status as TicketStatus
  if (!canTransition(from, input.toStatus)) {
    throw new AppError(
      'CONFLICT',
      `A ticket that is ${from} cannot become ${input.toStatus}.`,
      'errors.transitionNotAllowed',
      { toStatus: 'notAllowed' },
      { from, to: input.toStatus },
    )
  }
  const now = nowUtc()
  await bumpTicketVersion(db, input.id, input.version, now)
  await db
    .updateTable('tickets')
    .set({
      status: input.toStatus,
      statusLabelId: null,
      ...(input.toStatus === 'collected' ? { collectedAt: now } : {}),
    })
    .where('id', '=', input.id)
    .execute()
  await addTicketEvent(
    db,
    input.id,
    { kind: 'status', fromStatus: from, toStatus: input.toStatus, note: input.note },
    actor,
    now,
  )
  // A cancelled repair must not keep parts from other customers.
  if (input.toStatus === 'cancelled') await releaseTicketReservations(db, input.id, actor)
  await writeAudit(db, actor, 'tickets.changeStatus', 'ticket', input.id, { from, ...input })
  return getTicket(db, input.id)
}

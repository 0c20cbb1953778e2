/**
 * The workshop's hot reads: the board, a technician's queue and the tickets whose parts arrived.
 * Compiled once (see db/compiled.ts). Open tickets are a few thousand of half a million, reached
 * through the (status, id) and (assignedTo, status) indexes; only the tickets a column shows are
 * joined to their customer, device, technician and label.
 */
import type { ExpressionBuilder, Kysely } from 'kysely'
import type { BoardTicket } from '../../shared/schemas/workshop'
import { openStatuses, type TicketPriority, type TicketStatus } from '../../shared/domain/status'
import { compiledQuery, param } from '../db/compiled'
import type { Database } from '../db/schema'

/** Most urgent first: priority, then the promised time (none promised last), then the oldest. */
function urgency(eb: ExpressionBuilder<Database, 'tickets'>) {
  return eb
    .case()
    .when('tickets.priority', '=', 'urgent')
    .then(0)
    .when('tickets.priority', '=', 'high')
    .then(1)
    .else(2)
    .end()
}

type Whose = 'all' | 'unassigned' | 'technician'

/** Open tickets numbered within their status by urgency, with each status's total. */
function ranked(db: Kysely<Database>, whose: Whose) {
  let query = db
    .selectFrom('tickets')
    .select((eb) => [
      'tickets.id',
      eb.fn
        .agg<number>('row_number')
        .over((over) =>
          over
            .partitionBy('tickets.status')
            .orderBy(urgency(eb))
            .orderBy('tickets.promisedAt', (order) => order.asc().nullsLast())
            .orderBy('tickets.createdAt')
            .orderBy('tickets.id'),
        )
        .as('position'),
      eb.fn
        .countAll<number>()
        .over((over) => over.partitionBy('tickets.status'))
        .as('total'),
    ])
    .where('tickets.status', 'in', [...openStatuses])
  if (whose === 'unassigned') query = query.where('tickets.assignedTo', 'is', null)
  if (whose === 'technician') query = query.where('tickets.assignedTo', '=', param<string>('staffId'))
  return query
}

/** A board card's columns, from `tickets as t` and what it refers to. */
function cardBase(db: Kysely<Database>) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('customers as c', 'c.id', 't.customerId')
    .innerJoin('devices as d', 'd.id', 't.deviceId')
    .leftJoin('staff as tech', 'tech.id', 't.assignedTo')
    .leftJoin('statusLabels as label', 'label.id', 't.statusLabelId')
    .select([
      't.id',
      't.number',
      't.status',
      't.priority',
      't.version',
      't.reportedFault',
      't.promisedAt',
      't.createdAt',
      't.assignedTo',
      't.partsArrivedAt',
      't.warrantyOfTicketId',
      'c.name as customerName',
      'd.brand',
      'd.model',
      'tech.name as technicianName',
      'tech.code as technicianCode',
      'label.name as statusLabelName',
    ])
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardBase>['execute']>>[number]

export function toBoardTicket(row: CardRow): BoardTicket {
  return {
    id: row.id,
    number: row.number,
    status: row.status as TicketStatus,
    priority: row.priority as TicketPriority,
    version: row.version,
    customerName: row.customerName,
    deviceLabel: `${row.brand} ${row.model}`.trim(),
    reportedFault: row.reportedFault,
    promisedAt: row.promisedAt,
    createdAt: row.createdAt,
    assignedTo:
      row.assignedTo && row.technicianName !== null && row.technicianCode !== null
        ? { id: row.assignedTo, name: row.technicianName, code: row.technicianCode }
        : null,
    statusLabelName: row.statusLabelName,
    partsArrivedAt: row.partsArrivedAt,
    isWarranty: row.warrantyOfTicketId !== null,
  }
}

function boardQuery(whose: Whose) {
  return compiledQuery<{ limit: number; staffId?: string }>()((db) =>
    cardBase(db)
      .innerJoin(ranked(db, whose).as('r'), 'r.id', 't.id')
      .select(['r.position', 'r.total'])
      .where('r.position', '<=', param<number>('limit'))
      .orderBy('t.status')
      .orderBy('r.position'),
  )
}

/** One query per filter: the plan differs (status index, or the technician's). */
export const boardRows = {
  all: boardQuery('all'),
  unassigned: boardQuery('unassigned'),
  technician: boardQuery('technician'),
}

export const queueRows = compiledQuery<{ staffId: string }>()((db) =>
  cardBase(db)
    .where('t.assignedTo', '=', param<string>('staffId'))
    .where('t.status', 'in', [...openStatuses])
    .orderBy((eb) =>
      eb
        .case()
        .when('t.priority', '=', 'urgent')
        .then(0)
        .when('t.priority', '=', 'high')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('t.promisedAt', (order) => order.asc().nullsLast())
    .orderBy('t.createdAt')
    .orderBy('t.id'),
)

export const partsArrivedRows = compiledQuery<Record<string, never>>()((db) =>
  cardBase(db)
    .where('t.status', '=', 'awaiting_parts')
    .where('t.partsArrivedAt', 'is not', null)
    .orderBy('t.partsArrivedAt')
    .orderBy('t.id'),
)

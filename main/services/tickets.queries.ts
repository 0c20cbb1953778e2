/**
 * Read queries of tickets. The list page and the detail are the counter's hottest reads, so they
 * are compiled once (see db/compiled.ts); the rest are built per call.
 */
import type { Kysely } from 'kysely'
import type { TicketStatus } from '../../shared/domain/status'
import { openStatuses } from '../../shared/domain/status'
import type { TicketSummary } from '../../shared/contract'
import { compiledFamily, compiledQuery, listParams, listValues, param } from '../db/compiled'
import type { Database } from '../db/schema'
import type { Executor } from './context'

/** Greater than every UUID: the cursor of the first page. */
const firstPageCursor = 'g'

function summaryBase(db: Kysely<Database>) {
  return db
    .selectFrom('tickets as t')
    .innerJoin('customers as c', 'c.id', 't.customerId')
    .innerJoin('devices as d', 'd.id', 't.deviceId')
    .leftJoin('customerPhones as p', (join) =>
      join.onRef('p.customerId', '=', 't.customerId').on('p.position', '=', 0),
    )
    .leftJoin('staff as tech', 'tech.id', 't.assignedTo')
    .select([
      'tech.name as assignedToName',
      't.id',
      't.number',
      't.status',
      't.priority',
      't.reportedFault',
      't.promisedAt',
      't.createdAt',
      'c.name as customerName',
      'p.phone as customerPhone',
      'd.brand',
      'd.model',
    ])
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryBase>['execute']>>[number]

export function toSummary(row: SummaryRow): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status as TicketStatus,
    priority: row.priority as TicketSummary['priority'],
    customerName: row.customerName,
    customerPhone: row.customerPhone ?? '',
    deviceLabel: `${row.brand} ${row.model}`.trim(),
    reportedFault: row.reportedFault,
    promisedAt: row.promisedAt,
    createdAt: row.createdAt,
    assignedToName: row.assignedToName,
  }
}

const pageByStatus = compiledQuery<{ status: string; cursor: string; limit: number }>()((db) =>
  summaryBase(db)
    .where('t.status', '=', param<string>('status'))
    .where('t.id', '<', param<string>('cursor'))
    .orderBy('t.id', 'desc')
    .limit(param<number>('limit')),
)

const pageOfAll = compiledQuery<{ cursor: string; limit: number }>()((db) =>
  summaryBase(db)
    .where('t.id', '<', param<string>('cursor'))
    .orderBy('t.id', 'desc')
    .limit(param<number>('limit')),
)

// The page's ids come from the (status, id) index first; only those rows are then joined.
const pageOfOpen = compiledQuery<{ cursor: string; limit: number }>()((db) =>
  summaryBase(db)
    .where('t.id', 'in', (eb) =>
      eb
        .selectFrom('tickets')
        .select('id')
        .where('status', 'in', [...openStatuses])
        .where('id', '<', param<string>('cursor'))
        .orderBy('id', 'desc')
        .limit(param<number>('limit')),
    )
    .orderBy('t.id', 'desc'),
)

export interface TicketFilter {
  status?: TicketStatus | 'open' | 'all'
  customerIds?: string[]
  deviceIds?: string[]
  numberPrefix?: string
  createdFrom?: string | null
  cursor?: string | null
  limit: number
}

/** Newest first. Paged by cursor: pass the last id of a page to get the next. */
export async function listTicketSummaries(db: Executor, filter: TicketFilter): Promise<TicketSummary[]> {
  const cursor = filter.cursor ?? firstPageCursor
  const status = filter.status ?? 'all'
  const plain = !filter.customerIds && !filter.deviceIds && !filter.numberPrefix && !filter.createdFrom
  if (plain) {
    const rows =
      status === 'all'
        ? await pageOfAll.run(db, { cursor, limit: filter.limit })
        : status === 'open'
          ? await pageOfOpen.run(db, { cursor, limit: filter.limit })
          : await pageByStatus.run(db, { status, cursor, limit: filter.limit })
    return rows.map(toSummary)
  }

  const customerIds = filter.customerIds ?? []
  const deviceIds = filter.deviceIds ?? []
  const numberPrefix = filter.numberPrefix ?? null
  const narrowed = filter.customerIds !== undefined || filter.deviceIds !== undefined || numberPrefix !== null
  if (narrowed && customerIds.length === 0 && deviceIds.length === 0 && numberPrefix === null) return []
  const shape: FilteredShape = {
    status: status === 'all' || status === 'open' ? status : 'one',
    customers: customerIds.length,
    devices: deviceIds.length,
    numberPrefix: numberPrefix !== null,
    createdFrom: Boolean(filter.createdFrom),
  }
  const rows = await filteredPage.run(db, JSON.stringify(shape), {
    ...listValues('customer', customerIds),
    ...listValues('device', deviceIds),
    status,
    cursor,
    limit: filter.limit,
    createdFrom: filter.createdFrom ?? '',
    numberFrom: numberPrefix ?? '',
    numberTo: `${numberPrefix ?? ''}\uffff`,
  })
  return rows.map(toSummary)
}

interface FilteredShape {
  status: 'all' | 'open' | 'one'
  customers: number
  devices: number
  numberPrefix: boolean
  createdFrom: boolean
}

/** The list narrowed by a query or a date; compiled once per shape (which filters, how many ids). */
const filteredPage = compiledFamily<string, Record<string, unknown>>()((db, key) => {
  const shape = JSON.parse(key) as FilteredShape
  let query = summaryBase(db).where('t.id', '<', param<string>('cursor'))
  if (shape.status === 'open') query = query.where('t.status', 'in', [...openStatuses])
  if (shape.status === 'one') query = query.where('t.status', '=', param<string>('status'))
  if (shape.createdFrom) query = query.where('t.createdAt', '>=', param<string>('createdFrom'))
  // A union of index lookups, not an OR over every ticket: SQLite would walk all of them for the OR.
  const matches = [
    ...(shape.customers > 0
      ? [
          db
            .selectFrom('tickets')
            .select('id')
            .where('customerId', 'in', listParams<string>('customer', shape.customers)),
        ]
      : []),
    ...(shape.devices > 0
      ? [
          db
            .selectFrom('tickets')
            .select('id')
            .where('deviceId', 'in', listParams<string>('device', shape.devices)),
        ]
      : []),
    ...(shape.numberPrefix
      ? [
          db
            .selectFrom('tickets')
            .select('id')
            .where('number', '>=', param<string>('numberFrom'))
            .where('number', '<', param<string>('numberTo')),
        ]
      : []),
  ]
  const [first, ...others] = matches
  if (first)
    query = query.where(
      't.id',
      'in',
      others.reduce((union, next) => union.union(next), first),
    )
  return query.orderBy('t.id', 'desc').limit(param<number>('limit'))
})

export const ticketDetailRow = compiledQuery<{ id: string }>()((db) =>
  db
    .selectFrom('tickets as t')
    .innerJoin('customers as c', 'c.id', 't.customerId')
    .innerJoin('devices as d', 'd.id', 't.deviceId')
    .leftJoin('staff as tech', 'tech.id', 't.assignedTo')
    .leftJoin('statusLabels as label', 'label.id', 't.statusLabelId')
    .leftJoin('tickets as original', 'original.id', 't.warrantyOfTicketId')
    .selectAll('t')
    .select([
      'tech.name as assignedToName',
      'label.name as statusLabelName',
      'label.status as statusLabelStatus',
      'original.number as warrantyOfNumber',
      'c.name as customerName',
      'd.customerId as deviceCustomerId',
      'd.category',
      'd.brand',
      'd.model',
      'd.serial',
      'd.serialReversed',
      'd.purchaseDate',
      'd.warrantyEnd',
      'd.notes',
      'd.createdAt as deviceCreatedAt',
      'd.updatedAt as deviceUpdatedAt',
    ])
    .where('t.id', '=', param<string>('id')),
)

export const repeatRepairRows = compiledQuery<{ id: string }>()((db) =>
  db
    .selectFrom('tickets')
    .select(['id', 'number'])
    .where('warrantyOfTicketId', '=', param<string>('id'))
    .orderBy('id'),
)

export const ticketEventRows = compiledQuery<{ ticketId: string }>()((db) =>
  db
    .selectFrom('ticketEvents as e')
    .innerJoin('staff as s', 's.id', 'e.actorId')
    .select([
      'e.id',
      'e.kind',
      'e.fromStatus',
      'e.toStatus',
      'e.note',
      'e.amountMinor',
      'e.visibility',
      'e.data',
      'e.createdAt',
      's.name as actorName',
    ])
    .where('e.ticketId', '=', param<string>('ticketId'))
    .orderBy('e.id'),
)

export const customerPhoneRows = compiledQuery<{ customerId: string }>()((db) =>
  db
    .selectFrom('customerPhones')
    .select('phone')
    .where('customerId', '=', param<string>('customerId'))
    .orderBy('position'),
)

/**
 * The approved work of a ticket: its latest approved estimate's lines. Their longest warranty is
 * the ticket's repair warranty, counted from pickup.
 */
export async function approvedWork(
  db: Executor,
  ticketId: string,
): Promise<{ warrantyDays: number; labour: string[] }> {
  const lines = await db
    .selectFrom('estimateLines as l')
    .select(['l.kind', 'l.description', 'l.warrantyDays'])
    .where('l.estimateId', '=', (eb) =>
      eb
        .selectFrom('estimates')
        .select('id')
        .where('ticketId', '=', ticketId)
        .where('status', '=', 'approved')
        .orderBy('version', 'desc')
        .limit(1),
    )
    .orderBy('l.position')
    .execute()
  return {
    warrantyDays: Math.max(0, ...lines.map((line) => line.warrantyDays)),
    labour: lines.filter((line) => line.kind === 'labour').map((line) => line.description),
  }
}

const dayMs = 24 * 60 * 60 * 1000

/** When a repair warranty of `days` from pickup ends; null before pickup or without one. */
export function warrantyEnd(collectedAt: string | null, days: number): string | null {
  if (collectedAt === null || days <= 0) return null
  return new Date(Date.parse(collectedAt) + days * dayMs).toISOString()
}

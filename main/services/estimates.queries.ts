/** Read queries of estimates: a ticket's versions with their lines and the names of who did what. */
import type { Estimate } from '../../shared/contract'
import type { Currency } from '../../shared/domain/money'
import { notFound } from '../errors'
import type { Executor } from './context'

type EstimateStatus = Estimate['status']
type LineKind = Estimate['lines'][number]['kind']
type Channel = NonNullable<Estimate['decisionChannel']>

/** The estimate row as the services check it before a change, or NOT_FOUND. */
export async function estimateForUpdate(db: Executor, id: string) {
  const row = await db.selectFrom('estimates').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('estimate', 'estimates:errors.estimateNotFound')
  return { ...row, status: row.status as EstimateStatus }
}

/** The ticket's newest version, whatever its status; undefined before the first estimate. */
export async function latestEstimate(db: Executor, ticketId: string) {
  return db
    .selectFrom('estimates')
    .select(['id', 'version', 'status'])
    .where('ticketId', '=', ticketId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/**
 * Estimates as the contract gives them, newest version first: of one ticket, or only the one with
 * `estimateId`. `warranty` comes from the ticket (a repeat repair charges nothing).
 */
export async function readEstimates(
  db: Executor,
  where: { ticketId: string; estimateId?: string },
): Promise<Estimate[]> {
  const ticket = await db
    .selectFrom('tickets')
    .select(['warrantyOfTicketId'])
    .where('id', '=', where.ticketId)
    .executeTakeFirst()
  if (!ticket) throw notFound('ticket')
  const settings = await db.selectFrom('settings').select('currency').executeTakeFirstOrThrow()
  let query = db
    .selectFrom('estimates as e')
    .innerJoin('staff as creator', 'creator.id', 'e.createdBy')
    .leftJoin('staff as recorder', 'recorder.id', 'e.decisionRecordedBy')
    .selectAll('e')
    .select(['creator.name as createdByName', 'recorder.name as decisionRecordedByName'])
    .where('e.ticketId', '=', where.ticketId)
    .orderBy('e.version', 'desc')
  if (where.estimateId) query = query.where('e.id', '=', where.estimateId)
  const rows = await query.execute()
  if (rows.length === 0) return []
  const lines = await db
    .selectFrom('estimateLines')
    .selectAll()
    .where(
      'estimateId',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('estimateId')
    .orderBy('position')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    ticketId: row.ticketId,
    version: row.version,
    status: row.status as EstimateStatus,
    pricesIncludeTax: row.pricesIncludeTax === 1,
    currency: settings.currency as Currency,
    lines: lines
      .filter((line) => line.estimateId === row.id)
      .map((line) => ({
        id: line.id,
        kind: line.kind as LineKind,
        labourItemId: line.labourItemId,
        partId: line.partId,
        description: line.description,
        quantity: line.quantity,
        unitPriceMinor: line.unitPriceMinor,
        taxRateBp: line.taxRateBp,
        netMinor: line.netMinor,
        taxMinor: line.taxMinor,
        totalMinor: line.totalMinor,
        unitCostMinor: line.unitCostMinor,
        warrantyDays: line.warrantyDays,
      })),
    subtotalMinor: row.subtotalMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    costMinor: row.costMinor,
    warranty: ticket.warrantyOfTicketId !== null,
    note: row.note,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    sentAt: row.sentAt,
    decidedAt: row.decidedAt,
    decisionChannel: row.decisionChannel as Channel | null,
    decisionRecordedByName: row.decisionRecordedByName,
    decisionNote: row.decisionNote,
  }))
}

/** One estimate as the contract gives it. */
export async function readEstimate(db: Executor, ticketId: string, estimateId: string): Promise<Estimate> {
  const [estimate] = await readEstimates(db, { ticketId, estimateId })
  if (!estimate) throw notFound('estimate', 'estimates:errors.estimateNotFound')
  return estimate
}

/** What a labour line copies from the catalogue, and what a part line copies from the part and its stock. */
export async function catalogueFor(db: Executor, labourItemIds: string[], partIds: string[]) {
  const labour =
    labourItemIds.length === 0
      ? []
      : await db.selectFrom('labourItems').selectAll().where('id', 'in', labourItemIds).execute()
  const parts =
    partIds.length === 0
      ? []
      : await db
          .selectFrom('parts as p')
          .leftJoin('stockLevels as s', 's.partId', 'p.id')
          .select(['p.id', 'p.name', 'p.priceMinor', 's.averageCostMinor'])
          .where('p.id', 'in', partIds)
          .execute()
  return {
    labour: new Map(labour.map((item) => [item.id, item])),
    parts: new Map(parts.map((part) => [part.id, part])),
  }
}

/**
 * Estimates and the customer's approval. A ticket's estimate has numbered versions:
 *
 * - `save` writes the newest version while it is a draft; once that version has been sent or
 *   answered, saving starts version N+1 as a draft. The version sent before stays valid (an approved
 *   one keeps the work approved) until the new one is SENT: only then does it become `superseded`.
 * - `send` puts the draft before the customer: the ticket waits in awaiting_approval.
 * - `decide` records the answer (approved → in_repair, declined → declined), how and when, and who
 *   took it. A changed scope after approval is a new version, sent and approved again.
 *
 * Lines copy their description, price, tax rate, cost and warranty at the time, so a catalogue or
 * price change never alters an estimate already made. A warranty (repeat) repair charges nothing:
 * every price is 0, and the cost is still recorded. Nothing is charged here; invoices come later.
 */
import type { Estimate, MethodOutput, ParsedInput, Settings } from '../../shared/contract'
import { lineAmounts, sumLineAmounts } from '../../shared/domain/money'
import { canTransition, isClosed, type TicketStatus } from '../../shared/domain/status'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import {
  catalogueFor,
  estimateForUpdate,
  latestEstimate,
  readEstimate,
  readEstimates,
} from './estimates.queries'
import { getSettings } from './settings'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'
import { changeTicketStatus } from './tickets'

type LineInput = ParsedInput<'estimates.save'>['lines'][number]

/** A line priced and ready to write, without its ids. */
interface PricedLine {
  kind: Estimate['lines'][number]['kind']
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  taxRateBp: number
  netMinor: number
  taxMinor: number
  totalMinor: number
  unitCostMinor: number
  warrantyDays: number
}

/** How long a clerk's clock may run ahead of this computer's before a "when" counts as future. */
const clockSkewMs = 5 * 60 * 1000

async function openTicket(db: Executor, ticketId: string) {
  const ticket = await ticketForUpdate(db, ticketId)
  if (isClosed(ticket.status as TicketStatus)) {
    throw new AppError(
      'CONFLICT',
      'This ticket is closed; its estimate can no longer change.',
      'estimates:errors.ticketClosed',
    )
  }
  return ticket
}

/**
 * Prices the clerk's lines from the catalogue, the part's stock and the shop's tax settings.
 * A part fitted as part of the work carries the longest warranty of the estimate's labour lines
 * (the shop stands behind the repair as a whole); a part alone, or an "other" line, carries none.
 */
async function priceLines(
  db: Executor,
  inputs: LineInput[],
  settings: Settings,
  warranty: boolean,
): Promise<PricedLine[]> {
  const labourIds = inputs.flatMap((line) =>
    line.kind === 'labour' && line.labourItemId ? [line.labourItemId] : [],
  )
  const partIds = inputs.flatMap((line) => (line.kind === 'part' && line.partId ? [line.partId] : []))
  const catalogue = await catalogueFor(db, [...new Set(labourIds)], [...new Set(partIds)])
  const drafts = inputs.map((line) => draftLine(line, catalogue, settings))
  const labourWarranty = Math.max(
    0,
    ...drafts.filter((line) => line.kind === 'labour').map((line) => line.warrantyDays),
  )
  return drafts.map((line) => {
    // A warranty repair is free to the customer; the catalogue price is not kept anywhere.
    const unitPriceMinor = warranty ? 0 : line.unitPriceMinor
    const amounts = lineAmounts({
      quantity: line.quantity,
      unitPriceMinor,
      taxRateBp: line.taxRateBp,
      pricesIncludeTax: settings.pricesIncludeTax,
    })
    const warrantyDays = line.kind === 'part' ? labourWarranty : line.warrantyDays
    return { ...line, unitPriceMinor, ...amounts, warrantyDays }
  })
}

type Catalogue = Awaited<ReturnType<typeof catalogueFor>>

function draftLine(line: LineInput, catalogue: Catalogue, settings: Settings) {
  const base = {
    kind: line.kind,
    quantity: line.quantity,
    labourItemId: null as string | null,
    partId: null as string | null,
  }
  if (line.kind === 'labour') {
    const item = catalogue.labour.get(line.labourItemId ?? '')
    if (!item) throw notFound('labourItem', 'estimates:errors.labourNotFound')
    return {
      ...base,
      labourItemId: item.id,
      description: line.description || item.name,
      unitPriceMinor: line.unitPriceMinor ?? item.priceMinor,
      taxRateBp: line.taxRateBp ?? item.taxRateBp ?? settings.taxRateBp,
      unitCostMinor: 0,
      warrantyDays: item.warrantyDays,
    }
  }
  if (line.kind === 'part') {
    const part = catalogue.parts.get(line.partId ?? '')
    if (!part) throw notFound('part')
    return {
      ...base,
      partId: part.id,
      description: line.description || part.name,
      unitPriceMinor: line.unitPriceMinor ?? part.priceMinor,
      taxRateBp: line.taxRateBp ?? settings.taxRateBp,
      unitCostMinor: part.averageCostMinor ?? 0,
      warrantyDays: 0,
    }
  }
  return {
    ...base,
    description: line.description,
    unitPriceMinor: line.unitPriceMinor ?? 0,
    taxRateBp: line.taxRateBp ?? settings.taxRateBp,
    unitCostMinor: 0,
    warrantyDays: 0,
  }
}

function totalsOf(lines: PricedLine[]) {
  const sum = sumLineAmounts(lines)
  return {
    subtotalMinor: sum.netMinor,
    taxMinor: sum.taxMinor,
    totalMinor: sum.totalMinor,
    costMinor: lines.reduce((cost, line) => cost + line.unitCostMinor * line.quantity, 0),
  }
}

async function writeLines(db: Executor, estimateId: string, lines: PricedLine[]): Promise<void> {
  await db.deleteFrom('estimateLines').where('estimateId', '=', estimateId).execute()
  await db
    .insertInto('estimateLines')
    .values(lines.map((line, position) => ({ id: newId(), estimateId, position, ...line })))
    .execute()
}

export async function estimatesForTicket(
  db: Executor,
  input: ParsedInput<'estimates.forTicket'>,
): Promise<MethodOutput<'estimates.forTicket'>> {
  return readEstimates(db, { ticketId: input.ticketId })
}

/**
 * Writes the ticket's draft. Re-saving a draft leaves no timeline event (a technician may save many
 * times); starting a new version does, once.
 */
export async function saveEstimate(
  db: Executor,
  input: ParsedInput<'estimates.save'>,
  actor: Actor,
): Promise<MethodOutput<'estimates.save'>> {
  const ticket = await openTicket(db, input.ticketId)
  const settings = await getSettings(db)
  const lines = await priceLines(db, input.lines, settings, ticket.warrantyOfTicketId !== null)
  const totals = totalsOf(lines)
  const columns = { ...totals, pricesIncludeTax: settings.pricesIncludeTax ? 1 : 0, note: input.note }
  const latest = await latestEstimate(db, input.ticketId)
  let id: string
  if (latest?.status === 'draft') {
    id = latest.id
    await db.updateTable('estimates').set(columns).where('id', '=', id).execute()
  } else {
    id = newId()
    const version = (latest?.version ?? 0) + 1
    await db
      .insertInto('estimates')
      .values({
        id,
        ticketId: input.ticketId,
        version,
        status: 'draft',
        ...columns,
        createdAt: nowUtc(),
        createdBy: actor.id,
        sentAt: null,
        sentBy: null,
        decidedAt: null,
        decisionChannel: null,
        decisionRecordedBy: null,
      })
      .execute()
    await bumpTicketVersion(db, input.ticketId, null)
    await addTicketEvent(
      db,
      input.ticketId,
      { kind: 'estimate', data: { version, action: 'saved', totalMinor: totals.totalMinor } },
      actor,
    )
  }
  await writeLines(db, id, lines)
  await writeAudit(db, actor, 'estimates.save', 'estimate', id, input)
  return readEstimate(db, input.ticketId, id)
}

/** Where a ticket must be for its estimate to go to the customer, and why not otherwise. */
function sendRefusal(status: TicketStatus): AppError | null {
  if (status === 'awaiting_approval' || canTransition(status, 'awaiting_approval')) return null
  if (status === 'received') {
    return new AppError(
      'CONFLICT',
      'Start the diagnosis before sending an estimate.',
      'estimates:errors.diagnoseFirst',
    )
  }
  return new AppError(
    'CONFLICT',
    `An estimate cannot be sent while the ticket is ${status}.`,
    'estimates:errors.cannotSend',
    undefined,
    { status },
  )
}

/** Sends the draft for approval; the versions sent before it are superseded. */
export async function sendEstimate(
  db: Executor,
  input: ParsedInput<'estimates.send'>,
  actor: Actor,
): Promise<MethodOutput<'estimates.send'>> {
  const estimate = await estimateForUpdate(db, input.id)
  if (estimate.status !== 'draft') {
    throw new AppError('CONFLICT', 'Only a draft estimate can be sent.', 'estimates:errors.notDraft')
  }
  const ticket = await openTicket(db, estimate.ticketId)
  const status = ticket.status as TicketStatus
  const refusal = sendRefusal(status)
  if (refusal) throw refusal
  const now = nowUtc()
  await db
    .updateTable('estimates')
    .set({ status: 'superseded' })
    .where('ticketId', '=', estimate.ticketId)
    .where('status', 'in', ['sent', 'approved'])
    .execute()
  await db
    .updateTable('estimates')
    .set({ status: 'sent', sentAt: now, sentBy: actor.id })
    .where('id', '=', estimate.id)
    .execute()
  await db
    .updateTable('tickets')
    .set({ estimateMinor: estimate.totalMinor })
    .where('id', '=', estimate.ticketId)
    .execute()
  const data = { version: estimate.version, action: 'sent', totalMinor: estimate.totalMinor }
  await addTicketEvent(db, estimate.ticketId, { kind: 'estimate', visibility: 'customer', data }, actor, now)
  await moveTicket(
    db,
    { id: ticket.id, version: ticket.version, from: status, to: 'awaiting_approval' },
    actor,
  )
  await writeAudit(db, actor, 'estimates.send', 'estimate', estimate.id, input)
  return readEstimate(db, estimate.ticketId, estimate.id)
}

/**
 * Moves the ticket along the status machine with its status event when the move is allowed; a ticket
 * already there (or moved elsewhere by hand meanwhile) keeps its status and only its version moves.
 */
async function moveTicket(
  db: Executor,
  move: { id: string; version: number; from: TicketStatus; to: TicketStatus },
  actor: Actor,
): Promise<void> {
  if (move.from !== move.to && canTransition(move.from, move.to)) {
    await changeTicketStatus(db, { id: move.id, version: move.version, toStatus: move.to, note: '' }, actor)
  } else {
    await bumpTicketVersion(db, move.id, null)
  }
}

/** Records the customer's answer to the estimate sent: approved or declined, how, when, who took it. */
export async function decideEstimate(
  db: Executor,
  input: ParsedInput<'estimates.decide'>,
  actor: Actor,
): Promise<MethodOutput<'estimates.decide'>> {
  const estimate = await estimateForUpdate(db, input.id)
  if (estimate.status !== 'sent') {
    throw new AppError(
      'CONFLICT',
      'Only an estimate sent to the customer can be answered.',
      'estimates:errors.notSent',
    )
  }
  const now = nowUtc()
  const decidedAt = input.decidedAt ? new Date(input.decidedAt).toISOString() : now
  if (Date.parse(decidedAt) > Date.now() + clockSkewMs) {
    throw new AppError(
      'VALIDATION',
      'The answer cannot be recorded as given in the future.',
      'estimates:errors.decidedInFuture',
      { decidedAt: 'invalidDate' },
    )
  }
  const ticket = await openTicket(db, estimate.ticketId)
  await db
    .updateTable('estimates')
    .set({
      status: input.decision,
      decidedAt,
      decisionChannel: input.channel,
      decisionRecordedBy: actor.id,
      decisionNote: input.note,
    })
    .where('id', '=', estimate.id)
    .execute()
  const data = { version: estimate.version, decision: input.decision, channel: input.channel }
  await addTicketEvent(
    db,
    estimate.ticketId,
    { kind: 'approval', visibility: 'customer', note: input.note, data },
    actor,
    now,
  )
  const to: TicketStatus = input.decision === 'approved' ? 'in_repair' : 'declined'
  await moveTicket(
    db,
    { id: ticket.id, version: ticket.version, from: ticket.status as TicketStatus, to },
    actor,
  )
  await writeAudit(db, actor, 'estimates.decide', 'estimate', estimate.id, input)
  return readEstimate(db, estimate.ticketId, estimate.id)
}

/**
 * Telling the customer: a message per status and language (the shipped wording or the owner's),
 * filled in from the ticket to copy into an SMS or a chat app, and the record that it was sent.
 */
import type { Locale, MethodOutput, ParsedInput } from '../../shared/contract'
import {
  amountUnknown,
  builtInTemplates,
  fillTemplate,
  statusNames,
  type MessageVariable,
} from '../../shared/domain/messages'
import { formatMoney } from '../../shared/domain/money'
import { locales } from '../../shared/contract'
import { ticketStatuses, type TicketStatus } from '../../shared/domain/status'
import { notFound } from '../errors'
import { type Actor, type Executor, nowUtc, writeAudit } from './context'
import { getSettings } from './settings'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'
import { getTicket } from './tickets'

type Template = MethodOutput<'messages.saveTemplate'>

async function overrides(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('messageTemplates').select(['status', 'locale', 'body']).execute()
  return new Map(rows.map((row) => [`${row.status}/${row.locale}`, row.body]))
}

function template(status: TicketStatus, locale: Locale, owned: Map<string, string>): Template {
  const body = owned.get(`${status}/${locale}`)
  return body === undefined
    ? { status, locale, body: builtInTemplates[locale][status], builtIn: true }
    : { status, locale, body, builtIn: false }
}

/** Every status in every language, the owner's wording where there is one. */
export async function listTemplates(
  db: Executor,
  _input: ParsedInput<'messages.templates'>,
): Promise<MethodOutput<'messages.templates'>> {
  const owned = await overrides(db)
  return ticketStatuses.flatMap((status) => locales.map((locale) => template(status, locale, owned)))
}

/** The owner's wording of one status in one language; an empty body goes back to the shipped one. */
export async function saveTemplate(
  db: Executor,
  input: ParsedInput<'messages.saveTemplate'>,
  actor: Actor,
): Promise<MethodOutput<'messages.saveTemplate'>> {
  const key = { status: input.status, locale: input.locale }
  if (input.body === '') {
    await db
      .deleteFrom('messageTemplates')
      .where('status', '=', input.status)
      .where('locale', '=', input.locale)
      .execute()
  } else {
    const updatedAt = nowUtc()
    await db
      .insertInto('messageTemplates')
      .values({ ...key, body: input.body, updatedAt })
      .onConflict((conflict) =>
        conflict.columns(['status', 'locale']).doUpdateSet({ body: input.body, updatedAt }),
      )
      .execute()
  }
  await writeAudit(db, actor, 'messages.saveTemplate', 'messageTemplate', `${input.status}/${input.locale}`, {
    body: input.body,
  })
  return input.body === ''
    ? { ...key, body: builtInTemplates[input.locale][input.status], builtIn: true }
    : { ...key, body: input.body, builtIn: false }
}

/**
 * What the customer still owes: the latest approved estimate's total, or else the estimate taken at
 * the counter, less the deposit paid; never below zero. A warranty (repeat) repair costs nothing.
 * null when no price is known yet.
 */
async function amountDueMinor(
  db: Executor,
  ticket: {
    id: string
    estimateMinor: number | null
    depositMinor: number
    warrantyOfTicketId: string | null
  },
): Promise<number | null> {
  if (ticket.warrantyOfTicketId !== null) return 0
  const approved = await db
    .selectFrom('estimates')
    .select('totalMinor')
    .where('ticketId', '=', ticket.id)
    .where('status', '=', 'approved')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  const total = approved?.totalMinor ?? ticket.estimateMinor
  return total === null ? null : Math.max(0, total - ticket.depositMinor)
}

/** The message for the ticket's current status, filled in, in the chosen language. */
export async function composeMessage(
  db: Executor,
  input: ParsedInput<'messages.compose'>,
): Promise<MethodOutput<'messages.compose'>> {
  const ticket = await db
    .selectFrom('tickets')
    .innerJoin('customers', 'customers.id', 'tickets.customerId')
    .innerJoin('devices', 'devices.id', 'tickets.deviceId')
    .select([
      'tickets.id',
      'tickets.number',
      'tickets.status',
      'tickets.estimateMinor',
      'tickets.depositMinor',
      'tickets.warrantyOfTicketId',
      'customers.name as customerName',
      'devices.brand',
      'devices.model',
    ])
    .where('tickets.id', '=', input.ticketId)
    .executeTakeFirst()
  if (!ticket) throw notFound('ticket')
  const status = ticket.status as TicketStatus
  const settings = await getSettings(db)
  const due = await amountDueMinor(db, ticket)
  const values: Record<MessageVariable, string> = {
    shopName: settings.outletName,
    customerName: ticket.customerName,
    number: ticket.number,
    device: [ticket.brand, ticket.model]
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join(' '),
    status: statusNames[input.locale][status],
    amountDue: due === null ? amountUnknown[input.locale] : formatMoney(due, settings.currency, input.locale),
    shopPhone: settings.phone,
  }
  const body = template(status, input.locale, await overrides(db)).body
  return { body: fillTemplate(body, values) }
}

/** Records that the customer was told, how and what, on the ticket's customer-facing timeline. */
export async function recordTold(
  db: Executor,
  input: ParsedInput<'messages.recordTold'>,
  actor: Actor,
): Promise<MethodOutput<'messages.recordTold'>> {
  await ticketForUpdate(db, input.ticketId)
  const now = nowUtc()
  await addTicketEvent(
    db,
    input.ticketId,
    { kind: 'message', note: input.body, visibility: 'customer', data: { channel: input.channel } },
    actor,
    now,
  )
  await bumpTicketVersion(db, input.ticketId, null, now)
  await writeAudit(db, actor, 'messages.recordTold', 'ticket', input.ticketId, {
    channel: input.channel,
    body: input.body,
  })
  return getTicket(db, input.ticketId)
}

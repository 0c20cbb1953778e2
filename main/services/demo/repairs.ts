/**
 * One demo repair from intake to pickup, as the shop would do it: the technician diagnoses and
 * prices it from the labour list and stock, the customer approves (or declines) the estimate, the
 * part is fitted from stock (or ordered when none is left), the device is tested and waits at the
 * counter until it is collected and paid. How far a repair gets is set by its age, so the newest
 * ones are still open; each step runs at its own moment on the demo's calendar.
 */
import type { Locale } from '../../../shared/contract'
import type { Actor, Executor } from '../context'
import { decideEstimate, saveEstimate, sendEstimate } from '../estimates'
import { placePurchaseOrder, receivePurchaseOrder } from '../purchaseOrders'
import { getPurchaseOrder } from '../purchaseOrders.queries'
import { stockAvailability } from '../stock'
import { addTicketPart, listTicketParts, specialOrder, useTicketPart } from '../ticketParts'
import { changeTicketStatus, getTicket } from '../tickets'
import type { TicketStatus } from '../../../shared/domain/status'
import { labour, type RepairKind, words } from './catalogue'
import { input } from './input'
import type { Till } from './money'
import { type Calendar, localDay, type Schedule } from './schedule'
import type { StockBook } from './stock'

const minute = 60 * 1000
const hour = 60 * minute

export type Step = 'diagnose' | 'estimate' | 'send' | 'decide' | 'fit' | 'test' | 'ready' | 'pickup'

/** Hours after intake each step happens at, before opening hours move it. */
const offsets: Record<Step, number> = {
  diagnose: 2,
  estimate: 3,
  send: 3.3,
  decide: 22,
  fit: 24,
  test: 28,
  ready: 30,
  pickup: 54,
}

const approvedPath: Step[] = ['diagnose', 'estimate', 'send', 'decide', 'fit', 'test', 'ready', 'pickup']

/**
 * The steps a repair of this age (0 the oldest, 1 the newest) has gone through. Most are collected
 * within days; the last days' repairs are still on the bench, and now and then a finished device
 * waits at the counter for days (a `waiting` repair), as in a real shop.
 */
export function stepsFor(age: number, declined: boolean, waiting: boolean): Step[] {
  const upTo = (step: Step) => approvedPath.slice(0, approvedPath.indexOf(step) + 1)
  if (declined) return ['diagnose', 'estimate', 'send', 'decide', 'ready', 'pickup']
  if (age < 0.7) return waiting && age > 0.3 ? upTo('ready') : approvedPath
  if (age < 0.75) return upTo('ready')
  if (age < 0.8) return upTo('test')
  if (age < 0.85) return upTo('fit')
  if (age < 0.88) return upTo('send')
  if (age < 0.92) return upTo('estimate')
  return []
}

export interface Repair {
  ticketId: string
  kind: RepairKind
  technician: Actor
  declined: boolean
  /** Leaves part of the bill owing at pickup. */
  owes: boolean
  /** When a part ordered for the repair will be in: its later steps wait for it. */
  partsDueAt?: number
}

export interface Workshop {
  db: Executor
  locale: Locale
  counter: Actor
  labourIds: string[]
  book: StockBook
  till: Till
  calendar: Calendar
  schedule: Schedule
}

/**
 * When each step happens: its offset from intake within opening hours; a young repair whose steps
 * would run past now has them drawn closer together (a pickup never: that device is still waiting).
 */
export function stepTimes(calendar: Calendar, intakeAt: number, steps: Step[]): number[] {
  const latest = calendar.now - 10 * minute
  const times: number[] = []
  for (const step of steps) {
    const previous = times.at(-1) ?? intakeAt
    times.push(calendar.open(Math.max(intakeAt + offsets[step] * hour, previous + 5 * minute)))
  }
  if ((times.at(-1) ?? 0) <= latest) return times
  const kept = steps.at(-1) === 'pickup' ? steps.length - 1 : steps.length
  return Array.from(
    { length: kept },
    (_, index) => intakeAt + ((latest - intakeAt) * (index + 1)) / (kept + 1),
  )
}

async function moveTo(db: Executor, ticketId: string, toStatus: TicketStatus, actor: Actor): Promise<void> {
  const { version } = await getTicket(db, ticketId)
  await changeTicketStatus(db, { id: ticketId, version, toStatus, note: '' }, actor)
}

async function latestEstimateId(db: Executor, ticketId: string): Promise<string> {
  const row = await db
    .selectFrom('estimates')
    .select('id')
    .where('ticketId', '=', ticketId)
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The part for the repair: fitted from stock, or ordered from its supplier when none is free. */
async function fit(shop: Workshop, repair: Repair): Promise<void> {
  const partId = repair.kind.part ? shop.book.partIds.get(repair.kind.part) : undefined
  if (!partId) return
  const { db, counter } = shop
  if ((await stockAvailability(db, partId)).available >= 1) {
    const part = input('ticketParts.add', { ticketId: repair.ticketId, partId, quantity: 1, use: true })
    await addTicketPart(db, part, repair.technician)
    return
  }
  const order = input('ticketParts.specialOrder', { ticketId: repair.ticketId, partId, quantity: 1 })
  const { purchaseOrderId } = await specialOrder(db, order, repair.technician)
  // The day's special orders go to the supplier together in the evening and arrive two days on;
  // the repair goes on once its part is in.
  const { calendar, schedule } = shop
  const now = schedule.time()
  const evening = Math.max(localDay(now) + 18.75 * hour, now + 5 * minute)
  const arrival = calendar.open(evening + 40 * hour)
  repair.partsDueAt = arrival + hour
  schedule.add(evening, async () => {
    const placed = await getPurchaseOrder(db, purchaseOrderId)
    if (placed.status === 'draft') await placePurchaseOrder(db, purchaseOrderId, counter)
  })
  schedule.add(arrival, async () => {
    const placed = await getPurchaseOrder(db, purchaseOrderId)
    const lines = placed.lines
      .filter((line) => line.quantityOutstanding > 0)
      .map((line) => ({
        lineId: line.id,
        quantity: line.quantityOutstanding,
        unitCostMinor: line.unitCostMinor,
      }))
    if (lines.length > 0) {
      await receivePurchaseOrder(db, input('purchaseOrders.receive', { id: purchaseOrderId, lines }), counter)
    }
  })
  schedule.add(arrival + 30 * minute, async () => {
    const reserved = (await listTicketParts(db, { ticketId: repair.ticketId })).find(
      (row) => row.status === 'reserved',
    )
    if (!reserved) return
    await moveTo(db, repair.ticketId, 'in_repair', repair.technician)
    await useTicketPart(db, { id: reserved.id }, repair.technician)
  })
}

async function runStep(shop: Workshop, repair: Repair, step: Step): Promise<void> {
  const { db, counter, locale } = shop
  const { ticketId, technician } = repair
  const partId = repair.kind.part ? shop.book.partIds.get(repair.kind.part) : undefined
  switch (step) {
    case 'diagnose':
      return moveTo(db, ticketId, 'diagnosing', technician)
    case 'estimate': {
      const lines = [
        { kind: 'labour' as const, labourItemId: shop.labourIds[repair.kind.labour] ?? null, quantity: 1 },
        ...(partId ? [{ kind: 'part' as const, partId, quantity: 1 }] : []),
      ]
      await saveEstimate(db, input('estimates.save', { ticketId, lines }), technician)
      return
    }
    case 'send':
      await sendEstimate(db, { id: await latestEstimateId(db, ticketId) }, technician)
      return
    case 'decide': {
      const decision = repair.declined ? 'declined' : 'approved'
      const channel = (['phone', 'message', 'in_person'] as const)[ticketId.charCodeAt(35) % 3] ?? 'phone'
      const note = repair.declined ? words.declined[locale] : ''
      const id = await latestEstimateId(db, ticketId)
      await decideEstimate(db, input('estimates.decide', { id, decision, channel, note }), counter)
      return
    }
    case 'fit':
      return fit(shop, repair)
    case 'test':
      return moveTo(db, ticketId, 'testing', technician)
    case 'ready':
      return moveTo(db, ticketId, 'ready_for_pickup', technician)
    case 'pickup': {
      // A declined repair pays for the diagnosis.
      const fee = {
        kind: 'labour' as const,
        labourItemId: shop.labourIds[labour.diagnosis] ?? null,
        quantity: 1,
      }
      const extra = repair.declined ? [input('invoices.sell', { lines: [fee] }).lines[0]!] : []
      const { version } = await getTicket(db, ticketId)
      return shop.till.pickup(ticketId, version, extra, repair.owes)
    }
  }
}

/** Puts the repair's steps on the calendar; those due before an ordered part is in wait for it. */
export function scheduleRepair(shop: Workshop, repair: Repair, intakeAt: number, steps: Step[]): void {
  const times = stepTimes(shop.calendar, intakeAt, steps)
  times.forEach((at, index) => {
    const step = steps[index]
    if (!step) return
    const run = async (): Promise<void> => {
      const due = repair.partsDueAt
      if (due !== undefined && shop.schedule.time() < due) {
        shop.schedule.add(shop.calendar.open(due + index * 40 * minute), run)
        return
      }
      await runStep(shop, repair, step)
    }
    shop.schedule.add(at, run)
  })
}

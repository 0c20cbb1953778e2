/**
 * Demo data: three weeks of a small living shop, written through the same services as the counter
 * so every ledger, kept figure and document number agrees. Its labour price list, two technicians,
 * suppliers, parts and stock with orders and a count (demo/stock.ts); customers and their devices
 * with repairs at every stage, estimates approved and declined (demo/customers.ts, demo/repairs.ts);
 * and the money — drawer days with their Z reports, pickups and counter sales in several tenders,
 * a refund, a void and balances owed (demo/money.ts). Each write is stamped with its moment
 * (demo/schedule.ts).
 */
import type { Locale } from '../../shared/contract'
import { AppError } from '../errors'
import { type Actor, type Executor, withClock } from './context'
import { labourCatalogue, technicianNames } from './demo/catalogue'
import { customerCount, scheduleCustomers } from './demo/customers'
import { input } from './demo/input'
import { Till } from './demo/money'
import type { Workshop } from './demo/repairs'
import { Calendar, randomSequence, Schedule } from './demo/schedule'
import { scheduleStock, setUpStock } from './demo/stock'
import { createLabour } from './labour'
import { createStaff } from './staff'

/** How many days back the shop's history starts. */
const days = 21

/** Two technicians with the first free codes T1, T2... */
async function addTechnicians(db: Executor, locale: Locale, actor: Actor): Promise<Actor[]> {
  const taken = new Set((await db.selectFrom('staff').select('code').execute()).map((row) => row.code))
  const technicians: Actor[] = []
  let number = 1
  for (const name of technicianNames[locale]) {
    while (taken.has(`T${number}`)) number += 1
    const code = `T${number}`
    taken.add(code)
    const staff = await createStaff(db, input('staff.create', { name, code, role: 'technician' }), actor)
    technicians.push({ id: staff.id, name: staff.name })
  }
  return technicians
}

async function addLabourCatalogue(db: Executor, locale: Locale, actor: Actor): Promise<string[]> {
  const ids: string[] = []
  for (const [name, category, priceMinor, standardMinutes, warrantyDays] of labourCatalogue[locale]) {
    const item = await createLabour(
      db,
      { name, category, priceMinor, standardMinutes, warrantyDays, taxRateBp: null },
      actor,
    )
    ids.push(item.id)
  }
  return ids
}

/** The drawer's days: opened each morning, closed each evening (today's stays open), with the day's sales. */
function scheduleTill(schedule: Schedule, calendar: Calendar, till: Till): void {
  for (let index = 0; index <= days; index += 1) {
    const today = index === days
    schedule.add(today ? calendar.todayOpens : calendar.at(index, 9), () => till.open())
    // Today's sales were in the last hour or two (the drawer opened at least two hours ago).
    const sales = [10.7, 13.4, 16.2, 17.9].slice(0, today ? 3 : 1 + (index % 3))
    sales.forEach((hours, position) => {
      const at = today ? calendar.now - (position + 1) * 25 * 60 * 1000 : calendar.at(index, hours)
      schedule.add(at, () => till.sell())
    })
    if (index % 4 === 1) schedule.add(calendar.at(index, 15.5), () => till.payOut())
    if (index % 7 === 3) schedule.add(calendar.at(index, 12.1), () => till.payIn())
    if (!today) schedule.add(calendar.at(index, 19), () => till.close(index === 11))
  }
  // Balances owed paid by transfer, a return refunded, a mistaken sale voided.
  schedule.add(calendar.at(days - 4, 11.3), () => till.settle())
  schedule.add(calendar.at(10, 14.8), () => till.refund())
  schedule.add(calendar.at(14, 17.95), () => till.voidLast())
}

export async function loadDemoData(
  db: Executor,
  locale: Locale,
  actor: Actor,
): Promise<{ customers: number; tickets: number }> {
  const existing = await db.selectFrom('tickets').select('id').limit(1).executeTakeFirst()
  const customersExisting = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst()
  if (existing || customersExisting) {
    throw new AppError('CONFLICT', 'Demo data can only be loaded into an empty shop.', 'errors.demoNotEmpty')
  }
  const calendar = new Calendar(Date.now(), days)
  const schedule = new Schedule(calendar.now)
  const random = randomSequence(20261125)
  // The shop is set up the evening before its first day.
  const setUp = new Date(calendar.at(-1, 20)).toISOString()
  const { labourIds, book } = await withClock(
    () => setUp,
    async () => ({
      labourIds: await addLabourCatalogue(db, locale, actor),
      book: await setUpStock(db, locale, actor),
    }),
  )
  // Added now, after the shop's first staff member: the counter still starts as that clerk.
  const technicians = await addTechnicians(db, locale, actor)
  const till = new Till(db, locale, actor, random, book)
  const shop: Workshop = { db, locale, counter: actor, labourIds, book, till, calendar, schedule }
  scheduleTill(schedule, calendar, till)
  scheduleStock(schedule, calendar, { db, locale, actor, book })
  const tickets = scheduleCustomers(shop, technicians, random)
  await schedule.run()
  return { customers: customerCount, tickets }
}

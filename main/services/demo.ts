/**
 * Demo data: three weeks of a small living shop, written through the same services as the counter
 * so every ledger, kept figure and document number agrees. Its labour price list, two technicians,
 * suppliers, parts and stock with orders and a count (demo/stock.ts); customers and their devices
 * with repairs at every stage, estimates approved and declined (demo/repairs.ts); and the money —
 * drawer days with their Z reports, pickups and counter sales in several tenders, a refund, a void
 * and balances owed (demo/money.ts). Each write is stamped with its moment (demo/schedule.ts).
 */
import type { Locale } from '../../shared/contract'
import demo from '../../resources/demo/demo-shop.json'
import { AppError } from '../errors'
import { type Actor, type Executor, withClock } from './context'
import { createCustomer } from './customers'
import { labourCatalogue, repairsByModel, technicianNames } from './demo/catalogue'
import { input } from './demo/input'
import { Till } from './demo/money'
import { currencyIndex, parts } from './demo/parts'
import { type Repair, scheduleRepair, stepsFor, type Workshop } from './demo/repairs'
import { Calendar, day, randomSequence, Schedule } from './demo/schedule'
import { scheduleStock, setUpStock } from './demo/stock'
import { createDevice } from './devices'
import { createLabour } from './labour'
import { createStaff } from './staff'
import { intakeTicket } from './tickets'

/** How many days back the shop's history starts. */
const days = 21
const customerCount = 40

function imeiFrom(random: () => number): string {
  const digits = Array.from({ length: 14 }, () => Math.floor(random() * 10))
  const sum = digits.reduce((total, digit, index) => {
    const value = index % 2 === 1 ? digit * 2 : digit
    return total + (value > 9 ? value - 9 : value)
  }, 0)
  return [...digits, (10 - (sum % 10)) % 10].join('')
}

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

/** A customer's name as the shop's customers are called: Chinese names, or English ones in English. */
function nameFor(locale: Locale, index: number, pick: <T>(list: readonly T[]) => T): string {
  if (locale === 'en') {
    const [first] = pick(demo.englishNames).split(' ')
    const last = pick(demo.englishNames).split(' ')[1] ?? ''
    return `${first ?? ''} ${last}`
  }
  if (index % 5 === 4) return pick(demo.englishNames)
  const surnames = locale === 'zh-TW' ? demo.traditionalSurnames : demo.surnames
  return pick(surnames) + pick(demo.givenNames)
}

function phoneFor(locale: Locale, random: () => number): string {
  const digits = (length: number) => String(Math.floor(random() * 10 ** length)).padStart(length, '0')
  if (locale === 'zh-TW') return `09${digits(8)}`
  if (locale === 'en') return `415555${digits(4)}`
  return `1${['38', '39', '58', '86', '35', '77'][Math.floor(random() * 6)] ?? '38'}${digits(8)}`
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
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
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
  let tickets = 0
  let collected = 0
  for (let index = 0; index < customerCount; index += 1) {
    const name = nameFor(locale, index, pick)
    const phone = phoneFor(locale, random)
    const model = pick(demo.devices)
    const serial = model.imei ? imeiFrom(random) : `SN${Math.floor(random() * 1e10)}`
    let owner: { customerId: string; deviceId: string } | null = null
    // Some come back a week or so later, once the first repair has gone home.
    const visits = index / customerCount < 0.6 ? 1 + Math.floor(random() * 2) : 1
    for (let visit = 0; visit < visits; visit += 1) {
      const age = index / customerCount + visit * 0.3
      // Spread over the weeks, oldest first, in opening hours, never in the future.
      const intakeAt = Math.min(
        calendar.open(calendar.start + age * (days + 0.4) * day),
        calendar.now - (1 - age) * 4 * 3600 * 1000 - 15 * 60 * 1000,
      )
      const kind = pick(repairsByModel[model.model] ?? [])
      const declined = age < 0.7 && (index + visit) % 5 === 2
      const steps = stepsFor(age, declined, (index + visit) % 6 === 1)
      const open = steps.at(-1) !== 'pickup'
      const owes = !open && !declined && ++collected % 6 === 2
      // Repairs on the bench are promised from now on (a few already late); the others were promised
      // two days after intake.
      const onBench = open && steps.at(-1) !== 'ready'
      const promisedAt = onBench
        ? calendar.promise(
            calendar.now + (random() < 0.15 ? -30 : 4 + Math.floor(random() * 68)) * 3600 * 1000,
          )
        : calendar.promise(intakeAt + 2 * day)
      const partPrice = parts.find((part) => part.sku === kind.part)?.price[currencyIndex[locale]] ?? 0
      const estimateMinor = (labourCatalogue[locale][kind.labour]?.[2] ?? 0) + partPrice
      const depositMinor = !declined && random() > 0.5 ? Math.round(estimateMinor / 4 / 100) * 100 : 0
      const technician = pick(technicians)
      const assigned = random() > 0.25
      const accessory = random() > 0.5 ? [pick(demo.accessories[locale])] : []
      const condition = pick(demo.conditions[locale])
      const unlockCode = random() > 0.6 ? String(Math.floor(random() * 1e6)).padStart(6, '0') : ''
      const depositTender = pick(
        locale === 'zh-CN' ? (['cash', 'wechat', 'alipay'] as const) : (['cash'] as const),
      )
      const priority = random() > 0.85 ? ('urgent' as const) : ('normal' as const)
      tickets += 1
      schedule.add(intakeAt, async () => {
        if (!owner) {
          const customer = await createCustomer(
            db,
            input('customers.create', { name, phones: [phone] }),
            actor,
          )
          const device = await createDevice(
            db,
            {
              customerId: customer.id,
              category: model.category as 'phone',
              brand: model.brand,
              model: model.model,
              serial,
              purchaseDate: null,
              warrantyEnd: null,
              notes: '',
            },
            actor,
          )
          owner = { customerId: customer.id, deviceId: device.id }
        }
        const ticket = await intakeTicket(
          db,
          {
            customer: { kind: 'existing', id: owner.customerId },
            device: { kind: 'existing', id: owner.deviceId },
            reportedFault: kind.fault[locale],
            accessories: accessory,
            condition,
            unlockCode,
            estimateMinor,
            depositMinor,
            depositTender,
            promisedAt: new Date(promisedAt).toISOString(),
            priority,
            // Most repairs have a technician; a few wait at the counter for one.
            assignedTo: assigned ? technician.id : null,
            warrantyOfTicketId: null,
          },
          actor,
        )
        const repair: Repair = {
          ticketId: ticket.id,
          customerId: owner.customerId,
          kind,
          technician,
          declined,
          owes,
        }
        scheduleRepair(shop, repair, schedule.time(), steps)
      })
    }
  }
  await schedule.run()
  return { customers: customerCount, tickets }
}

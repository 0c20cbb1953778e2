/**
 * The demo shop's customers: forty people with a device each, taken in over the weeks (some come
 * back a week later), each repair planned at intake (how far it has got, declined or not, whether
 * the customer leaves something owing) and then run on the calendar by repairs.ts.
 */
import type { Locale } from '../../../shared/contract'
import demo from '../../../resources/demo/demo-shop.json'
import type { Actor } from '../context'
import { createCustomer } from '../customers'
import { createDevice } from '../devices'
import { intakeTicket } from '../tickets'
import { labourCatalogue, type RepairKind, repairsByModel } from './catalogue'
import { input } from './input'
import { currencyIndex, parts } from './parts'
import { type Repair, scheduleRepair, type Step, stepsFor, type Workshop } from './repairs'
import { day } from './schedule'

export const customerCount = 40
const hour = 3600 * 1000

type Pick = <T>(list: readonly T[]) => T

function imeiFrom(random: () => number): string {
  const digits = Array.from({ length: 14 }, () => Math.floor(random() * 10))
  const sum = digits.reduce((total, digit, index) => {
    const value = index % 2 === 1 ? digit * 2 : digit
    return total + (value > 9 ? value - 9 : value)
  }, 0)
  return [...digits, (10 - (sum % 10)) % 10].join('')
}

/** A customer's name as the shop's customers are called: Chinese names, or English ones in English. */
function nameFor(locale: Locale, index: number, pick: Pick): string {
  if (locale === 'en') {
    const first = pick(demo.englishNames).split(' ')[0] ?? ''
    const last = pick(demo.englishNames).split(' ')[1] ?? ''
    return `${first} ${last}`
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

interface Visit {
  intakeAt: number
  kind: RepairKind
  steps: Step[]
  declined: boolean
  owes: boolean
  promisedAt: number
}

/** One visit: when, for what, how far it gets, and what the counter promised. */
function planVisit(
  shop: Workshop,
  age: number,
  kind: RepairKind,
  number: number,
  random: () => number,
): Visit {
  const { calendar } = shop
  // Spread over the weeks, oldest first, in opening hours, never in the future.
  const intakeAt = Math.min(
    calendar.open(calendar.start + age * (calendar.days + 0.4) * day),
    calendar.now - (1 - age) * 4 * hour - 0.25 * hour,
  )
  const declined = age < 0.7 && number % 5 === 2
  const steps = stepsFor(age, declined, number % 6 === 1)
  const collected = steps.at(-1) === 'pickup'
  // Repairs on the bench are promised from now on (a few already late); the others were promised
  // two days after intake.
  const onBench = !collected && steps.at(-1) !== 'ready'
  const promisedAt = onBench
    ? calendar.promise(calendar.now + (random() < 0.15 ? -30 : 4 + Math.floor(random() * 68)) * hour)
    : calendar.promise(intakeAt + 2 * day)
  return { intakeAt, kind, steps, declined, owes: collected && !declined && number % 7 === 3, promisedAt }
}

/** The customer's visits on the calendar; answers how many repairs they bring. */
function scheduleCustomer(shop: Workshop, technicians: Actor[], index: number, random: () => number): number {
  const { db, locale, counter } = shop
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!
  const name = nameFor(locale, index, pick)
  const phones = [phoneFor(locale, random)]
  const model = pick(demo.devices)
  const serial = model.imei ? imeiFrom(random) : `SN${Math.floor(random() * 1e10)}`
  let owner: { customerId: string; deviceId: string } | null = null
  const device = { category: model.category as 'phone', brand: model.brand, model: model.model, serial }
  // Some come back a week or so later, once the first repair has gone home.
  const visits = index / customerCount < 0.6 ? 1 + Math.floor(random() * 2) : 1
  for (let visit = 0; visit < visits; visit += 1) {
    const plan = planVisit(
      shop,
      index / customerCount + visit * 0.3,
      pick(repairsByModel[model.model] ?? []),
      index + visit,
      random,
    )
    const partPrice = parts.find((part) => part.sku === plan.kind.part)?.price[currencyIndex[locale]] ?? 0
    const estimateMinor = (labourCatalogue[locale][plan.kind.labour]?.[2] ?? 0) + partPrice
    const technician = pick(technicians)
    const intake = {
      reportedFault: plan.kind.fault[locale],
      accessories: random() > 0.5 ? [pick(demo.accessories[locale])] : [],
      condition: pick(demo.conditions[locale]),
      unlockCode: random() > 0.6 ? String(Math.floor(random() * 1e6)).padStart(6, '0') : '',
      estimateMinor,
      depositMinor: !plan.declined && random() > 0.5 ? Math.round(estimateMinor / 4 / 100) * 100 : 0,
      depositTender: pick(locale === 'zh-CN' ? (['cash', 'wechat', 'alipay'] as const) : (['cash'] as const)),
      promisedAt: new Date(plan.promisedAt).toISOString(),
      priority: random() > 0.85 ? ('urgent' as const) : ('normal' as const),
      // Most repairs have a technician; a few wait at the counter for one.
      assignedTo: random() > 0.25 ? technician.id : null,
      warrantyOfTicketId: null,
    }
    shop.schedule.add(plan.intakeAt, async () => {
      if (!owner) {
        const customer = await createCustomer(db, input('customers.create', { name, phones }), counter)
        const created = await createDevice(
          db,
          { customerId: customer.id, ...device, purchaseDate: null, warrantyEnd: null, notes: '' },
          counter,
        )
        owner = { customerId: customer.id, deviceId: created.id }
      }
      const ticket = await intakeTicket(
        db,
        {
          customer: { kind: 'existing', id: owner.customerId },
          device: { kind: 'existing', id: owner.deviceId },
          ...intake,
        },
        counter,
      )
      const repair: Repair = {
        ticketId: ticket.id,
        kind: plan.kind,
        technician,
        declined: plan.declined,
        owes: plan.owes,
      }
      scheduleRepair(shop, repair, shop.schedule.time(), plan.steps)
    })
  }
  return visits
}

/** Every customer's visits on the calendar; answers how many repairs there will be. */
export function scheduleCustomers(shop: Workshop, technicians: Actor[], random: () => number): number {
  let tickets = 0
  for (let index = 0; index < customerCount; index += 1) {
    tickets += scheduleCustomer(shop, technicians, index, random)
  }
  return tickets
}

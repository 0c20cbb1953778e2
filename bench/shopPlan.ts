/**
 * Three years of walk-in repairs at a busy outlet, as the counter would have typed them: one intake
 * after another in time order, each for a new or returning customer and a new or known device, and
 * where the workflow had taken each ticket by the last day. A writer (raw for speed, or the real
 * services in the fidelity test) turns these into rows.
 */
import type { TicketStatus } from '../shared/domain/status'
import * as repairs from './repairData'
import * as data from './shopData'
import { Random, weighted } from './shopData'

export interface ShopSize {
  customers: number
  devices: number
  tickets: number
}

export interface CustomerFields {
  name: string
  phones: string[]
  email: string
  address: string
  notes: string
}

export interface DeviceFields {
  category: repairs.CatalogueEntry['category']
  brand: string
  model: string
  serial: string
  purchaseDate: string | null
  warrantyEnd: string | null
  notes: string
}

export interface TicketFields {
  reportedFault: string
  accessories: string[]
  condition: string
  unlockCode: string
  estimateMinor: number | null
  depositMinor: number
  depositTender: 'cash' | 'card' | 'wechat' | 'alipay'
  promisedAt: string | null
  priority: 'normal' | 'high' | 'urgent'
}

/** Customers and devices are referred to by ordinal (creation order); each writer knows their ids. */
export interface PlannedIntake {
  at: number
  customer: { kind: 'new'; fields: CustomerFields } | { kind: 'existing'; ordinal: number }
  device: { kind: 'new'; fields: DeviceFields } | { kind: 'existing'; ordinal: number }
  ticket: TicketFields
  /** Where the workflow had taken the ticket by the end of the plan. */
  later: {
    status: TicketStatus
    updatedAt: number
    version: number
    /** Index into `technicians`, or null when nobody took the ticket on. */
    technician: number | null
    /** Awaiting parts only: when the special-ordered part arrived, if it has. */
    partsArrivedAt: number | null
  }
}

const hour = 3600 * 1000
const day = 24 * hour

/**
 * Intake times, oldest first: the shop opens 09:30 to 21:30 Beijing time (01:30 to 13:30 UTC),
 * weekends are busier, and trade grew by about half over the period.
 */
function intakeTimes(random: Random, count: number, end: number, days: number): Float64Array {
  const lastMidnight = Math.floor(end / day) * day
  const windows: [number, number, number][] = []
  for (let index = 0; index < days; index += 1) {
    const midnight = lastMidnight - (days - 1 - index) * day
    const open = midnight + 1.5 * hour
    const close = Math.min(midnight + 13.5 * hour, end)
    if (close <= open) continue
    const weekday = new Date(midnight).getUTCDay()
    const weekend = weekday === 0 || weekday === 6 ? 1.25 : 1
    const growth = 0.65 + 0.35 * (index / days)
    windows.push([open, close, growth * weekend * ((close - open) / (12 * hour))])
  }
  const total = windows.reduce((sum, [, , weight]) => sum + weight, 0)
  // Largest remainder, so the days add up to exactly `count`.
  const shares = windows.map(([, , weight]) => (weight / total) * count)
  const counts = shares.map(Math.floor)
  let missing = count - counts.reduce((sum, value) => sum + value, 0)
  const byRemainder = shares
    .map((share, index) => [share - Math.floor(share), index] as const)
    .sort((a, b) => b[0] - a[0])
  for (const [, index] of byRemainder) {
    if (missing-- <= 0) break
    counts[index]! += 1
  }
  const times = new Float64Array(count)
  let position = 0
  windows.forEach(([open, close], index) => {
    const start = position
    for (let n = 0; n < counts[index]!; n += 1)
      times[position++] = Math.floor(open + random.next() * (close - open))
    times.subarray(start, position).sort()
  })
  return times
}

type Band = (random: Random) => TicketStatus
const band = (entries: [TicketStatus, number][]): Band => weighted(entries)

/**
 * Status by the ticket's age in days: fresh tickets are open, old ones nearly all collected. Tuned so
 * that a busy outlet (500 intakes a day) holds about 3,000 open tickets: a week of work in the
 * workshop, the devices waiting at the counter, and a few hundred abandoned ones.
 */
const statusBands: [number, Band][] = [
  [
    1,
    band([
      ['received', 55],
      ['diagnosing', 30],
      ['in_repair', 10],
      ['awaiting_approval', 5],
    ]),
  ],
  [
    3,
    band([
      ['diagnosing', 10],
      ['awaiting_approval', 10],
      ['awaiting_parts', 8],
      ['in_repair', 12],
      ['testing', 6],
      ['ready_for_pickup', 14],
      ['collected', 40],
    ]),
  ],
  [
    14,
    band([
      ['awaiting_parts', 3],
      ['in_repair', 1.5],
      ['testing', 0.5],
      ['sent_out', 1],
      ['ready_for_pickup', 4],
      ['collected', 86],
      ['cancelled', 2],
      ['declined', 1],
      ['unrepairable', 1],
    ]),
  ],
  [
    60,
    band([
      ['ready_for_pickup', 0.6],
      ['awaiting_parts', 0.15],
      ['sent_out', 0.15],
      ['collected', 94.1],
      ['cancelled', 3],
      ['declined', 1],
      ['unrepairable', 1],
    ]),
  ],
  // Abandoned devices pile up at every shop: a few old tickets stay ready for pickup for ever.
  [
    Infinity,
    band([
      ['collected', 96.35],
      ['cancelled', 3.5],
      ['ready_for_pickup', 0.08],
      ['declined', 0.035],
      ['unrepairable', 0.035],
    ]),
  ],
]

/** The outlet's technicians, busiest first; the generator writes them as staff. */
export const technicians = [
  { name: '王师傅', code: 'T1', share: 30 },
  { name: '李师傅', code: 'T2', share: 25 },
  { name: '张工', code: 'T3', share: 20 },
  { name: '陈师傅', code: 'T4', share: 15 },
  { name: '刘工', code: 'T5', share: 10 },
] as const
const technicianOf = weighted(technicians.map((technician, index) => [index, technician.share] as const))

/** Who took the ticket on: nobody yet for half the fresh ones, a technician for the rest. */
function technicianFor(random: Random, status: TicketStatus): number | null {
  if (status === 'received' || status === 'cancelled') return random.chance(0.5) ? technicianOf(random) : null
  return technicianOf(random)
}

/** Status changes a ticket typically went through to reach a status (its version is one more). */
const stepsTo: Record<TicketStatus, number> = {
  received: 0,
  diagnosing: 1,
  awaiting_approval: 2,
  awaiting_parts: 3,
  in_repair: 2,
  testing: 3,
  ready_for_pickup: 4,
  collected: 5,
  declined: 3,
  unrepairable: 3,
  sent_out: 2,
  cancelled: 1,
}

/**
 * `staffing` draws who took the ticket on and when its parts came, apart from `random`, so that the
 * rest of the shop (customers, devices, the parts stock) is the same with or without technicians.
 */
function laterState(random: Random, staffing: Random, at: number, end: number): PlannedIntake['later'] {
  const age = (end - at) / day
  const status = (statusBands.find(([maxAge]) => age < maxAge) ?? statusBands.at(-1)!)[1](random)
  const steps = stepsTo[status]
  const busyFor = Math.min(end - at, (1 + random.int(10)) * day)
  const updatedAt = steps === 0 ? at : at + Math.floor(random.next() * busyFor)
  return {
    status,
    updatedAt,
    version: 1 + steps,
    technician: technicianFor(staffing, status),
    partsArrivedAt:
      status === 'awaiting_parts' && staffing.chance(0.2)
        ? updatedAt + Math.floor(staffing.next() * (end - updatedAt))
        : null,
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function newCustomer(random: Random): CustomerFields {
  const phones = [data.mobilePhone(random)]
  if (random.chance(0.12)) phones.push(data.secondPhone(random))
  return {
    name: data.customerName(random),
    phones,
    email: random.chance(0.08) ? data.email(random) : '',
    address: random.chance(0.15) ? data.address(random) : '',
    notes: random.chance(0.03) ? random.pick(data.customerNotes) : '',
  }
}

function newDevice(random: Random, at: number): DeviceFields {
  const entry = repairs.deviceModel(random)
  const purchase = random.chance(0.25) ? at - random.int(700) * day : null
  const years = random.chance(0.8) ? 1 : 2
  return {
    category: entry.category,
    brand: entry.brand,
    model: entry.model,
    serial: repairs.serialFor(random, entry),
    purchaseDate: purchase === null ? null : isoDate(purchase),
    warrantyEnd: purchase === null ? null : isoDate(purchase + years * 365 * day),
    notes: random.chance(0.03)
      ? random.pick(['屏幕已贴膜', '公司资产，需开发票', '二手机', '曾在官方售后维修'])
      : '',
  }
}

function ticketFields(random: Random, at: number, category: DeviceFields['category']): TicketFields {
  const [low, high] = repairs.estimateRange[category]
  const estimateMinor = random.chance(0.8)
    ? Math.round((low + random.next() * (high - low)) / 10) * 1000
    : null
  const depositMinor =
    estimateMinor === null
      ? random.chance(0.05)
        ? 5000
        : 0
      : random.chance(0.4)
        ? Math.min(estimateMinor, random.pick([50, 100, 200, 300, 500]) * 100)
        : 0
  const handheld = category === 'phone' || category === 'tablet'
  const unlockCode =
    !handheld || !random.chance(0.45)
      ? ''
      : random.chance(0.1)
        ? random.pick(['图案：Z字形', '图案：L形', '图案：口字形'])
        : random.digits(random.chance(0.65) ? 6 : 4)
  const accessoryCount = random.chance(0.55) ? 0 : random.chance(0.67) ? 1 : 2
  const accessories = [
    ...new Set(Array.from({ length: accessoryCount }, () => random.pick(repairs.accessoryNames))),
  ]
  return {
    reportedFault: repairs.fault(random, category),
    accessories,
    condition: random.pick(repairs.conditions),
    unlockCode,
    estimateMinor,
    depositMinor,
    depositTender: repairs.tender(random),
    promisedAt: random.chance(0.85)
      ? new Date(Math.floor((at + (1 + random.int(5)) * day) / hour) * hour).toISOString()
      : null,
    priority: repairs.priority(random),
  }
}

/** Customers who come back again and again (companies, resellers): every 50th customer. */
const regularEvery = 50
const regularOffset = 7

function pickCustomer(random: Random, existing: number): number {
  const regulars =
    existing > regularOffset ? Math.floor((existing - 1 - regularOffset) / regularEvery) + 1 : 0
  if (regulars > 0 && random.chance(0.2)) return regularOffset + regularEvery * random.int(regulars)
  return random.int(existing)
}

export function checkSize(size: ShopSize): void {
  if (size.customers < 1 || size.devices < size.customers || size.tickets < size.devices) {
    throw new Error(
      'Every customer brings a device and every device a ticket: need customers ≤ devices ≤ tickets.',
    )
  }
}

/** The intakes of the plan, oldest first. Deterministic for a given seed, size and end. */
export function* planIntakes(
  size: ShopSize,
  seed: number,
  end: number,
  days: number,
): Generator<PlannedIntake> {
  checkSize(size)
  const random = new Random(seed)
  const staffing = new Random(seed ^ 0x7ec4)
  const times = intakeTimes(random, size.tickets, end, days)
  const devicesOf: number[][] = []
  const categoryOf: DeviceFields['category'][] = []
  let customersLeft = size.customers
  let devicesLeft = size.devices - size.customers
  let repeatsLeft = size.tickets - size.devices
  for (const at of times) {
    const roll = random.next() * (customersLeft + devicesLeft + repeatsLeft)
    let customer: PlannedIntake['customer']
    let device: PlannedIntake['device']
    let category: DeviceFields['category']
    if (devicesOf.length === 0 || roll < customersLeft) {
      customersLeft -= 1
      customer = { kind: 'new', fields: newCustomer(random) }
      const fields = newDevice(random, at)
      device = { kind: 'new', fields }
      devicesOf.push([categoryOf.length])
      categoryOf.push((category = fields.category))
    } else if (roll < customersLeft + devicesLeft) {
      devicesLeft -= 1
      const ordinal = pickCustomer(random, devicesOf.length)
      const fields = newDevice(random, at)
      customer = { kind: 'existing', ordinal }
      device = { kind: 'new', fields }
      devicesOf[ordinal]!.push(categoryOf.length)
      categoryOf.push((category = fields.category))
    } else {
      repeatsLeft -= 1
      const ordinal = pickCustomer(random, devicesOf.length)
      const owned = devicesOf[ordinal]!
      const deviceOrdinal = random.chance(0.7) ? owned.at(-1)! : random.pick(owned)
      customer = { kind: 'existing', ordinal }
      device = { kind: 'existing', ordinal: deviceOrdinal }
      category = categoryOf[deviceOrdinal]!
    }
    yield {
      at,
      customer,
      device,
      ticket: ticketFields(random, at, category),
      later: laterState(random, staffing, at, end),
    }
  }
}

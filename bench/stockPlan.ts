/**
 * Five years of a busy outlet's parts stock, as the services would have recorded it, in time order:
 * the suppliers and the catalogue on the day the shop started keeping stock here (and parts for new
 * models as they came out), opening stock, supplier deliveries of whatever fell to its reorder point,
 * parts used on the repairs the tickets describe (the screen of the iPhone 13 whose screen was broken),
 * counter sales, returns both ways, adjustments with their reasons, a monthly count of one category
 * (started, every line counted, posted, as stockCounts.ts does it),
 * urgent purchases when a repair needed a part the shelf did not have, and old models' parts written
 * off and archived. Stock never goes below zero, and the plan makes exactly the number of movements
 * asked for (counter sales fill the difference day by day). The tickets cover only the last three of
 * the five years, so parts are used on repairs from the first ticket on; before that stock leaves by
 * sales. A writer (raw for speed, or the real services in the fidelity test) turns these into rows.
 */
import type { Movement } from '../main/services/stock'
import type { TicketStatus } from '../shared/domain/status'
import type { StockMovementKind } from '../shared/domain/stock'
import {
  buildCatalogue,
  type CataloguePart,
  partCategories,
  partModels,
  type PlannedSupplier,
  suppliers,
} from './partsData'
import { Random } from './shopData'
import type { DeviceFields, PlannedIntake } from './shopPlan'

export interface StockSize {
  parts: number
  movements: number
}

/** What the stock plan needs to know of a ticket: when, what device, what fault, how far it got. */
export interface TicketInfo {
  at: number
  updatedAt: number
  status: TicketStatus
  category: string
  brand: string
  model: string
  fault: string
}

/** Collects the tickets' facts while the intakes are written (ticket ordinal = position). */
export class TicketLog {
  readonly tickets: TicketInfo[] = []
  private readonly devices: DeviceFields[] = []

  add(intake: PlannedIntake): void {
    let device: DeviceFields
    if (intake.device.kind === 'new') {
      device = intake.device.fields
      this.devices.push(device)
    } else {
      device = this.devices[intake.device.ordinal]!
    }
    this.tickets.push({
      at: intake.at,
      updatedAt: intake.later.updatedAt,
      status: intake.later.status,
      category: device.category,
      brand: device.brand,
      model: device.model,
      fault: intake.ticket.reportedFault,
    })
  }
}

export type DocumentRef = { type: 'ticket'; ticket: number } | { type: 'supplier'; supplier: number } | null

export interface PlannedMovement {
  kind: StockMovementKind
  /** Signed: positive into stock. */
  quantity: number
  /** Receipts only: what was paid per unit. */
  unitCostMinor?: number
  reason?: string
  note?: string
  document: DocumentRef
}

/** Parts are referred to by their index in the plan's catalogue, suppliers by theirs. */
export type StockEvent =
  | { type: 'supplier'; at: number; supplier: number; input: PlannedSupplier['input'] }
  | { type: 'part'; at: number; part: number }
  | { type: 'archive'; at: number; part: number }
  | { type: 'movement'; at: number; part: number; movement: PlannedMovement }
  /** stockCounts.startCount of a category; counts are numbered from 1 in the order they start. */
  | { type: 'countStart'; at: number; count: number; category: string }
  /** stockCounts.recordCount, a typed figure ('set'). */
  | { type: 'countRecord'; at: number; count: number; part: number; counted: number }
  /** stockCounts.postCount: the variances as count corrections, the count closed. */
  | { type: 'countPost'; at: number; count: number }

/**
 * The movement as the service that posts it builds it (receiveStock, adjustStock, usePartOnTicket,
 * returnPartFromTicket; sales and returns have no caller yet and post directly; counts post theirs in
 * stockCounts.postCount).
 * Its keys' order matters: postMovement audits `{ ...movement, balanceAfter }`.
 */
export function movementOf(planned: PlannedMovement, partId: string, documentId: string | null): Movement {
  const { kind, quantity } = planned
  switch (kind) {
    case 'receipt':
      return {
        partId,
        kind,
        quantity,
        unitCostMinor: planned.unitCostMinor ?? 0,
        note: planned.note ?? '',
        documentType: documentId ? 'supplier' : null,
        documentId,
      }
    case 'adjustment':
      return { partId, kind, quantity, reason: planned.reason ?? 'other', note: planned.note ?? '' }
    case 'repair_use':
    case 'repair_return':
      return { partId, kind, quantity, documentType: 'ticket', documentId }
    case 'supplier_return':
      return { partId, kind, quantity, note: planned.note ?? '', documentType: 'supplier', documentId }
    default:
      return { partId, kind, quantity, note: planned.note ?? '' }
  }
}

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
/** Opening hours in UTC: 09:30 to 21:30 in Beijing. */
const opens = 1.5 * hour
const closes = 13.5 * hour

export interface StockPlanOptions {
  size: StockSize
  seed: number
  /** The last moment of the plan (the tickets' end). */
  end: number
  /** How many days of stock history, ending at `end`. */
  days: number
  tickets: readonly TicketInfo[]
}

export interface StockPlan {
  catalogue: CataloguePart[]
  suppliers: PlannedSupplier[]
  events: Generator<StockEvent>
}

// ---- Scheduling inside a day ----------------------------------------------------------------

interface Base {
  at: number
  seq: number
}
type Pending = Base &
  (
    | { type: 'create'; part: number }
    | { type: 'archive'; part: number }
    | { type: 'opening'; part: number; quantity: number }
    | { type: 'use'; part: number; ticket: number; quantity: number; done: boolean }
    | { type: 'useReturn'; part: number; ticket: number; quantity: number; link: { done: boolean } }
    | { type: 'sale'; part: number; quantity: number; done: boolean }
    | { type: 'saleReturn'; part: number; quantity: number; link: { done: boolean } }
    | { type: 'supplierReturn'; part: number; supplier: number; quantity: number }
    | { type: 'adjust'; part: number; quantity: number; reason: string; note: string }
    | { type: 'delivery'; supplier: number }
    | { type: 'line'; part: number; supplier: number | null; quantity: number; note: string }
    | { type: 'count'; category: string }
    | { type: 'countRecord'; count: number; part: number; counted: number }
    | { type: 'countPost'; count: number }
  )

/** A binary heap by time, then by the order events were scheduled in. */
class Agenda {
  private readonly items: Pending[] = []

  get size(): number {
    return this.items.length
  }

  private before(a: Pending, b: Pending): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  push(item: Pending): void {
    const items = this.items
    items.push(item)
    let index = items.length - 1
    while (index > 0) {
      const parent = (index - 1) >> 1
      if (!this.before(items[index]!, items[parent]!)) break
      ;[items[index], items[parent]] = [items[parent]!, items[index]!]
      index = parent
    }
  }

  pop(): Pending | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length > 0 && last) {
      items[0] = last
      let index = 0
      for (;;) {
        const left = 2 * index + 1
        const right = left + 1
        let smallest = index
        if (left < items.length && this.before(items[left]!, items[smallest]!)) smallest = left
        if (right < items.length && this.before(items[right]!, items[smallest]!)) smallest = right
        if (smallest === index) break
        ;[items[index], items[smallest]] = [items[smallest]!, items[index]!]
        index = smallest
      }
    }
    return top
  }
}

/** A picker over parts by weight; rebuilt every block of days as models age and parts come and go. */
class PartPicker {
  constructor(
    private readonly parts: Int32Array,
    private readonly cumulative: Float64Array,
  ) {}

  static build(weights: Float64Array): PartPicker {
    const parts: number[] = []
    const cumulative: number[] = []
    let total = 0
    weights.forEach((weight, part) => {
      if (weight <= 0) return
      total += weight
      parts.push(part)
      cumulative.push(total)
    })
    return new PartPicker(Int32Array.from(parts), Float64Array.from(cumulative))
  }

  pick(random: Random): number {
    const count = this.cumulative.length
    if (count === 0) return -1
    const target = random.next() * this.cumulative[count - 1]!
    let low = 0
    let high = count - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.cumulative[middle]! > target) high = middle
      else low = middle + 1
    }
    return this.parts[low]!
  }
}

// ---- Which part a repair needs --------------------------------------------------------------

/** Faults as tickets describe them (repairData.ts), to the part types that fix them. */
const faultRules: [RegExp, string[]][] = [
  [/Face ID/, ['faceId']],
  [/指纹/, ['fingerprint']],
  [/后盖/, ['backGlass']],
  [/摄像头/, ['rearCamera', 'lensGlass', 'frontCamera']],
  [/听筒/, ['earpiece']],
  [/扬声器|无声音|左耳/, ['speaker', 'left', 'right', 'main']],
  [/对方听不到|充电口|充电很慢/, ['port']],
  [/无信号/, ['signalFlex']],
  [/音量键/, ['volumeFlex']],
  [/键盘/, ['keyboard']],
  [/触控板/, ['touchpad']],
  [/转轴/, ['hinge']],
  [/风扇/, ['fan']],
  [/手柄漂移/, ['stick']],
  [/读卡/, ['slot']],
  [/HDMI/, ['port']],
  [/竖线/, ['tcon', 'main']],
  [/遥控/, ['remote']],
  [/不制冷/, ['starter', 'thermostat', 'capacitor', 'outdoorFan', 'sensor']],
  [/脱水时异响/, ['damper', 'belt', 'motor']],
  [/不加热/, ['element', 'magnetron', 'heater', 'diode']],
  [/跳闸/, ['element', 'plug', 'power', 'board']],
  [/漏水/, ['seal', 'valve', 'pump']],
  [/屏幕|亮点|黑屏|闪烁|绿线/, ['screen', 'glass', 'backlight', 'cable']],
  [/电池|续航|发烫|自动重启|无法开机|无法充电|鼓包/, ['battery', 'adapter', 'charger', 'power', 'case']],
]

/** Share of repairs that use parts from stock, by device category. */
const usesParts: Record<string, number> = {
  phone: 0.74,
  tablet: 0.66,
  laptop: 0.55,
  desktop: 0.35,
  watch: 0.5,
  audio: 0.55,
  console: 0.6,
  tv: 0.62,
  appliance: 0.68,
  other: 0.2,
}
const repaired = new Set<TicketStatus>(['in_repair', 'testing', 'ready_for_pickup', 'collected'])

// ---- The plan -------------------------------------------------------------------------------

function lifecycle(ageYears: number): number {
  // New models are repaired little, most in their second and third year, then less and less.
  if (ageYears < 0) return 0
  if (ageYears < 0.75) return 0.3 + ageYears
  if (ageYears < 3) return 1
  return Math.max(0.05, 0.5 ** ((ageYears - 3) / 1.5))
}

function costDrift(part: CataloguePart, years: number): number {
  // Parts for a model get cheaper as more of them are made; boxed goods follow prices up.
  return part.model === null ? 1 + 0.02 * years : Math.max(0.45, 1 - 0.1 * years)
}

function roundCost(minor: number): number {
  return minor < 2000 ? Math.max(10, Math.round(minor / 10) * 10) : Math.round(minor / 100) * 100
}

function formatDay(ms: number): string {
  return new Date(ms + 8 * hour).toISOString().slice(2, 10).replace(/-/g, '')
}

export function planStock(options: StockPlanOptions): StockPlan {
  const random = new Random(options.seed ^ 0x57c0c)
  const catalogue = buildCatalogue(random, options.size.parts)
  return { catalogue, suppliers, events: stockEvents(options, random, catalogue) }
}

function* stockEvents(
  options: StockPlanOptions,
  random: Random,
  catalogue: CataloguePart[],
): Generator<StockEvent> {
  const { end, days, tickets } = options
  const target = options.size.movements
  const count = catalogue.length
  const day0 = Math.floor(end / day) * day - (days - 1) * day
  const setup = day0 + 0.25 * hour
  const years = (ms: number) => (ms - day0) / (365.25 * day)
  let seq = 0
  const next = () => (seq += 1)

  // When each part came into the catalogue, and when old models' parts were archived.
  const release = partModels.map((model) =>
    Date.UTC(model.year, model.brand === 'Apple' ? 8 : random.int(12), 10 + random.int(15)),
  )
  const createdAt = new Float64Array(count)
  const archivedAt = new Float64Array(count).fill(Infinity)
  const endYear = new Date(end).getUTCFullYear()
  const retired = partModels.map(
    (model) => model.group === 'phone' && model.year <= endYear - 7 && random.chance(0.5),
  )
  const retiredAt = partModels.map(() => end - (0.1 + random.next() * 0.3) * (end - day0))
  catalogue.forEach((part, index) => {
    let at = setup
    if (part.model !== null) {
      const available = release[part.model]! + (3 + random.int(6)) * 7 * day
      if (available > day0) at = Math.floor(available / day) * day + opens + random.int(8 * hour)
      if (retired[part.model]) archivedAt[index] = Math.floor(retiredAt[part.model]! / day) * day + 3 * hour
    } else if (random.chance(0.08)) {
      at = day0 + (1 + random.int(Math.max(1, days - 60))) * day + opens + random.int(8 * hour)
    }
    // A part dropped from the range now and then (a case nobody bought, a charger replaced).
    if (part.model === null && random.chance(0.01)) {
      archivedAt[index] = Math.floor((at + (end - at) * (0.3 + 0.6 * random.next())) / day) * day + 3 * hour
    }
    createdAt[index] = Math.min(at, end - day)
    if (archivedAt[index]! >= end || archivedAt[index]! <= createdAt[index] + 30 * day)
      archivedAt[index] = Infinity
  })
  // Parts on set-up day are entered in catalogue order a tenth of a second apart.
  let setupOrder = 0
  catalogue.forEach((_part, index) => {
    if (createdAt[index] === setup) createdAt[index] = setup + 100 * setupOrder++
  })

  const dayOf = (ms: number) => Math.floor((ms - day0) / day)
  const buckets: Pending[][] = Array.from({ length: days }, () => [])
  let bucketed = 0
  let bucketedOut = 0
  const schedule = (item: Pending) => {
    const index = dayOf(item.at)
    if (index < 0 || index >= days || item.at >= end) return
    buckets[index]!.push(item)
    bucketed += 1
    if (item.type === 'use' || item.type === 'supplierReturn') bucketedOut += 1
  }
  /** A random moment in opening hours `offset` days after `from`, or null past the end. */
  const openMoment = (from: number, offset: number): number => {
    const midnight = Math.floor(from / day) * day + offset * day
    return midnight + opens + random.int(closes - opens)
  }

  catalogue.forEach((_part, index) => {
    schedule({ type: 'create', at: createdAt[index]!, seq: next(), part: index })
    if (archivedAt[index] !== Infinity)
      schedule({ type: 'archive', at: archivedAt[index]!, seq: next(), part: index })
  })

  // Opening stock on set-up day, after the catalogue is in.
  let openingOrder = 0
  catalogue.forEach((part, index) => {
    if (createdAt[index]! >= setup + day) return
    const { reorderPoint, reorderQuantity } = part.input
    const quantity =
      reorderPoint > 0 ? reorderPoint + reorderQuantity : random.chance(0.55) ? 1 + random.int(2) : 0
    if (quantity === 0) return
    schedule({
      type: 'opening',
      at: day0 + 0.6 * hour + 100 * openingOrder++,
      seq: next(),
      part: index,
      quantity,
    })
  })

  // Parts by model and type, for repairs; generic goods by SKU, for consumables.
  const modelIndex = new Map(partModels.map((model, index) => [`${model.brand}|${model.model}`, index]))
  const byModelType = new Map<string, number[]>()
  const typesOfModel = new Map<number, Set<string>>()
  const bySku = new Map<string, number>()
  catalogue.forEach((part, index) => {
    bySku.set(part.input.sku, index)
    if (part.model === null) return
    const key = `${part.model}|${part.type}`
    const list = byModelType.get(key) ?? []
    list.push(index)
    byModelType.set(key, list)
    const types = typesOfModel.get(part.model) ?? new Set<string>()
    types.add(part.type)
    typesOfModel.set(part.model, types)
  })
  const repairWeightOfType = new Map<string, number>()
  catalogue.forEach((part) => {
    if (part.repair > 0)
      repairWeightOfType.set(part.type, (repairWeightOfType.get(part.type) ?? 0) + part.repair)
  })
  const usable = (part: number, at: number) => createdAt[part]! < at && archivedAt[part]! > at
  const variantOf = (model: number, type: string, at: number): number => {
    const list = (byModelType.get(`${model}|${type}`) ?? []).filter((part) => usable(part, at))
    if (list.length === 0) return -1
    let total = 0
    for (const part of list) total += catalogue[part]!.share
    let target = random.next() * total
    for (const part of list) {
      target -= catalogue[part]!.share
      if (target < 0) return part
    }
    return list.at(-1)!
  }
  const chooseType = (model: number, fault: string, exclude: string | null): string | null => {
    const types = [...(typesOfModel.get(model) ?? [])].filter(
      (type) => type !== exclude && (repairWeightOfType.get(type) ?? 0) > 0,
    )
    if (types.length === 0) return null
    for (const [pattern, wanted] of faultRules) {
      if (!pattern.test(fault)) continue
      const matching = wanted.filter((type) => types.includes(type))
      if (matching.length > 0 && random.chance(0.85)) return random.pick(matching)
      break
    }
    let total = 0
    for (const type of types) total += repairWeightOfType.get(type)!
    let roll = random.next() * total
    for (const type of types) {
      roll -= repairWeightOfType.get(type)!
      if (roll < 0) return type
    }
    return types.at(-1)!
  }

  // Parts used on the tickets' repairs, and now and then given back.
  tickets.forEach((ticket, ordinal) => {
    if (!repaired.has(ticket.status) || !random.chance(usesParts[ticket.category] ?? 0.3)) return
    const model = modelIndex.get(`${ticket.brand}|${ticket.model}`)
    const span = Math.max(0, ticket.updatedAt - ticket.at - 40 * minute)
    const at = Math.min(
      ticket.at + 20 * minute + Math.floor(span * (0.1 + 0.7 * random.next())),
      end - 2 * minute,
    )
    const uses: number[] = []
    if (model === undefined) {
      // Desktops, drones, vacuum cleaners: no model parts, sometimes a consumable.
      const generic = bySku.get(random.pick(['TL-TIM-GR', 'TL-TAPE-2MM', 'TL-GLU-B7000-15']))
      if (generic !== undefined && usable(generic, at) && random.chance(0.3)) uses.push(generic)
    } else {
      const first = chooseType(model, ticket.fault, null)
      const part = first === null ? -1 : variantOf(model, first, at)
      if (part >= 0) uses.push(part)
      if (first !== null && random.chance(0.07)) {
        const second = chooseType(model, '', first)
        const extra = second === null ? -1 : variantOf(model, second, at)
        if (extra >= 0) uses.push(extra)
      }
      // What the fitting consumes: the model's adhesive, a battery pull tab, thermal paste.
      if (first === 'screen' || first === 'backGlass') {
        const adhesive = variantOf(model, 'adhesive', at)
        if (adhesive >= 0 && random.chance(0.8)) uses.push(adhesive)
      }
      const consumable = first === 'battery' ? 'TL-TAPE-BAT' : first === 'fan' ? 'TL-TIM-GR' : null
      const generic = consumable === null ? undefined : bySku.get(consumable)
      if (generic !== undefined && usable(generic, at) && random.chance(0.6)) uses.push(generic)
    }
    uses.forEach((part, position) => {
      const use: Pending = {
        type: 'use',
        at: at + position * 1000,
        seq: next(),
        part,
        ticket: ordinal,
        quantity: 1,
        done: false,
      }
      schedule(use)
      if (position === 0 && random.chance(0.03)) {
        const back = Math.min(use.at + 30 * minute + random.int(day), end - minute)
        if (back > use.at) {
          schedule({
            type: 'useReturn',
            at: back,
            seq: next(),
            part,
            ticket: ordinal,
            quantity: 1,
            link: use,
          })
        }
      }
    })
  })

  // Counts: the last day of every 30-day block, one category after another, after closing (and not
  // in the plan's last days, whose end may cut the plan short).
  const categories = partCategories.filter(
    (category) => catalogue.filter((part) => part.input.category === category).length >= 20,
  )
  for (let block = 1; block * 30 <= days; block += 1) {
    const at = day0 + (block * 30 - 1) * day + 13.6 * hour
    if (at >= end - 2 * day) break
    schedule({ type: 'count', at, seq: next(), category: categories[block % categories.length]! })
  }

  // Demand: counter sales by each part's appeal, breakage by what repairs use; by block of 30 days.
  const modelDemand = (model: number | null, at: number) =>
    model === null ? 1 : partModels[model]!.popularity * lifecycle((at - release[model]!) / (365.25 * day))
  let pickerBlock = -1
  let salePicker = PartPicker.build(new Float64Array(0))
  let breakPicker = salePicker
  const pickersFor = (at: number) => {
    const block = Math.floor((at - day0) / (30 * day))
    if (block === pickerBlock) return
    pickerBlock = block
    const from = day0 + block * 30 * day
    const sale = new Float64Array(count)
    const breakage = new Float64Array(count)
    catalogue.forEach((part, index) => {
      if (createdAt[index]! >= from + day || archivedAt[index]! <= from + 30 * day) return
      const demand = modelDemand(part.model, from + 15 * day)
      sale[index] = part.sale * demand
      breakage[index] = part.repair * demand
    })
    salePicker = PartPicker.build(sale)
    breakPicker = PartPicker.build(breakage)
  }

  // How the day's movements are spread: trade grows by about half, weekends are busier.
  const weight = new Float64Array(days)
  for (let index = 0; index < days; index += 1) {
    const midnight = day0 + index * day
    const open = Math.max(0, Math.min(midnight + closes, end) - (midnight + opens)) / (closes - opens)
    const weekday = new Date(midnight).getUTCDay()
    weight[index] = (0.65 + 0.35 * (index / days)) * (weekday === 0 || weekday === 6 ? 1.3 : 1) * open
  }
  const weightFrom = new Float64Array(days + 1)
  for (let index = days - 1; index >= 0; index -= 1)
    weightFrom[index] = weightFrom[index + 1]! + weight[index]!
  const adjustmentsPerDay = (target * 0.008) / days
  const countsPerBlock = (count / Math.max(1, categories.length)) * 0.03

  // The ledger as the plan goes: on hand, and which parts wait for their supplier's next delivery.
  const onHand = new Int32Array(count)
  const ordered = new Uint8Array(count)
  const archived = new Uint8Array(count)
  const created = new Uint8Array(count)
  /** Parts of an open count: nothing takes them off the shelf until it is posted. */
  const inCount = new Uint8Array(count)
  const creationOrder: number[] = []
  const openCounts = new Map<number, { parts: number[]; variances: Map<number, number> }>()
  let countsStarted = 0
  const waiting: Set<number>[] = suppliers.map(() => new Set<number>())
  const market = new Set<number>()
  const supplierOf = catalogue.map((part) => part.supplier)
  let emitted = 0
  let receipts = 0
  let outflows = 0
  let last = day0

  const unitCost = (part: number, at: number, premium = 1) =>
    roundCost(
      catalogue[part]!.costMinor *
        costDrift(catalogue[part]!, years(at) - Math.max(0, years(createdAt[part]!))) *
        (0.95 + 0.1 * random.next()) *
        premium,
    )
  const reorder = (part: number) => {
    const { reorderPoint } = catalogue[part]!.input
    if (ordered[part] || archived[part] || reorderPoint === 0 || onHand[part]! > reorderPoint) return
    ordered[part] = 1
    const supplier = supplierOf[part]
    if (supplier === null || supplier === undefined) market.add(part)
    else waiting[supplier]!.add(part)
  }
  const move = (at: number, part: number, movement: PlannedMovement): StockEvent => {
    onHand[part] = onHand[part]! + movement.quantity
    if (onHand[part] < 0) throw new Error(`stock plan: part ${part} below zero`)
    emitted += 1
    if (movement.kind === 'receipt') receipts += 1
    else if (movement.quantity < 0) outflows += 1
    last = at
    return { type: 'movement', at, part, movement }
  }
  const documentOf = (supplier: number | null | undefined): DocumentRef =>
    supplier === null || supplier === undefined ? null : { type: 'supplier', supplier }

  // Suppliers first, on set-up day.
  for (let index = 0; index < suppliers.length; index += 1) {
    yield { type: 'supplier', at: day0 + index * 1000, supplier: index, input: suppliers[index]!.input }
  }

  const agenda = new Agenda()
  for (let today = 0; today < days && emitted < target; today += 1) {
    const midnight = day0 + today * day
    const closing = Math.min(midnight + closes, end)
    for (const item of buckets[today]!) agenda.push(item)
    bucketed -= buckets[today]!.length
    for (const item of buckets[today]!)
      if (item.type === 'use' || item.type === 'supplierReturn') bucketedOut -= 1
    buckets[today] = []

    // Deliveries: six, three, two or one weekday a week, in the afternoon.
    const weekday = new Date(midnight).getUTCDay()
    suppliers.forEach((supplier, index) => {
      const weekdays = [[], [3], [2, 5], [1, 3, 5], [1, 2, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]][
        supplier.deliveriesPerWeek
      ]!
      if (weekdays.includes(weekday)) {
        agenda.push({
          type: 'delivery',
          at: midnight + 5 * hour + random.int(3 * hour),
          seq: next(),
          supplier: index,
        })
      }
    })

    if (closing > midnight + opens) {
      pickersFor(midnight + opens)
      // Adjustments with their reasons.
      const adjustments = Math.floor(
        (adjustmentsPerDay * weight[today]!) / (weightFrom[0]! / days) + random.next(),
      )
      for (let index = 0; index < adjustments; index += 1) {
        const at = midnight + opens + random.int(closing - midnight - opens)
        const roll = random.next()
        const [reason, quantity, note, picker] =
          roll < 0.5
            ? ([
                'damaged',
                -1,
                random.pick(['安装时压碎', '测试不显示', '来货不良，已报废', '', '']),
                breakPicker,
              ] as const)
            : roll < 0.62
              ? (['lost', -1, random.pick(['', '', '找不到']), salePicker] as const)
              : roll < 0.72
                ? (['found', 1, random.pick(['', '整理仓库时找到']), salePicker] as const)
                : ([
                    'other',
                    (random.chance(0.7) ? -1 : 1) * (1 + random.int(3)),
                    random.pick(['样品展示', '员工维修自用', '赠送客户', '录入错误更正', '拆机件入库']),
                    salePicker,
                  ] as const)
        const part = picker.pick(random)
        if (part >= 0) agenda.push({ type: 'adjust', at, seq: next(), part, quantity, reason, note })
      }
      // Counter sales: as many as keep the whole plan on its number of movements.
      const rate = (receipts + 150) / (outflows + 1000)
      const blocksLeft = Math.max(0, Math.floor((days - today) / 30))
      const others =
        bucketed + adjustmentsPerDay * (days - today) + countsPerBlock * blocksLeft + rate * bucketedOut
      const salesLeft = Math.max(0, (target - emitted - others) / (1 + rate + 0.012))
      let sales = Math.round((salesLeft * weight[today]!) / weightFrom[today]!)
      if (today === days - 1) sales = Math.ceil(sales * 1.05) + 10
      for (let index = 0; index < sales; index += 1) {
        const part = salePicker.pick(random)
        if (part < 0) break
        const cheap = catalogue[part]!.costMinor < 5000
        const roll = random.next()
        const quantity = !cheap
          ? roll < 0.93
            ? 1
            : 2
          : roll < 0.82
            ? 1
            : roll < 0.93
              ? 2
              : roll < 0.97
                ? 3
                : roll < 0.99
                  ? 5
                  : 10
        const sale: Pending = {
          type: 'sale',
          at: midnight + opens + random.int(closing - midnight - opens),
          seq: next(),
          part,
          quantity,
          done: false,
        }
        agenda.push(sale)
        if (random.chance(0.012)) {
          schedule({
            type: 'saleReturn',
            at: openMoment(sale.at, 1 + random.int(7)),
            seq: next(),
            part,
            quantity,
            link: sale,
          })
        }
      }
    }

    // The day, in time order.
    for (let item = agenda.pop(); item && emitted < target; item = agenda.pop()) {
      const at = Math.max(item.at, last)
      switch (item.type) {
        case 'create':
          created[item.part] = 1
          creationOrder.push(item.part)
          yield { type: 'part', at, part: item.part }
          if (at > setup + day) {
            // A new part is ordered at once: its reorder level, or one or two of a slow mover.
            const { reorderPoint } = catalogue[item.part]!.input
            if (reorderPoint > 0) reorder(item.part)
          }
          break
        case 'archive': {
          if (!created[item.part]) break
          if (onHand[item.part]! > 0) {
            yield move(at, item.part, {
              kind: 'adjustment',
              quantity: -onHand[item.part]!,
              reason: 'other',
              note: '型号停产，清理库存',
              document: null,
            })
          }
          archived[item.part] = 1
          ordered[item.part] = 0
          waiting.forEach((set) => set.delete(item.part))
          market.delete(item.part)
          yield { type: 'archive', at, part: item.part }
          break
        }
        case 'opening':
          yield move(at, item.part, {
            kind: 'receipt',
            quantity: item.quantity,
            unitCostMinor: unitCost(item.part, at),
            note: '期初库存',
            document: null,
          })
          break
        case 'use': {
          if (!created[item.part] || archived[item.part] || inCount[item.part]) break
          const short = item.quantity - onHand[item.part]!
          if (short > 0) {
            // The shelf is empty: bought in a hurry from the usual supplier, at a premium.
            const { reorderPoint, reorderQuantity } = catalogue[item.part]!.input
            const urgentAt = last + Math.floor((at - last) / 2)
            yield move(urgentAt, item.part, {
              kind: 'receipt',
              quantity: short + (reorderPoint > 0 ? Math.ceil(reorderQuantity / 2) : 0),
              unitCostMinor: unitCost(item.part, urgentAt, 1.12),
              note: '急件',
              document: documentOf(supplierOf[item.part]),
            })
            if (emitted >= target) break
          }
          item.done = true
          yield move(at, item.part, {
            kind: 'repair_use',
            quantity: -item.quantity,
            document: { type: 'ticket', ticket: item.ticket },
          })
          reorder(item.part)
          break
        }
        case 'useReturn':
          if (!item.link.done || archived[item.part]) break
          yield move(at, item.part, {
            kind: 'repair_return',
            quantity: item.quantity,
            document: { type: 'ticket', ticket: item.ticket },
          })
          break
        case 'sale': {
          if (!usable(item.part, at) || onHand[item.part]! === 0) break
          const quantity = Math.min(item.quantity, onHand[item.part]!)
          item.done = true
          yield move(at, item.part, {
            kind: 'sale',
            quantity: -quantity,
            note: quantity >= 5 ? '同行批发' : '',
            document: null,
          })
          reorder(item.part)
          break
        }
        case 'saleReturn':
          if (!item.link.done || archived[item.part]) break
          yield move(at, item.part, {
            kind: 'sale_return',
            quantity: 1,
            note: random.pick(['客户退货，包装完好', '型号买错，退货', '七天无理由退货']),
            document: null,
          })
          break
        case 'supplierReturn':
          if (archived[item.part] || onHand[item.part]! < item.quantity) break
          yield move(at, item.part, {
            kind: 'supplier_return',
            quantity: -item.quantity,
            note: random.pick(['来货不良退回', '测试无显示，退换', '型号发错，退回']),
            document: { type: 'supplier', supplier: item.supplier },
          })
          reorder(item.part)
          break
        case 'adjust':
          if (!usable(item.part, at) || onHand[item.part]! + item.quantity < 0) break
          yield move(at, item.part, {
            kind: 'adjustment',
            quantity: item.quantity,
            reason: item.reason,
            note: item.note,
            document: null,
          })
          if (item.quantity < 0) reorder(item.part)
          break
        case 'delivery': {
          // What was ordered by yesterday evening arrives, each line topping the part up to its level.
          const cutoff = at - 12 * hour
          const lines = [...waiting[item.supplier]!, ...(item.supplier === 0 ? market : [])]
          const note = `送货单 S${String(item.supplier + 1).padStart(2, '0')}-${formatDay(at)}`
          let offset = 0
          for (const part of lines) {
            if (createdAt[part]! > cutoff) continue
            const fromMarket = supplierOf[part] === null
            ;(fromMarket ? market : waiting[item.supplier]!).delete(part)
            const { reorderPoint, reorderQuantity } = catalogue[part]!.input
            const quantity = reorderPoint + reorderQuantity - onHand[part]!
            ordered[part] = 0
            if (quantity <= 0) continue
            offset += 2000 + random.int(6000)
            agenda.push({
              type: 'line',
              at: at + offset,
              seq: next(),
              part,
              supplier: fromMarket ? null : item.supplier,
              quantity,
              note: fromMarket ? '华强北现采' : note,
            })
          }
          break
        }
        case 'line': {
          if (archived[item.part]) break
          yield move(at, item.part, {
            kind: 'receipt',
            quantity: item.quantity,
            unitCostMinor: unitCost(item.part, at),
            note: item.note,
            document: documentOf(item.supplier),
          })
          if (item.supplier !== null && catalogue[item.part]!.repair > 0 && random.chance(0.03)) {
            schedule({
              type: 'supplierReturn',
              at: openMoment(at, 2 + random.int(8)),
              seq: next(),
              part: item.part,
              supplier: item.supplier,
              quantity: 1,
            })
          }
          break
        }
        case 'count': {
          // The category's shelves are counted line by line; a few differ from the books by a unit or two.
          const parts = creationOrder.filter(
            (part) => catalogue[part]!.input.category === item.category && !archived[part],
          )
          if (parts.length === 0) break
          countsStarted += 1
          const number = countsStarted
          yield { type: 'countStart', at, count: number, category: item.category }
          last = at
          const variances = new Map<number, number>()
          let offset = 0
          for (const part of parts) {
            inCount[part] = 1
            const stock = onHand[part]!
            const roll = random.next()
            const variance =
              stock === 0
                ? roll < 0.01
                  ? 1
                  : 0
                : roll < 0.05
                  ? random.pick(stock >= 2 ? [-1, -1, -1, -1, -1, -2, -2, 1, 1, 1, 2] : [-1, -1, 1])
                  : 0
            if (variance !== 0) variances.set(part, variance)
            offset += 1000 + random.int(1500)
            agenda.push({
              type: 'countRecord',
              at: at + offset,
              seq: next(),
              count: number,
              part,
              counted: stock + variance,
            })
          }
          openCounts.set(number, { parts, variances })
          agenda.push({ type: 'countPost', at: at + offset + minute, seq: next(), count: number })
          break
        }
        case 'countRecord':
          last = at
          yield { type: 'countRecord', at, count: item.count, part: item.part, counted: item.counted }
          break
        case 'countPost': {
          const open = openCounts.get(item.count)!
          openCounts.delete(item.count)
          for (const [part, variance] of open.variances) {
            if (onHand[part]! + variance < 0)
              throw new Error(`stock plan: count takes part ${part} below zero`)
          }
          last = at
          yield { type: 'countPost', at, count: item.count }
          for (const [part, variance] of open.variances) {
            onHand[part] = onHand[part]! + variance
            emitted += 1
            if (variance < 0) outflows += 1
          }
          for (const part of open.parts) {
            inCount[part] = 0
            if (open.variances.has(part)) reorder(part)
          }
          break
        }
      }
    }
    // Whatever is scheduled past today's last event waits for tomorrow (deliveries' late lines).
    while (agenda.size > 0) {
      const item = agenda.pop()!
      const index = dayOf(item.at)
      if (index > today && index < days) buckets[index]!.push(item)
    }
  }

  // Short of the number by a few: last-minute sales of whatever is on the shelf.
  for (let part = 0; emitted < target && part < count; part += 1) {
    while (emitted < target && onHand[part]! > 0 && usable(part, last) && catalogue[part]!.sale > 0) {
      yield move(last + 1, part, { kind: 'sale', quantity: -1, note: '', document: null })
    }
  }
}

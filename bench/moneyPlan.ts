/**
 * The money side of a busy outlet, in pieces the raw writer puts together: the drawer calendar (one
 * session a business day, the last one still open), when a collected ticket was picked up, and an
 * invoice's lines priced as the invoice service prices them (shared/domain/money.ts: tax per line,
 * the invoice discount shared over the lines before tax, the document's figures the sums of its
 * lines), and how what is due gets paid.
 */
import { V7Generator } from 'uuidv7'
import { formatDocumentNumber } from '../shared/domain/identifiers'
import { lineAmounts, type LineAmounts, sumLineAmounts } from '../shared/domain/money'
import { Random } from './shopData'

export const hour = 3600 * 1000
export const day = 24 * hour
/** Business hours, as the intakes keep them: 09:30 to 21:30 Beijing time (01:30 to 13:30 UTC). */
export const businessOpen = 1.5 * hour
export const businessClose = 13.5 * hour
/** The drawer opens a quarter of an hour before the doors and closes a quarter after. */
const drawerOpen = 1.25 * hour
const drawerClose = 13.75 * hour
/**
 * The last day keeps its drawer open. When less of it than this has passed, the day before keeps
 * its drawer open instead (not closed last night): the open session then holds a busy day's
 * documents whenever the benchmark runs, which is what its live Z report is timed on.
 */
const shortestOpenDay = 6 * hour

export interface DrawerDay {
  index: number
  id: string
  number: string
  openedAt: number
  /** Null for the session still open. */
  closedAt: number | null
  /** Business hours in this session, [from, to), clipped to the end of the plan. */
  windows: [number, number][]
  /** Weight of its trade: weekends are busier and trade grew by about half over the period. */
  weight: number
}

/** One drawer session for each business day, ending with the one open now. */
export class DrawerCalendar {
  readonly days: DrawerDay[] = []
  private readonly firstMidnight: number

  constructor(seed: number, outletCode: string, end: number, dayCount: number) {
    const ids = new V7Generator(new Random(seed ^ 0xd4a3))
    const lastMidnight = Math.floor(end / day) * day
    const lastDay = end - (lastMidnight + drawerOpen) >= shortestOpenDay ? dayCount - 1 : dayCount - 2
    this.firstMidnight = lastMidnight - (dayCount - 1) * day
    for (let index = 0; index <= lastDay; index += 1) {
      const midnight = this.firstMidnight + index * day
      const last = index === lastDay
      const openedAt = midnight + drawerOpen
      const windows: [number, number][] = []
      for (let next = midnight; next <= (last ? end : midnight); next += day) {
        const to = Math.min(next + businessClose, end)
        if (to > next + businessOpen) windows.push([next + businessOpen, to])
      }
      const weekday = new Date(midnight).getUTCDay()
      const hours = windows.reduce((sum, [from, to]) => sum + (to - from), 0)
      this.days.push({
        index,
        id: ids.generateOrResetWithTs(openedAt).toString(),
        number: formatDocumentNumber(outletCode, 'D', index + 1),
        openedAt,
        closedAt: last ? null : midnight + drawerClose,
        windows,
        weight:
          (0.65 + 0.35 * (index / dayCount)) *
          (weekday === 0 || weekday === 6 ? 1.25 : 1) *
          (hours / (12 * hour)),
      })
    }
  }

  get last(): DrawerDay {
    return this.days.at(-1)!
  }

  /** The session a moment of business hours falls in (the open one takes everything after it opened). */
  at(ms: number): DrawerDay {
    const index = Math.floor((ms - this.firstMidnight) / day)
    if (index < 0) throw new Error(`${new Date(ms).toISOString()} is before the first drawer session`)
    return this.days[Math.min(index, this.days.length - 1)]!
  }

  /** The session's id for a deposit taken at intake (RawShopWriter). */
  sessionId(ms: number): string {
    return this.at(ms).id
  }
}

/**
 * When a collected ticket was picked up: the moment of its last change, moved into business hours
 * of that day (the plan draws it over the whole day), and at least half an hour after intake.
 */
export function pickupTime(updatedAt: number, createdAt: number, end: number): number {
  const midnight = Math.floor(updatedAt / day) * day
  const fraction = (updatedAt - midnight) / day
  let at = midnight + businessOpen + Math.floor(fraction * (businessClose - businessOpen))
  if (at < createdAt + 0.5 * hour) at += day
  return Math.max(createdAt + 60_000, Math.min(at, end - 1000))
}

export interface LineDraft {
  kind: 'labour' | 'part' | 'other'
  labourItemId: string | null
  partId: string | null
  description: string
  quantity: number
  unitPriceMinor: number
  /** The line's own discount. */
  ownDiscountMinor: number
  discountReason: string
  taxRateBp: number
  unitCostMinor: number
  warrantyDays: number
}

export interface PricedLine extends LineDraft, LineAmounts {
  /** Own discount plus the line's share of the invoice discount. */
  discountMinor: number
}

export interface PricedDocument {
  lines: PricedLine[]
  netMinor: number
  discountMinor: number
  taxMinor: number
  totalMinor: number
}

/**
 * Prices the lines: the invoice discount is shared in proportion to what each line comes to after
 * its own discount (largest remainder, so the shares add up exactly), then tax per line.
 */
export function priceDocument(
  drafts: readonly LineDraft[],
  invoiceDiscountMinor: number,
  pricesIncludeTax: boolean,
): PricedDocument {
  const gross = drafts.map((line) => line.quantity * line.unitPriceMinor - line.ownDiscountMinor)
  const base = gross.reduce((sum, value) => sum + value, 0)
  const discount = Math.min(invoiceDiscountMinor, base)
  const exact = gross.map((value) => (base === 0 ? 0 : (value * discount) / base))
  const shares = exact.map(Math.floor)
  let missing = discount - shares.reduce((sum, value) => sum + value, 0)
  const order = exact
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0])
  for (const [, index] of order) {
    if (missing-- <= 0) break
    shares[index]! += 1
  }
  const lines = drafts.map((draft, index) => {
    const discountMinor = draft.ownDiscountMinor + shares[index]!
    const amounts = lineAmounts({
      quantity: draft.quantity,
      unitPriceMinor: draft.unitPriceMinor,
      taxRateBp: draft.taxRateBp,
      pricesIncludeTax,
      discountMinor,
    })
    return { ...draft, discountMinor, ...amounts }
  })
  const sums = sumLineAmounts(lines)
  return {
    lines,
    ...sums,
    discountMinor: lines.reduce((sum, line) => sum + line.discountMinor, 0),
  }
}

/** A moment of the session's business hours, drawn evenly over them. */
export function momentIn(random: Random, session: DrawerDay): number {
  const total = session.windows.reduce((sum, [from, to]) => sum + (to - from), 0)
  let offset = random.next() * total
  for (const [from, to] of session.windows) {
    if (offset < to - from) return Math.floor(from + offset)
    offset -= to - from
  }
  return session.windows.at(-1)![1] - 1
}

/**
 * Splits `count` over sessions by weight, exactly: systematic rounding of the running total (a day
 * expecting 0.3 sales gets one about every third day, and the total is `count`).
 */
export function shareOut(random: Random, weights: number[], count: number): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  const offset = random.next()
  let running = 0
  let before = Math.floor(offset)
  return weights.map((weight) => {
    running += total === 0 ? 0 : (weight / total) * count
    const after = Math.min(count, Math.floor(running + offset))
    const share = after - before
    before = after
    return share
  })
}

/**
 * The demo shop's calendar: a few weeks of business days (09:00 to 19:00, local time) ending now,
 * and a queue of moments at which the real services are called. The queue runs in time order with
 * the services' clock set to each moment (context.withClock), so every row they write carries its
 * day; anything due after now is left undone, which is what leaves the newest repairs open.
 */
import { withClock } from '../context'

const minute = 60 * 1000
const hour = 60 * minute
export const day = 24 * hour

/** A small deterministic generator, so the demo shop is the same on every machine. */
export function randomSequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

/** Local midnight of the day `offset` days from the day of `at`. */
export function localDay(at: number, offset = 0): number {
  const date = new Date(at)
  date.setHours(0, 0, 0, 0)
  date.setDate(date.getDate() + offset)
  return date.getTime()
}

export class Calendar {
  /** The first business day, local midnight. */
  readonly start: number
  readonly today: number
  /** When today's drawer opens: 09:00, or a little before now when the demo loads earlier. */
  readonly todayOpens: number

  constructor(
    readonly now: number,
    readonly days: number,
  ) {
    this.today = localDay(now)
    this.start = localDay(now, -days)
    this.todayOpens = Math.min(this.today + 9 * hour, now - 2 * hour)
  }

  /** Local time `hours` (e.g. 9.5) on the day `index` days after the first. */
  at(index: number, hours: number): number {
    return localDay(this.start, index) + Math.round(hours * hour)
  }

  /**
   * The moment itself when the shop is open then (09:30 to 18:30, or from today's opening);
   * otherwise the next opening, plus the minutes past the hour, so moved work does not pile up.
   */
  open(at: number): number {
    const midnight = localDay(at)
    const from = midnight === this.today ? this.todayOpens + 5 * minute : midnight + 9.5 * hour
    const to = midnight === this.today ? Infinity : midnight + 18.5 * hour
    if (at >= from && at <= to) return at
    const spill = (at % hour) / 2
    if (at < from) return from + spill
    const next = localDay(at, 1)
    return this.open(next === this.today ? this.todayOpens + 5 * minute + spill : next + 9.5 * hour + spill)
  }

  /** A time the counter would promise a repair for: on the hour, between 10:00 and 18:00. */
  promise(at: number): number {
    const onTheHour = Math.round(at / hour) * hour
    const midnight = localDay(onTheHour)
    if (onTheHour < midnight + 10 * hour) return midnight + 10 * hour
    if (onTheHour > midnight + 18 * hour) return localDay(onTheHour, 1) + 10 * hour
    return onTheHour
  }
}

interface Moment {
  at: number
  order: number
  run: () => Promise<void>
}

export class Schedule {
  private readonly moments: Moment[] = []
  private order = 0
  private current = 0

  constructor(private readonly now: number) {}

  /** Work to do at `at`; work may add more work later on. */
  add(at: number, run: () => Promise<void>): void {
    this.moments.push({ at, order: this.order++, run })
  }

  /** The moment being run. */
  time(): number {
    return this.current
  }

  /** Runs everything due up to now, in time order (then in the order added), each at its moment. */
  run(): Promise<void> {
    return withClock(
      () => new Date(this.current).toISOString(),
      async () => {
        for (;;) {
          const next = this.takeNext()
          if (!next || next.at > this.now) return
          this.current = next.at
          await next.run()
        }
      },
    )
  }

  private takeNext(): Moment | undefined {
    let best = -1
    this.moments.forEach((moment, index) => {
      const chosen = this.moments[best]
      if (!chosen || moment.at < chosen.at || (moment.at === chosen.at && moment.order < chosen.order)) {
        best = index
      }
    })
    return best < 0 ? undefined : this.moments.splice(best, 1)[0]
  }
}

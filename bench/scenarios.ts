/**
 * What the benchmark measures, with inputs drawn from the generated shop itself (so every query
 * looks for things that exist, as at a real counter). Each case names the service call a door would
 * make; run.ts times it through Kysely and as the same statements run raw.
 */
import type SQLite from 'better-sqlite3'
import { pinyin } from 'pinyin-pro'
import { contract } from '../shared/contract'
import { openStatuses, type TicketStatus } from '../shared/domain/status'
import type { DB } from '../main/db/open'
import type { Actor, Executor } from '../main/services/context'
import { searchCustomers } from '../main/services/customers'
import { counterSearch } from '../main/services/search'
import { countTicketsByStatus, getTicket, intakeTicket, listTickets } from '../main/services/tickets'
import type { IntakeInput } from './rawWriter'
import * as repairs from './repairData'
import * as data from './shopData'
import { Random } from './shopData'

/** Distinct inputs per case: enough to vary the data touched, few enough to record quickly. */
export const inputsPerCase = 20

/** Targets for the 95th percentile, in milliseconds. */
export const targets = { search: 20, list: 30, detail: 10, intake: 10, coldStart: 2000 } as const

export interface ReadCase<Input = unknown> {
  group: string
  name: string
  /** Shown beside the figure: what the input looks like. */
  example: string
  target: number
  inputs: Input[]
  /** Time every input at least this often, however long it takes (slow inputs are the point). */
  rounds?: number
  run: (db: Executor, input: Input) => Promise<unknown>
}

export function column(sqlite: SQLite.Database, sql: string, ...parameters: unknown[]): string[] {
  return sqlite
    .prepare(sql)
    .pluck()
    .all(...parameters) as string[]
}

/** `count` distinct values from a query's result, chosen by the seeded generator. */
export function sample(random: Random, values: string[], count: number): string[] {
  const chosen = new Set<string>()
  for (let attempt = 0; attempt < count * 20 && chosen.size < Math.min(count, values.length); attempt += 1) {
    chosen.add(random.pick(values))
  }
  if (chosen.size === 0) throw new Error('the generated shop has nothing to sample here; generate it again')
  return [...chosen]
}

function searchCase(name: string, inputs: string[]): ReadCase<string> {
  return {
    group: 'customer search',
    name,
    example: inputs.slice(0, 3).join(' '),
    target: targets.search,
    inputs,
    // limit 10: the contract's default for customers.search.
    run: (db, query) => searchCustomers(db, query, 10),
  }
}

function counterCase(name: string, inputs: string[]): ReadCase<string> {
  return {
    group: 'counter search',
    name,
    example: inputs.slice(0, 3).join(' '),
    target: targets.search,
    inputs,
    run: (db, query) => counterSearch(db, query),
  }
}

interface PageInput {
  status: TicketStatus | 'open' | 'all'
  cursor: string | null
}

function listCase(name: string, example: string, inputs: PageInput[]): ReadCase<PageInput> {
  return {
    group: 'ticket list',
    name,
    example,
    target: targets.list,
    inputs,
    // The contract's defaults (limit 50, no query), as the tickets page asks.
    run: (db, input) => listTickets(db, contract['tickets.list'].input.parse(input)),
  }
}

/** The cursor that starts the page halfway down a status's list (what "page 200" looks like). */
function middleCursor(sqlite: SQLite.Database, status: PageInput['status']): string | null {
  const where =
    status === 'all'
      ? ''
      : status === 'open'
        ? `where status in (${openStatuses.map(() => '?').join(', ')})`
        : 'where status = ?'
  const parameters = status === 'all' ? [] : status === 'open' ? [...openStatuses] : [status]
  const count = Number(
    sqlite
      .prepare(`select count(*) from tickets ${where}`)
      .pluck()
      .get(...parameters),
  )
  if (count < 100) return null
  return sqlite
    .prepare(`select id from tickets ${where} order by id desc limit 1 offset ?`)
    .pluck()
    .get(...parameters, Math.floor(count / 2)) as string
}

function initials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()
}

export function readCases(sqlite: SQLite.Database, seed: number): ReadCase[] {
  const random = new Random(seed)
  const mobiles = column(
    sqlite,
    `select phone from customerPhones where length(phone) = 11 and phone like '1%'`,
  )
  const phones = sample(random, mobiles, inputsPerCase)
  const twoChar = column(sqlite, `select name from customers where name glob '[一-龥][一-龥]' limit 50000`)
  const threeChar = column(
    sqlite,
    `select name from customers where name glob '[一-龥][一-龥][一-龥]' limit 50000`,
  )
  const english = column(
    sqlite,
    `select name from customers where name glob '[A-Z][a-z]* [A-Z]*' limit 50000`,
  )
  const serials = column(
    sqlite,
    `select serial from devices where length(serial) = 15 and serial glob '[0-9]*' limit 50000`,
  )
  const ticketIds = column(sqlite, 'select id from tickets')
  const numbers = column(sqlite, `select number from tickets order by id desc limit 5000`)

  const statuses: PageInput['status'][] = ['all', 'open', 'received', 'ready_for_pickup', 'collected']
  const lists = statuses.flatMap((status) => {
    const cursor = middleCursor(sqlite, status)
    return [
      listCase(`${status}, first page`, `status=${status}`, [{ status, cursor: null }]),
      ...(cursor
        ? [listCase(`${status}, middle page`, `cursor at half of ${status}`, [{ status, cursor }])]
        : []),
    ]
  })

  return [
    searchCase(
      'phone, first 4 digits',
      phones.map((phone) => phone.slice(0, 4)),
    ),
    searchCase(
      'phone, last 4 digits',
      phones.map((phone) => phone.slice(-4)),
    ),
    searchCase('phone, full number', phones),
    searchCase('name, 1 character', ['王', '李', '张', '刘', '陈']),
    searchCase('name, 2 characters', sample(random, twoChar, inputsPerCase)),
    searchCase('name, 3 characters', sample(random, threeChar, inputsPerCase)),
    searchCase('name, pinyin initials', sample(random, twoChar, inputsPerCase).map(initials)),
    searchCase(
      'name, English prefix',
      sample(random, english, inputsPerCase).map((name) => name.slice(0, 3)),
    ),
    counterCase(
      'phone, last 4 digits',
      phones.map((phone) => phone.slice(-4)),
    ),
    counterCase('name, 2 characters', sample(random, twoChar, inputsPerCase)),
    counterCase('IMEI, full', sample(random, serials, inputsPerCase)),
    counterCase('ticket number', sample(random, numbers, inputsPerCase)),
    ...lists,
    {
      group: 'ticket detail',
      name: 'getTicket',
      example: 'random ticket ids',
      target: targets.detail,
      inputs: sample(random, ticketIds, 200),
      run: (db, id) => getTicket(db, id as string),
    },
    {
      group: 'ticket list',
      name: 'countTicketsByStatus',
      example: 'shown with the list',
      target: targets.list,
      inputs: [null],
      run: (db) => countTicketsByStatus(db),
    },
  ] as ReadCase[]
}

export interface IntakeCase {
  name: string
  inputs: IntakeInput[]
  /** Ids the intake refers to without creating them (kept when the raw side replays it). */
  knownIds: Set<string>
  /** One intake, in its own transaction as the door runs it. */
  run: (db: DB, input: IntakeInput) => Promise<unknown>
}

/** Walk-in intakes: a returning customer with a known device, and a new customer with a new device. */
export function intakeCases(
  sqlite: SQLite.Database,
  actor: Actor,
  seed: number,
  count: number,
): IntakeCase[] {
  const random = new Random(seed)
  const pairs = sqlite
    .prepare('select customerId, id from devices order by random() limit ?')
    .raw()
    .all(count) as [string, string][]
  const parse = (input: unknown) => contract['tickets.intake'].input.parse(input)
  const ticket = () => ({
    reportedFault: repairs.fault(random, 'phone'),
    accessories: random.chance(0.5) ? [random.pick(repairs.accessoryNames)] : [],
    condition: random.pick(repairs.conditions),
    unlockCode: random.chance(0.45) ? random.digits(6) : '',
    estimateMinor: 30000,
    depositMinor: random.chance(0.5) ? 5000 : 0,
    depositTender: repairs.tender(random),
    promisedAt: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
    priority: repairs.priority(random),
  })
  const returning = pairs.map(([customerId, deviceId]) =>
    parse({
      ...ticket(),
      customer: { kind: 'existing', id: customerId },
      device: { kind: 'existing', id: deviceId },
    }),
  )
  const walkIns = Array.from({ length: count }, () => {
    const entry = repairs.deviceModel(random)
    return parse({
      ...ticket(),
      customer: { kind: 'new', name: data.customerName(random), phones: [data.mobilePhone(random)] },
      device: {
        kind: 'new',
        category: entry.category,
        brand: entry.brand,
        model: entry.model,
        serial: repairs.serialFor(random, entry),
      },
    })
  })
  const run = (db: DB, input: IntakeInput) =>
    db.transaction().execute((trx) => intakeTicket(trx, input, actor))
  // A deposit goes into the drawer open now: its session is referred to, not created.
  const drawer = column(sqlite, `select "id" from "drawerSessions" where "status" = 'open'`)
  return [
    {
      name: 'returning customer, known device',
      inputs: returning,
      knownIds: new Set([actor.id, ...drawer, ...pairs.flat()]),
      run,
    },
    { name: 'new customer and device', inputs: walkIns, knownIds: new Set([actor.id, ...drawer]), run },
  ]
}

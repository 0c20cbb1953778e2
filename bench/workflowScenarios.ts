/**
 * What the repair-workflow benchmark measures (issue 5, item 13), with inputs drawn from the generated
 * shop: the workshop board with every technician's tickets, one technician's board and queue, the
 * tickets whose parts arrived, and a status change with its event in its own transaction (run.ts
 * runs that one on a copy).
 */
import type SQLite from 'better-sqlite3'
import { uuidv7 } from 'uuidv7'
import { contract } from '../shared/contract'
import type { TicketStatus } from '../shared/domain/status'
import type { DB } from '../main/db/open'
import type { Actor } from '../main/services/context'
import { changeTicketStatus } from '../main/services/tickets'
import { partsArrived, technicianQueue, workshopBoard } from '../main/services/workshop'
import type { CapturedStatement } from './measure'
import { column, type ReadCase, sample } from './scenarios'
import { Random } from './shopData'

/** Targets for the 95th percentile, in milliseconds (issue 5, item 13; parts arrived is ours). */
export const workflowTargets = { statusChange: 10, board: 100, queue: 30, partsArrived: 30 } as const

export function workflowReadCases(sqlite: SQLite.Database): ReadCase[] {
  const technicians = column(
    sqlite,
    `select "assignedTo" from "tickets" where "assignedTo" is not null
     group by "assignedTo" order by count(*) desc`,
  )
  if (technicians.length === 0) throw new Error('the generated shop has no technicians; generate it again')
  // The board as the page asks for it: the contract's default limit per column.
  const board = (technician: string) => contract['workshop.board'].input.parse({ technician })
  return [
    {
      group: 'workshop',
      name: 'board, all technicians',
      example: 'limit 100 a column',
      target: workflowTargets.board,
      inputs: [board('all')],
      run: (db, input) => workshopBoard(db, input as ReturnType<typeof board>),
    },
    {
      group: 'workshop',
      name: 'board, unassigned',
      example: 'limit 100 a column',
      target: workflowTargets.board,
      inputs: [board('unassigned')],
      run: (db, input) => workshopBoard(db, input as ReturnType<typeof board>),
    },
    {
      group: 'workshop',
      name: 'board, one technician',
      example: `${technicians.length} technicians`,
      target: workflowTargets.board,
      inputs: technicians.map(board),
      run: (db, input) => workshopBoard(db, input as ReturnType<typeof board>),
    },
    {
      group: 'workshop',
      name: "technician's queue",
      example: 'busiest to quietest',
      target: workflowTargets.queue,
      inputs: technicians,
      run: (db, staffId) => technicianQueue(db, { staffId: staffId as string }),
    },
    {
      group: 'workshop',
      name: 'parts arrived',
      example: 'shown at the counter',
      target: workflowTargets.partsArrived,
      inputs: [null],
      run: (db) => partsArrived(db, {}),
    },
  ] as ReadCase[]
}

/** Where a ticket stands: what the clerk's screen holds when they move it. */
export interface TicketState {
  id: string
  status: TicketStatus
  version: number
}

/**
 * Tickets on the bench, moved back and forth between "in repair" and "testing" (both ways are allowed),
 * so every round is a real change with a version that matches.
 */
export function statusChangeTickets(sqlite: SQLite.Database, seed: number, count: number): string[] {
  const ids = column(sqlite, `select "id" from "tickets" where "status" in ('in_repair', 'testing')`)
  return sample(new Random(seed ^ 0x57a7), ids, count)
}

export function ticketState(sqlite: SQLite.Database, id: string): TicketState {
  const row = sqlite.prepare('select "id", "status", "version" from "tickets" where "id" = ?').get(id) as
    TicketState | undefined
  if (!row) throw new Error(`ticket ${id} is gone`)
  return row
}

function nextStatus(status: TicketStatus): TicketStatus {
  return status === 'in_repair' ? 'testing' : 'in_repair'
}

/** The status change as the door runs it: its own transaction, committed with fsync. */
export async function changeStatusCall(db: DB, state: TicketState, actor: Actor): Promise<unknown> {
  const input = contract['tickets.changeStatus'].input.parse({
    id: state.id,
    version: state.version,
    toStatus: nextStatus(state.status),
  })
  return db.transaction().execute((trx) => changeTicketStatus(trx, input, actor))
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The captured statements of one status change, replayed raw as the next change of the same ticket:
 * the two statuses swapped when the ticket now goes the other way, the version check given the
 * current version, and fresh ids for the rows the change inserts (event, audit).
 */
export function statusChangeReplay(
  sqlite: SQLite.Database,
  statements: CapturedStatement[],
  recorded: TicketState,
): (current: TicketState) => void {
  const prepared = statements.map((statement) => ({ ...statement, prepared: sqlite.prepare(statement.sql) }))
  // Ids the change only reads by (the ticket, its customer, the actor) stay; the others are new rows.
  const known = new Set(
    statements
      .filter((statement) => statement.reader)
      .flatMap((statement) => statement.parameters)
      .concat(
        statements.flatMap((statement) =>
          /^insert into "ticketEvents"|^insert into "auditLog"/.test(statement.sql)
            ? statement.parameters.slice(1)
            : [],
        ),
      ),
  )
  const recordedTo = nextStatus(recorded.status)
  return (current) => {
    const to = nextStatus(current.status)
    const swap = new Map<unknown, unknown>([
      [recorded.status, current.status],
      [recordedTo, to],
    ])
    const fresh = new Map<string, string>()
    for (const statement of prepared) {
      const versionChecked = !statement.reader && /"version" = \?$/.test(statement.sql.trim())
      const last = statement.parameters.length - 1
      const parameters = statement.parameters.map((value, index) => {
        if (versionChecked && index === last) return current.version
        if (swap.has(value)) return swap.get(value)
        if (typeof value === 'string' && uuid.test(value) && !known.has(value)) {
          let id = fresh.get(value)
          if (!id) fresh.set(value, (id = uuidv7()))
          return id
        }
        return value
      })
      if (statement.reader) statement.prepared.all(parameters)
      else statement.prepared.run(parameters)
    }
  }
}

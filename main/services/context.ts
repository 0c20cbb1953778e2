import { AsyncLocalStorage } from 'node:async_hooks'
import { uuidv7 } from 'uuidv7'
import type { DB } from '../db/open'
import type { Database } from '../db/schema'
import type { Kysely, Transaction } from 'kysely'

/** A service receives the database or the caller's transaction, and decides nothing about either. */
export type Executor = Kysely<Database> | Transaction<Database> | DB

/** The staff member a write is recorded against. */
export interface Actor {
  id: string
  name: string
}

export function newId(): string {
  return uuidv7()
}

/**
 * Where "now" comes from for the work run inside `withClock`; everywhere else it is the real time.
 * The demo shop writes weeks of history through the real services this way, each write stamped
 * with its moment, and a request running meanwhile (another async context) is not affected.
 */
const clock = new AsyncLocalStorage<() => string>()

export function nowUtc(): string {
  return clock.getStore()?.() ?? new Date().toISOString()
}

/** Runs `work` with every service it calls reading the time from `now` (an ISO-8601 UTC string). */
export function withClock<T>(now: () => string, work: () => Promise<T>): Promise<T> {
  return clock.run(now, work)
}

export async function writeAudit(
  db: Executor,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  data: unknown,
): Promise<void> {
  await db
    .insertInto('auditLog')
    .values({
      id: newId(),
      at: nowUtc(),
      actorId: actor.id,
      action,
      entity,
      entityId,
      data: JSON.stringify(data),
    })
    .execute()
}

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

export function nowUtc(): string {
  return new Date().toISOString()
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

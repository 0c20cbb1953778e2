/**
 * A money write happens once. Its caller names a key (made when the form opened); the first answer
 * is kept under that key in the write's own transaction, so a repeated request — a second press of
 * Enter, a retry after a lost answer, another door — is answered from the kept row and writes
 * nothing. The same key with a different request is refused: it would hide a second, different write.
 */
import { createHash } from 'node:crypto'
import { AppError } from '../errors'
import { nowUtc, type Executor } from './context'

export interface OnceRequest {
  key: string
  method: string
  /** The parsed input: what makes two requests "the same" (whoever sends it). */
  request: unknown
}

function fingerprintOf(method: string, request: unknown): string {
  return createHash('sha256').update(method).update('\n').update(JSON.stringify(request)).digest('hex')
}

/**
 * Runs `work` unless the key has been seen; either way answers what the first run answered. Call it
 * inside the write's transaction, so the kept answer and the write commit or roll back together.
 */
export async function runOnce<T>(db: Executor, once: OnceRequest, work: () => Promise<T>): Promise<T> {
  const fingerprint = fingerprintOf(once.method, once.request)
  const seen = await db
    .selectFrom('idempotencyKeys')
    .select(['method', 'fingerprint', 'response'])
    .where('key', '=', once.key)
    .executeTakeFirst()
  if (seen) {
    if (seen.method !== once.method || seen.fingerprint !== fingerprint) {
      throw new AppError(
        'CONFLICT',
        'This idempotency key was already used for a different request.',
        'errors.idempotencyKeyReused',
      )
    }
    return JSON.parse(seen.response) as T
  }
  const value = await work()
  await db
    .insertInto('idempotencyKeys')
    .values({
      key: once.key,
      method: once.method,
      fingerprint,
      response: JSON.stringify(value),
      createdAt: nowUtc(),
    })
    .execute()
  return value
}

/** How long a kept answer is kept: a retry comes within seconds; a month is ample. */
export const keptAnswerDays = 30

/**
 * Forgets the answers kept longer than `keptAnswerDays`, so the table stays small over years of
 * sales (run at start-up). Answers how many were forgotten.
 */
export async function forgetOldAnswers(db: Executor, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - keptAnswerDays * 86_400_000).toISOString()
  const result = await db.deleteFrom('idempotencyKeys').where('createdAt', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}

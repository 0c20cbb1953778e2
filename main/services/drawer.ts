/**
 * The cash drawer: a session from opening (with a float) to closing (cash counted by denomination),
 * and every cash movement in between. Expected cash is the sum of the session's movements.
 */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

/** The drawer session open now, if any. */
export async function openSession(db: Executor): Promise<{ id: string; number: string } | null> {
  const row = await db
    .selectFrom('drawerSessions')
    .select(['id', 'number'])
    .where('status', '=', 'open')
    .executeTakeFirst()
  return row ?? null
}

/** Money changes hands only with a drawer open: the day's Z report must see every cent. */
export async function requireOpenSession(db: Executor): Promise<{ id: string; number: string }> {
  const session = await openSession(db)
  if (!session) {
    throw new AppError(
      'CONFLICT',
      'Open the cash drawer first (with its float) to take or give back money.',
      'drawer:errors.notOpen',
    )
  }
  return session
}

export type CashMovementKind = 'float' | 'sale' | 'deposit' | 'refund' | 'paid_in' | 'paid_out'

/** One signed cash movement of a session (money in positive, out negative). */
export async function addCashMovement(
  db: Executor,
  movement: {
    sessionId: string
    kind: CashMovementKind
    amountMinor: number
    reason?: string
    paymentId?: string | null
  },
  actor: Actor,
  at: string = nowUtc(),
): Promise<void> {
  await db
    .insertInto('cashMovements')
    .values({
      id: newId(),
      sessionId: movement.sessionId,
      kind: movement.kind,
      amountMinor: movement.amountMinor,
      reason: movement.reason ?? '',
      paymentId: movement.paymentId ?? null,
      createdAt: at,
      createdBy: actor.id,
    })
    .execute()
}

export async function currentDrawer(
  _db: Executor,
  _input: ParsedInput<'drawer.current'>,
): Promise<MethodOutput<'drawer.current'>> {
  await Promise.resolve()
  notBuilt()
}

export async function openDrawer(
  _db: Executor,
  _input: ParsedInput<'drawer.open'>,
  _actor: Actor,
): Promise<MethodOutput<'drawer.open'>> {
  await Promise.resolve()
  notBuilt()
}

export async function moveCash(
  _db: Executor,
  _input: ParsedInput<'drawer.move'>,
  _actor: Actor,
): Promise<MethodOutput<'drawer.move'>> {
  await Promise.resolve()
  notBuilt()
}

export async function closeDrawer(
  _db: Executor,
  _input: ParsedInput<'drawer.close'>,
  _actor: Actor,
): Promise<MethodOutput<'drawer.close'>> {
  await Promise.resolve()
  notBuilt()
}

export async function getDrawer(
  _db: Executor,
  _input: ParsedInput<'drawer.get'>,
): Promise<MethodOutput<'drawer.get'>> {
  await Promise.resolve()
  notBuilt()
}

export async function listDrawers(
  _db: Executor,
  _input: ParsedInput<'drawer.list'>,
): Promise<MethodOutput<'drawer.list'>> {
  await Promise.resolve()
  notBuilt()
}

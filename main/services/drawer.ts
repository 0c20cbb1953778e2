/**
 * The cash drawer: a session from opening (with a float) to closing (cash counted by denomination),
 * and every cash movement in between. Expected cash is the sum of the session's movements.
 */
import type { DrawerSession, MethodOutput, ParsedInput } from '../../shared/contract'
import { countedTotal, unknownDenominations } from '../../shared/domain/cash'
import { formatDocumentNumber } from '../../shared/domain/identifiers'
import type { Currency } from '../../shared/domain/money'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { expectedCash, sessionMovements, sessionPage, sessionRow, type SessionRow } from './drawer.queries'
import { nextSequence } from './sequences'
import { getSettings } from './settings'
import { computeZReport } from './zReport'

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

type DrawerSummary = Omit<DrawerSession, 'movements' | 'denominations'>

/** A session without its movements: expected cash live while open, as frozen once closed. */
async function summarize(db: Executor, row: SessionRow, currency: Currency): Promise<DrawerSummary> {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    currency,
    floatMinor: row.floatMinor,
    openedAt: row.openedAt,
    openedByName: row.openedByName,
    closedAt: row.closedAt,
    closedByName: row.closedByName,
    expectedMinor: row.expectedMinor ?? (await expectedCash(db, row.id)),
    countedMinor: row.countedMinor,
    varianceMinor: row.varianceMinor,
    note: row.note,
  }
}

/** A session as the contract gives it, with its counted denominations and its movements. */
async function readSession(db: Executor, id: string): Promise<DrawerSession> {
  const row = await sessionRow(db, id)
  const { currency } = await getSettings(db)
  return {
    ...(await summarize(db, row, currency)),
    denominations: row.denominations ? (JSON.parse(row.denominations) as Record<string, number>) : null,
    movements: await sessionMovements(db, id),
  }
}

export async function currentDrawer(
  db: Executor,
  _input: ParsedInput<'drawer.current'>,
): Promise<MethodOutput<'drawer.current'>> {
  const session = await openSession(db)
  return session ? readSession(db, session.id) : null
}

export async function openDrawer(
  db: Executor,
  input: ParsedInput<'drawer.open'>,
  actor: Actor,
): Promise<MethodOutput<'drawer.open'>> {
  const open = await openSession(db)
  if (open) {
    throw new AppError(
      'CONFLICT',
      `Drawer ${open.number} is open already; close it before opening another.`,
      'drawer:errors.alreadyOpen',
      undefined,
      { number: open.number },
    )
  }
  const settings = await getSettings(db)
  const number = formatDocumentNumber(settings.outletCode, 'D', await nextSequence(db, 'drawer'))
  const id = newId()
  const at = nowUtc()
  await db
    .insertInto('drawerSessions')
    .values({ id, number, status: 'open', floatMinor: input.floatMinor, openedAt: at, openedBy: actor.id })
    .execute()
  if (input.floatMinor > 0) {
    await addCashMovement(db, { sessionId: id, kind: 'float', amountMinor: input.floatMinor }, actor, at)
  }
  await writeAudit(db, actor, 'drawer.open', 'drawerSession', id, { number, floatMinor: input.floatMinor })
  return readSession(db, id)
}

/** Cash paid in or out with a reason; a drawer cannot pay out cash it does not hold. */
export async function moveCash(
  db: Executor,
  input: ParsedInput<'drawer.move'>,
  actor: Actor,
): Promise<MethodOutput<'drawer.move'>> {
  const session = await requireOpenSession(db)
  if (input.kind === 'paid_out') await requireCash(db, session.id, input.amountMinor)
  const amountMinor = input.kind === 'paid_out' ? -input.amountMinor : input.amountMinor
  await addCashMovement(
    db,
    { sessionId: session.id, kind: input.kind, amountMinor, reason: input.reason },
    actor,
  )
  await writeAudit(db, actor, `drawer.${input.kind}`, 'drawerSession', session.id, input)
  return readSession(db, session.id)
}

/** Refuses to take more cash out of the drawer than it should hold. */
export async function requireCash(db: Executor, sessionId: string, amountMinor: number): Promise<void> {
  const expected = await expectedCash(db, sessionId)
  if (amountMinor > expected) {
    throw new AppError(
      'CONFLICT',
      `The drawer holds ${expected} (minor units) in cash; it cannot pay out ${amountMinor}.`,
      'drawer:errors.notEnoughCash',
      undefined,
      { expectedMinor: expected },
    )
  }
}

/**
 * Closes the day: the cash counted by denomination against the sum of the movements, and the
 * Z report frozen in the same write (the database refuses any change to a closed session).
 */
export async function closeDrawer(
  db: Executor,
  input: ParsedInput<'drawer.close'>,
  actor: Actor,
): Promise<MethodOutput<'drawer.close'>> {
  const row = await sessionRow(db, input.id)
  if (row.status !== 'open') {
    throw new AppError('CONFLICT', `Drawer ${row.number} is closed already.`, 'drawer:errors.closed')
  }
  const { currency } = await getSettings(db)
  const unknown = unknownDenominations(currency, input.denominations)
  if (unknown.length > 0) {
    throw new AppError(
      'VALIDATION',
      `Not a note or coin of ${currency}: ${unknown.join(', ')}.`,
      'errors.validation',
      Object.fromEntries(unknown.map((value) => [`denominations.${value}`, 'invalid'])),
    )
  }
  // Only the pieces counted are kept: a grid of zeros says nothing.
  const denominations = Object.fromEntries(
    Object.entries(input.denominations).filter(([, count]) => count > 0),
  )
  const countedMinor = countedTotal(denominations)
  const expectedMinor = await expectedCash(db, row.id)
  const closedAt = nowUtc()
  const closing = {
    closedAt,
    closedByName: actor.name,
    countedMinor,
    varianceMinor: countedMinor - expectedMinor,
  }
  const report = await computeZReport(db, row, closing)
  await db
    .updateTable('drawerSessions')
    .set({
      status: 'closed',
      closedAt,
      closedBy: actor.id,
      expectedMinor,
      countedMinor,
      varianceMinor: closing.varianceMinor,
      denominations: JSON.stringify(denominations),
      note: input.note,
      zReport: JSON.stringify(report),
    })
    .where('id', '=', row.id)
    .where('status', '=', 'open')
    .execute()
  await writeAudit(db, actor, 'drawer.close', 'drawerSession', row.id, {
    number: row.number,
    expectedMinor,
    countedMinor,
    varianceMinor: closing.varianceMinor,
    denominations,
  })
  return readSession(db, row.id)
}

export async function getDrawer(
  db: Executor,
  input: ParsedInput<'drawer.get'>,
): Promise<MethodOutput<'drawer.get'>> {
  return readSession(db, input.id)
}

/** Sessions newest first; the cursor is the last id of the previous page (UUIDv7, time-ordered). */
export async function listDrawers(
  db: Executor,
  input: ParsedInput<'drawer.list'>,
): Promise<MethodOutput<'drawer.list'>> {
  const rows = await sessionPage(db, input.cursor, input.limit)
  const { currency } = await getSettings(db)
  const pageRows = rows.slice(0, input.limit)
  const items: DrawerSummary[] = []
  for (const row of pageRows) items.push(await summarize(db, row, currency))
  return { items, nextCursor: rows.length > input.limit ? (pageRows.at(-1)?.id ?? null) : null }
}

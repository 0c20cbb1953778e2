/** Read queries of the cash drawer: a session with the names of who opened and closed it, its movements. */
import type { DrawerSession } from '../../shared/contract'
import { notFound } from '../errors'
import type { Executor } from './context'

type MovementKind = DrawerSession['movements'][number]['kind']

function sessionRows(db: Executor) {
  return db
    .selectFrom('drawerSessions as s')
    .innerJoin('staff as opener', 'opener.id', 's.openedBy')
    .leftJoin('staff as closer', 'closer.id', 's.closedBy')
    .selectAll('s')
    .select(['opener.name as openedByName', 'closer.name as closedByName'])
}

const withStatus = <R extends { status: string }>(row: R) => ({
  ...row,
  status: row.status as DrawerSession['status'],
})

/** The session row with the staff names, or NOT_FOUND. */
export async function sessionRow(db: Executor, id: string) {
  const row = await sessionRows(db).where('s.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('drawer', 'drawer:errors.sessionNotFound')
  return withStatus(row)
}
export type SessionRow = Awaited<ReturnType<typeof sessionRow>>

/** A page of sessions, newest first, one more than asked (to tell whether another page follows). */
export async function sessionPage(db: Executor, cursor: string | null, limit: number): Promise<SessionRow[]> {
  let query = sessionRows(db)
    .orderBy('s.id', 'desc')
    .limit(limit + 1)
  if (cursor) query = query.where('s.id', '<', cursor)
  return (await query.execute()).map(withStatus)
}

/** The session's cash movements, oldest first. */
export async function sessionMovements(db: Executor, sessionId: string) {
  const rows = await db
    .selectFrom('cashMovements as m')
    .innerJoin('staff', 'staff.id', 'm.createdBy')
    .select(['m.id', 'm.kind', 'm.amountMinor', 'm.reason', 'm.createdAt', 'staff.name as createdByName'])
    .where('m.sessionId', '=', sessionId)
    .orderBy('m.id')
    .execute()
  return rows.map((row) => ({ ...row, kind: row.kind as MovementKind }))
}

/** The cash the drawer should hold: the sum of its signed movements. */
export async function expectedCash(db: Executor, sessionId: string): Promise<number> {
  const row = await db
    .selectFrom('cashMovements')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('amountMinor'), eb.lit(0)).as('total'))
    .where('sessionId', '=', sessionId)
    .executeTakeFirstOrThrow()
  return Number(row.total)
}

import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import { notFound } from '../errors'
import type { Actor, Executor } from './context'
import { currentActor } from './settings'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listStaff(
  _db: Executor,
  _input: ParsedInput<'staff.list'>,
): Promise<MethodOutput<'staff.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function createStaff(
  _db: Executor,
  _input: ParsedInput<'staff.create'>,
  _actor: Actor,
): Promise<MethodOutput<'staff.create'>> {
  await Promise.resolve()
  notBuilt()
}

export async function updateStaff(
  _db: Executor,
  _input: ParsedInput<'staff.update'>,
  _actor: Actor,
): Promise<MethodOutput<'staff.update'>> {
  await Promise.resolve()
  notBuilt()
}

/**
 * The staff member a write is recorded against: the one the counter says is working, who must be
 * active; a program naming nobody writes as the first active staff member.
 */
export async function resolveActor(db: Executor, staffId: string | null): Promise<Actor> {
  if (staffId === null) return currentActor(db)
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'active'])
    .where('id', '=', staffId)
    .executeTakeFirst()
  if (!row) throw notFound('staff')
  if (row.active !== 1) {
    throw new AppError(
      'FORBIDDEN',
      `${row.name} is no longer active; choose who is working at this counter.`,
      'errors.staffInactive',
    )
  }
  return { id: row.id, name: row.name }
}

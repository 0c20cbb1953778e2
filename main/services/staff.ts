/**
 * Staff records (name, short code, role, active) and the staff member each write is recorded
 * against. Sign-in with PINs comes later; until then the counter says who is working.
 */
import type { MethodOutput, ParsedInput, Staff } from '../../shared/contract'
import type { StaffRole } from '../../shared/schemas/staff'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { currentActor } from './settings'

type StaffRow = { id: string; name: string; code: string; role: string; active: number; createdAt: string }

function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    role: row.role as StaffRole,
    active: row.active === 1,
    createdAt: row.createdAt,
  }
}

/** In the order they were added, so the first active one is the counter's default (see currentActor). */
export async function listStaff(
  db: Executor,
  input: ParsedInput<'staff.list'>,
): Promise<MethodOutput<'staff.list'>> {
  let query = db.selectFrom('staff').selectAll().orderBy('createdAt').orderBy('id')
  if (!input.includeInactive) query = query.where('active', '=', 1)
  return (await query.execute()).map(toStaff)
}

/** The code is what the board and job sheets show: two people may not share one. */
async function refuseDuplicateCode(db: Executor, code: string, exceptId: string | null): Promise<void> {
  let query = db.selectFrom('staff').select('id').where('code', '=', code)
  if (exceptId) query = query.where('id', '!=', exceptId)
  if (await query.executeTakeFirst()) {
    throw new AppError(
      'VALIDATION',
      `Another staff member already has the code ${code}.`,
      'staff:errors.duplicateCode',
      { code: 'duplicate' },
      { code },
    )
  }
}

export async function createStaff(
  db: Executor,
  input: ParsedInput<'staff.create'>,
  actor: Actor,
): Promise<MethodOutput<'staff.create'>> {
  await refuseDuplicateCode(db, input.code, null)
  const row: StaffRow = { id: newId(), ...input, active: 1, createdAt: nowUtc() }
  await db.insertInto('staff').values(row).execute()
  await writeAudit(db, actor, 'staff.create', 'staff', row.id, input)
  return toStaff(row)
}

export async function updateStaff(
  db: Executor,
  input: ParsedInput<'staff.update'>,
  actor: Actor,
): Promise<MethodOutput<'staff.update'>> {
  const existing = await db.selectFrom('staff').selectAll().where('id', '=', input.id).executeTakeFirst()
  if (!existing) throw notFound('staff', 'staff:errors.notFound')
  await refuseDuplicateCode(db, input.code, input.id)
  if (!input.active && existing.active === 1) {
    const others = await db
      .selectFrom('staff')
      .select('id')
      .where('active', '=', 1)
      .where('id', '!=', input.id)
      .executeTakeFirst()
    // Every write is recorded against an active staff member: someone must remain.
    if (!others) {
      throw new AppError(
        'CONFLICT',
        `${existing.name} is the last active staff member and cannot be deactivated.`,
        'staff:errors.lastActive',
        undefined,
        { name: existing.name },
      )
    }
  }
  const row: StaffRow = {
    ...existing,
    name: input.name,
    code: input.code,
    role: input.role,
    active: input.active ? 1 : 0,
  }
  await db
    .updateTable('staff')
    .set({ name: row.name, code: row.code, role: row.role, active: row.active })
    .where('id', '=', input.id)
    .execute()
  await writeAudit(db, actor, 'staff.update', 'staff', input.id, input)
  return toStaff(row)
}

/** An active staff member to put on a ticket (its technician), or VALIDATION on `field`. */
export async function activeStaff(db: Executor, id: string, field: string): Promise<Actor> {
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst()
  if (!row) {
    throw new AppError(
      'VALIDATION',
      'That staff member does not exist or is no longer active.',
      'staff:errors.staffNotActive',
      { [field]: 'invalid' },
    )
  }
  return row
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

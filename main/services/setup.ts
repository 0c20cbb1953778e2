/**
 * The first start: a new shop's owner fills in the shop and its first staff members before the
 * counter opens. Until then the starter settings (in the server's language) only hold the place.
 */
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { updateSettings } from './settings'

/** True while the setup has not been done and the shop holds no customers or tickets yet. */
export async function setupNeeded(db: Executor): Promise<boolean> {
  const settings = await db.selectFrom('settings').select('setupCompletedAt').executeTakeFirst()
  if (!settings || settings.setupCompletedAt !== null) return false
  const customer = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst()
  const ticket = await db.selectFrom('tickets').select('id').limit(1).executeTakeFirst()
  return !customer && !ticket
}

/** The setup counts as done: after the setup form, a demo shop, or a start told to skip it. */
export async function markSetupCompleted(db: Executor): Promise<void> {
  await db
    .updateTable('settings')
    .set({ setupCompletedAt: nowUtc() })
    .where('setupCompletedAt', 'is', null)
    .execute()
}

/**
 * Saves the shop's settings and its first staff members in one go. The first of them takes the
 * place of the starter staff member (named in the server's language); the others are added.
 */
export async function completeSetup(
  db: Executor,
  input: ParsedInput<'settings.completeSetup'>,
  actor: Actor,
): Promise<MethodOutput<'settings.completeSetup'>> {
  if (!(await setupNeeded(db))) {
    throw new AppError('CONFLICT', 'This shop has been set up already.', 'settings:errors.setupDone')
  }
  const starter = await db
    .selectFrom('staff')
    .select('id')
    .orderBy('createdAt')
    .orderBy('id')
    .executeTakeFirst()
  const taken = await db
    .selectFrom('staff')
    .select('code')
    .where('id', '!=', starter?.id ?? '')
    .execute()
  input.staff.forEach((member, index) => {
    const twice = input.staff.findIndex((other) => other.code === member.code) !== index
    if (twice || taken.some((row) => row.code === member.code)) {
      throw new AppError(
        'VALIDATION',
        `Another staff member already has the code ${member.code}.`,
        'staff:errors.duplicateCode',
        { [`staff.${index}.code`]: 'duplicate' },
        { code: member.code },
      )
    }
  })
  const settings = await updateSettings(db, input.settings, actor)
  const now = nowUtc()
  for (const [index, member] of input.staff.entries()) {
    if (index === 0 && starter) {
      await db
        .updateTable('staff')
        .set({ name: member.name, code: member.code, role: member.role, active: 1 })
        .where('id', '=', starter.id)
        .execute()
    } else {
      await db
        .insertInto('staff')
        .values({ id: newId(), ...member, active: 1, createdAt: now })
        .execute()
    }
  }
  await markSetupCompleted(db)
  await writeAudit(db, actor, 'settings.completeSetup', 'settings', '1', input)
  return settings
}

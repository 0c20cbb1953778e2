import type { Executor } from './context'

/**
 * Takes the next number of a per-outlet sequence. Call it inside the transaction that uses the
 * number: a rolled-back write gives its number back, so document numbers stay gapless.
 */
export async function nextSequence(db: Executor, name: string): Promise<number> {
  const row = await db
    .updateTable('documentSequences')
    .set((eb) => ({ nextValue: eb('nextValue', '+', 1) }))
    .where('name', '=', name)
    .returning('nextValue')
    .executeTakeFirst()
  if (row) return row.nextValue - 1
  await db.insertInto('documentSequences').values({ name, nextValue: 2 }).execute()
  return 1
}

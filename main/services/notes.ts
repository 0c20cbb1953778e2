import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function addNote(
  _db: Executor,
  _input: ParsedInput<'tickets.addNote'>,
  _actor: Actor,
): Promise<MethodOutput<'tickets.addNote'>> {
  await Promise.resolve()
  notBuilt()
}

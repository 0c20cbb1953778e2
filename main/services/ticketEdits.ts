import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function updateTicket(
  _db: Executor,
  _input: ParsedInput<'tickets.update'>,
  _actor: Actor,
): Promise<MethodOutput<'tickets.update'>> {
  await Promise.resolve()
  notBuilt()
}

export async function warrantyCheck(
  _db: Executor,
  _input: ParsedInput<'tickets.warrantyCheck'>,
): Promise<MethodOutput<'tickets.warrantyCheck'>> {
  await Promise.resolve()
  notBuilt()
}

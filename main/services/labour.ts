import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listLabour(
  _db: Executor,
  _input: ParsedInput<'labour.list'>,
): Promise<MethodOutput<'labour.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function createLabour(
  _db: Executor,
  _input: ParsedInput<'labour.create'>,
  _actor: Actor,
): Promise<MethodOutput<'labour.create'>> {
  await Promise.resolve()
  notBuilt()
}

export async function updateLabour(
  _db: Executor,
  _input: ParsedInput<'labour.update'>,
  _actor: Actor,
): Promise<MethodOutput<'labour.update'>> {
  await Promise.resolve()
  notBuilt()
}

import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function sendOutsForTicket(
  _db: Executor,
  _input: ParsedInput<'sendOuts.forTicket'>,
): Promise<MethodOutput<'sendOuts.forTicket'>> {
  await Promise.resolve()
  notBuilt()
}

export async function createSendOut(
  _db: Executor,
  _input: ParsedInput<'sendOuts.create'>,
  _actor: Actor,
): Promise<MethodOutput<'sendOuts.create'>> {
  await Promise.resolve()
  notBuilt()
}

export async function markSendOutReturned(
  _db: Executor,
  _input: ParsedInput<'sendOuts.markReturned'>,
  _actor: Actor,
): Promise<MethodOutput<'sendOuts.markReturned'>> {
  await Promise.resolve()
  notBuilt()
}

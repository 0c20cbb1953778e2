import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function estimatesForTicket(
  _db: Executor,
  _input: ParsedInput<'estimates.forTicket'>,
): Promise<MethodOutput<'estimates.forTicket'>> {
  await Promise.resolve()
  notBuilt()
}

export async function saveEstimate(
  _db: Executor,
  _input: ParsedInput<'estimates.save'>,
  _actor: Actor,
): Promise<MethodOutput<'estimates.save'>> {
  await Promise.resolve()
  notBuilt()
}

export async function sendEstimate(
  _db: Executor,
  _input: ParsedInput<'estimates.send'>,
  _actor: Actor,
): Promise<MethodOutput<'estimates.send'>> {
  await Promise.resolve()
  notBuilt()
}

export async function decideEstimate(
  _db: Executor,
  _input: ParsedInput<'estimates.decide'>,
  _actor: Actor,
): Promise<MethodOutput<'estimates.decide'>> {
  await Promise.resolve()
  notBuilt()
}

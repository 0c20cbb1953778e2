import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listTemplates(
  _db: Executor,
  _input: ParsedInput<'messages.templates'>,
): Promise<MethodOutput<'messages.templates'>> {
  await Promise.resolve()
  notBuilt()
}

export async function saveTemplate(
  _db: Executor,
  _input: ParsedInput<'messages.saveTemplate'>,
  _actor: Actor,
): Promise<MethodOutput<'messages.saveTemplate'>> {
  await Promise.resolve()
  notBuilt()
}

export async function composeMessage(
  _db: Executor,
  _input: ParsedInput<'messages.compose'>,
): Promise<MethodOutput<'messages.compose'>> {
  await Promise.resolve()
  notBuilt()
}

export async function recordTold(
  _db: Executor,
  _input: ParsedInput<'messages.recordTold'>,
  _actor: Actor,
): Promise<MethodOutput<'messages.recordTold'>> {
  await Promise.resolve()
  notBuilt()
}

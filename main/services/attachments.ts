import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listAttachments(
  _db: Executor,
  _input: ParsedInput<'attachments.list'>,
): Promise<MethodOutput<'attachments.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function addAttachment(
  _db: Executor,
  _input: ParsedInput<'attachments.add'>,
  _actor: Actor,
  _folder: string,
): Promise<MethodOutput<'attachments.add'>> {
  await Promise.resolve()
  notBuilt()
}

export async function readAttachment(
  _db: Executor,
  _input: ParsedInput<'attachments.read'>,
  _folder: string,
): Promise<MethodOutput<'attachments.read'>> {
  await Promise.resolve()
  notBuilt()
}

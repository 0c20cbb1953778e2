import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listStatusLabels(
  _db: Executor,
  _input: ParsedInput<'statusLabels.list'>,
): Promise<MethodOutput<'statusLabels.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function createStatusLabel(
  _db: Executor,
  _input: ParsedInput<'statusLabels.create'>,
  _actor: Actor,
): Promise<MethodOutput<'statusLabels.create'>> {
  await Promise.resolve()
  notBuilt()
}

export async function updateStatusLabel(
  _db: Executor,
  _input: ParsedInput<'statusLabels.update'>,
  _actor: Actor,
): Promise<MethodOutput<'statusLabels.update'>> {
  await Promise.resolve()
  notBuilt()
}

export async function reorderStatusLabels(
  _db: Executor,
  _input: ParsedInput<'statusLabels.reorder'>,
  _actor: Actor,
): Promise<MethodOutput<'statusLabels.reorder'>> {
  await Promise.resolve()
  notBuilt()
}

export async function setTicketLabel(
  _db: Executor,
  _input: ParsedInput<'tickets.setLabel'>,
  _actor: Actor,
): Promise<MethodOutput<'tickets.setLabel'>> {
  await Promise.resolve()
  notBuilt()
}

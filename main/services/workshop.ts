import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function assignTicket(
  _db: Executor,
  _input: ParsedInput<'tickets.assign'>,
  _actor: Actor,
): Promise<MethodOutput<'tickets.assign'>> {
  await Promise.resolve()
  notBuilt()
}

export async function workshopBoard(
  _db: Executor,
  _input: ParsedInput<'workshop.board'>,
): Promise<MethodOutput<'workshop.board'>> {
  await Promise.resolve()
  notBuilt()
}

export async function technicianQueue(
  _db: Executor,
  _input: ParsedInput<'workshop.queue'>,
): Promise<MethodOutput<'workshop.queue'>> {
  await Promise.resolve()
  notBuilt()
}

export async function partsArrived(
  _db: Executor,
  _input: ParsedInput<'workshop.partsArrived'>,
): Promise<MethodOutput<'workshop.partsArrived'>> {
  await Promise.resolve()
  notBuilt()
}

import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function listTicketParts(
  _db: Executor,
  _input: ParsedInput<'ticketParts.list'>,
): Promise<MethodOutput<'ticketParts.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function addTicketPart(
  _db: Executor,
  _input: ParsedInput<'ticketParts.add'>,
  _actor: Actor,
): Promise<MethodOutput<'ticketParts.add'>> {
  await Promise.resolve()
  notBuilt()
}

export async function useTicketPart(
  _db: Executor,
  _input: ParsedInput<'ticketParts.use'>,
  _actor: Actor,
): Promise<MethodOutput<'ticketParts.use'>> {
  await Promise.resolve()
  notBuilt()
}

export async function returnTicketPart(
  _db: Executor,
  _input: ParsedInput<'ticketParts.return'>,
  _actor: Actor,
): Promise<MethodOutput<'ticketParts.return'>> {
  await Promise.resolve()
  notBuilt()
}

export async function specialOrder(
  _db: Executor,
  _input: ParsedInput<'ticketParts.specialOrder'>,
  _actor: Actor,
): Promise<MethodOutput<'ticketParts.specialOrder'>> {
  await Promise.resolve()
  notBuilt()
}

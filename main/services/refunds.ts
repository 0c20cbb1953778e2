import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function refundInvoice(
  _db: Executor,
  _input: ParsedInput<'invoices.refund'>,
  _actor: Actor,
): Promise<MethodOutput<'invoices.refund'>> {
  await Promise.resolve()
  notBuilt()
}

export async function voidInvoice(
  _db: Executor,
  _input: ParsedInput<'invoices.void'>,
  _actor: Actor,
): Promise<MethodOutput<'invoices.void'>> {
  await Promise.resolve()
  notBuilt()
}

export async function setTaxInvoiceNumber(
  _db: Executor,
  _input: ParsedInput<'invoices.setTaxInvoiceNumber'>,
  _actor: Actor,
): Promise<MethodOutput<'invoices.setTaxInvoiceNumber'>> {
  await Promise.resolve()
  notBuilt()
}

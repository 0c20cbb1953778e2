import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function previewInvoice(
  _db: Executor,
  _input: ParsedInput<'invoices.preview'>,
): Promise<MethodOutput<'invoices.preview'>> {
  await Promise.resolve()
  notBuilt()
}

export async function pickupTicket(
  _db: Executor,
  _input: ParsedInput<'tickets.pickup'>,
  _actor: Actor,
): Promise<MethodOutput<'tickets.pickup'>> {
  await Promise.resolve()
  notBuilt()
}

export async function sellAtCounter(
  _db: Executor,
  _input: ParsedInput<'invoices.sell'>,
  _actor: Actor,
): Promise<MethodOutput<'invoices.sell'>> {
  await Promise.resolve()
  notBuilt()
}

export async function payInvoice(
  _db: Executor,
  _input: ParsedInput<'invoices.pay'>,
  _actor: Actor,
): Promise<MethodOutput<'invoices.pay'>> {
  await Promise.resolve()
  notBuilt()
}

export async function getInvoice(
  _db: Executor,
  _input: ParsedInput<'invoices.get'>,
): Promise<MethodOutput<'invoices.get'>> {
  await Promise.resolve()
  notBuilt()
}

export async function findInvoiceByNumber(
  _db: Executor,
  _input: ParsedInput<'invoices.findByNumber'>,
): Promise<MethodOutput<'invoices.findByNumber'>> {
  await Promise.resolve()
  notBuilt()
}

export async function listInvoices(
  _db: Executor,
  _input: ParsedInput<'invoices.list'>,
): Promise<MethodOutput<'invoices.list'>> {
  await Promise.resolve()
  notBuilt()
}

export async function invoicesForTicket(
  _db: Executor,
  _input: ParsedInput<'invoices.forTicket'>,
): Promise<MethodOutput<'invoices.forTicket'>> {
  await Promise.resolve()
  notBuilt()
}

export async function storeCreditBalance(
  _db: Executor,
  _input: ParsedInput<'customers.storeCredit'>,
): Promise<MethodOutput<'customers.storeCredit'>> {
  await Promise.resolve()
  notBuilt()
}

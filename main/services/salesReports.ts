import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function salesReport(
  _db: Executor,
  _input: ParsedInput<'reports.sales'>,
): Promise<MethodOutput<'reports.sales'>> {
  await Promise.resolve()
  notBuilt()
}

export async function customerBalances(
  _db: Executor,
  _input: ParsedInput<'customers.balances'>,
): Promise<MethodOutput<'customers.balances'>> {
  await Promise.resolve()
  notBuilt()
}

export async function customerStatement(
  _db: Executor,
  _input: ParsedInput<'customers.statement'>,
): Promise<MethodOutput<'customers.statement'>> {
  await Promise.resolve()
  notBuilt()
}

export async function accountingExport(
  _db: Executor,
  _input: ParsedInput<'reports.accounting'>,
): Promise<MethodOutput<'reports.accounting'>> {
  await Promise.resolve()
  notBuilt()
}

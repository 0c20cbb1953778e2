import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { AppError } from '../errors'
import type { Executor } from './context'

function notBuilt(): never {
  throw new AppError('INTERNAL', 'Not built yet.', 'errors.internal')
}

export async function zReport(
  _db: Executor,
  _input: ParsedInput<'reports.z'>,
): Promise<MethodOutput<'reports.z'>> {
  await Promise.resolve()
  notBuilt()
}

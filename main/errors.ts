import type { ErrorCode, ErrorData } from '../shared/domain/errors'

/**
 * The one error type of the core. Services throw it; the doors turn it into data.
 * `message` is an English sentence for logs and integrators; `key` is what the UI translates.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly key: string,
    readonly fields?: Record<string, string>,
    readonly detail?: Record<string, string | number>,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toData(): ErrorData {
    return {
      code: this.code,
      message: this.message,
      detail: { key: this.key, ...this.detail },
      ...(this.fields ? { fields: this.fields } : {}),
    }
  }
}

export function notFound(entity: string, key = `errors.notFound.${entity}`): AppError {
  return new AppError('NOT_FOUND', `That ${entity} does not exist.`, key)
}

export function invalid(field: string, reason: string, message: string): AppError {
  return new AppError('VALIDATION', message, 'errors.validation', { [field]: reason })
}

/** The error codes that cross either door as data. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const
export type ErrorCode = (typeof errorCodes)[number]

/**
 * Machine-readable messages: the UI translates `message` (an i18n key under `errors.`) and shows
 * `fields` next to the inputs they belong to. `detail` carries values for the translation.
 */
export interface ErrorData {
  code: ErrorCode
  message: string
  fields?: Record<string, string>
  detail?: Record<string, string | number>
}

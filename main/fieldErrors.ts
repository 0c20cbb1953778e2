import type { z } from 'zod'

/** The value the caller sent at a field's path, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

const isKey = (message: string | undefined): message is string => !!message && /^[a-zA-Z]+$/.test(message)

/**
 * Turns zod's issues into `{ "customer.phones.0": "invalidPhone" }`: stable keys the UI translates.
 * Zod does not report the input of an issue, so the raw input tells `required` (nothing sent) from
 * `invalid` (something of the wrong type or value sent).
 */
export function fieldErrors(error: z.ZodError, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    if (fields[path]) continue
    const sent = valueAt(input, issue.path)
    const missing = sent === undefined || sent === null || sent === ''
    // A fractional number where whole units are asked for keeps its own message (`wholeUnits`).
    const wholeNumber = issue.code === 'invalid_type' && issue.expected === 'int'
    const wrongValue = (issue.code === 'invalid_type' && !wholeNumber) || issue.code === 'invalid_value'
    if (wrongValue && !missing) fields[path] = 'invalid'
    else if (wrongValue)
      fields[path] = isKey(issue.message) && issue.message !== 'invalid' ? issue.message : 'required'
    else if (isKey(issue.message)) fields[path] = issue.message
    else if (issue.code === 'invalid_union') {
      // e.g. email: '' or a valid address; the branch's own message says what is wrong.
      fields[path] =
        issue.errors
          .flat()
          .map((inner) => inner.message)
          .find(isKey) ?? 'invalid'
    } else if (issue.code === 'too_big') {
      fields[path] = issue.origin === 'array' ? 'tooMany' : issue.origin === 'string' ? 'tooLong' : 'tooLarge'
    } else if (issue.code === 'too_small') fields[path] = issue.origin === 'string' ? 'tooShort' : 'tooSmall'
    else fields[path] = 'invalid'
  }
  return fields
}

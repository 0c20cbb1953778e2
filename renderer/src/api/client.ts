/**
 * The typed api client. One function, `call(method, input)`, over whichever door the app was
 * opened through: the Electron preload's `invoke`, or `POST /api/<method>` in a browser.
 */
import type { Envelope, Method, MethodInput, MethodOutput } from '../../../shared/contract'

interface Bridge {
  invoke: (
    method: string,
    input: unknown,
    meta: { staffId: string | null; idempotencyKey: string | null },
  ) => Promise<unknown>
}

declare global {
  interface Window {
    serviceCenter?: Bridge
  }
}

type ErrorBody = Extract<Envelope<never>, { ok: false }>['error']

export class ApiError extends Error {
  readonly code: ErrorBody['code']
  readonly fields: Record<string, string>
  /** The i18n key of the message, under `errors.` */
  readonly key: string
  readonly detail: Record<string, string | number>

  constructor(body: ErrorBody) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.fields = body.fields ?? {}
    this.detail = body.detail ?? {}
    this.key = typeof this.detail.key === 'string' ? this.detail.key : `errors.code.${body.code}`
  }
}

const staffKey = 'serviceCenter.workingStaff'

/**
 * Who is working at this counter: chosen in the header, kept by this computer, sent with every call
 * so each write records the right person.
 */
export function workingStaffId(): string | null {
  return localStorage.getItem(staffKey)
}

export function setWorkingStaffId(id: string | null): void {
  if (id === null) localStorage.removeItem(staffKey)
  else localStorage.setItem(staffKey, id)
}

async function overHttp(
  method: string,
  input: unknown,
  idempotencyKey: string | null,
): Promise<Envelope<unknown>> {
  let response: Response
  const staffId = workingStaffId()
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staffId ? { 'x-staff-id': staffId } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The app server cannot be reached.',
        detail: { key: 'errors.offline' },
      },
    }
  }
  return (await response.json()) as Envelope<unknown>
}

export const transport: 'ipc' | 'http' =
  typeof window !== 'undefined' && window.serviceCenter ? 'ipc' : 'http'

/**
 * Calls a method. A money write (`onceMethods`) passes the idempotency key its form made when it
 * opened, so a repeated call returns the first answer instead of writing again.
 */
export async function call<M extends Method>(
  method: M,
  input: MethodInput<M>,
  idempotencyKey: string | null = null,
): Promise<MethodOutput<M>> {
  const envelope = window.serviceCenter
    ? ((await window.serviceCenter.invoke(method, input, {
        staffId: workingStaffId(),
        idempotencyKey,
      })) as Envelope<unknown>)
    : await overHttp(method, input, idempotencyKey)
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.value as MethodOutput<M>
}

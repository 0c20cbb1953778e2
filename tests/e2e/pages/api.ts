import type { Page } from '@playwright/test'

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }

/**
 * Calls the shop's API from the page, as the app itself does (with the staff member chosen in the
 * header): sets up what another area's screens own without driving their forms. Opens the app first
 * when the page has not loaded it yet.
 */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  if (!page.url().startsWith('http')) await page.goto('/#/')
  const envelope = await page.evaluate(
    async ([name, body]) => {
      const storage = (globalThis as unknown as { localStorage: { getItem: (key: string) => string | null } })
        .localStorage
      const staffId = storage.getItem('serviceCenter.workingStaff')
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Money writes need a key; every call here is a new request, so each gets its own.
          'idempotency-key': crypto.randomUUID(),
          ...(staffId ? { 'x-staff-id': staffId } : {}),
        },
        body: JSON.stringify(body),
      })
      return (await response.json()) as Envelope
    },
    [method, input] as const,
  )
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`)
  return envelope.value as T
}

import { afterEach, describe, expect, it, vi } from 'vitest'
import { methods } from '../shared/contract'
import { makeTechnician, openTestShop, type TestShop } from '../tests/support/shop'

// Electron is not loaded in tests: ipcMain is replaced by a stand-in that keeps the registered
// listener, so the door's own code (frame check, then dispatch over the real database) runs.
const registered = vi.hoisted(() => ({ listeners: new Map<string, (...args: unknown[]) => unknown>() }))
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (...args: unknown[]) => unknown) =>
      registered.listeners.set(channel, listener),
  },
}))
const { isOwnFrame, registerIpcDoor } = await import('./ipc')

let shop: TestShop | undefined
afterEach(async () => {
  registered.listeners.clear()
  await shop?.close()
  shop = undefined
})

describe('the IPC door frame check', () => {
  it('answers the packaged app, loaded from a file', () => {
    expect(
      isOwnFrame('file:///opt/Service%20Center/resources/app.asar/out/renderer/index.html', 'file://'),
    ).toBe(true)
    expect(isOwnFrame('file:///C:/Program%20Files/Service%20Center/index.html#/tickets', 'file://')).toBe(
      true,
    )
  })

  it('answers the development server on its own origin only', () => {
    expect(isOwnFrame('http://localhost:5173/#/intake', 'http://localhost:5173')).toBe(true)
    expect(isOwnFrame('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isOwnFrame('http://127.0.0.1:5173/', 'http://localhost:5173')).toBe(false)
    expect(isOwnFrame('https://localhost:5173/', 'http://localhost:5173')).toBe(false)
  })

  it('refuses a web page that got into a frame, or a page the app was navigated to', () => {
    expect(isOwnFrame('https://evil.example/', 'file://')).toBe(false)
    expect(isOwnFrame('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false)
    expect(isOwnFrame('about:blank', 'file://')).toBe(false)
    expect(isOwnFrame('data:text/html,<script>1</script>', 'file://')).toBe(false)
    expect(isOwnFrame('https://evil.example/', 'http://localhost:5173')).toBe(false)
  })

  it('refuses a frame without an address, or with a malformed one', () => {
    expect(isOwnFrame(undefined, 'file://')).toBe(false)
    expect(isOwnFrame('', 'file://')).toBe(false)
    expect(isOwnFrame('not a url', 'http://localhost:5173')).toBe(false)
  })
})

describe('the IPC door', () => {
  const appFrame = { senderFrame: { url: 'file:///opt/Service%20Center/index.html' } }

  async function door() {
    shop = await openTestShop()
    registerIpcDoor({ ...shop.context, door: 'ipc' }, 'file://')
    const listener = registered.listeners.get('api')
    if (!listener) throw new Error('the IPC door registered no listener')
    return (event: unknown, method: unknown, input: unknown, meta: unknown = null) =>
      listener(event, method, input, meta) as Promise<unknown>
  }

  it('records a write against the staff member the renderer names', async () => {
    const invoke = await door()
    const technician = await makeTechnician(shop!, '李师傅', 'T7')
    const answer = await invoke(
      appFrame,
      'customers.create',
      { name: '赵敏', phones: ['13800001111'] },
      { staffId: technician, idempotencyKey: null },
    )
    expect(answer).toMatchObject({ ok: true })
    const audit = await shop!.db
      .selectFrom('auditLog')
      .select('actorId')
      .where('action', '=', 'customers.create')
      .executeTakeFirstOrThrow()
    expect(audit.actorId).toBe(technician)
    expect(
      await invoke(
        appFrame,
        'customers.create',
        { name: '周芷若', phones: ['13800002222'] },
        { staffId: 42 },
      ),
    ).toMatchObject({
      ok: true,
    })
  })

  it('writes a sale once however often the renderer sends it with the same key', async () => {
    const invoke = await door()
    await invoke(
      appFrame,
      'drawer.open',
      { floatMinor: 0 },
      { staffId: null, idempotencyKey: 'open-drawer-1' },
    )
    const sale = {
      lines: [{ kind: 'other', description: '贴膜', quantity: 1, unitPriceMinor: 3000 }],
      payments: [{ tender: 'cash', amountMinor: 3000 }],
    }
    const meta = { staffId: null, idempotencyKey: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }
    const first = await invoke(appFrame, 'invoices.sell', sale, meta)
    const second = await invoke(appFrame, 'invoices.sell', sale, meta)
    expect(first).toMatchObject({ ok: true })
    expect(second).toEqual(first)
    expect(shop!.sqlite.prepare('select count(*) from invoices').pluck().get()).toBe(1)
    expect(await invoke(appFrame, 'invoices.sell', sale, null)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', detail: { key: 'errors.idempotencyKey' } },
    })
  })

  it('answers the app through the same handler table', async () => {
    const invoke = await door()
    expect(await invoke(appFrame, 'system.info', {})).toMatchObject({ ok: true, value: { door: 'ipc' } })
  })

  it('refuses the invalid input of every method with VALIDATION', async () => {
    const invoke = await door()
    for (const method of methods) {
      expect(await invoke(appFrame, method, 42), method).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      })
    }
  })

  it('refuses a call from a frame that is not the app, and writes nothing', async () => {
    const invoke = await door()
    const input = { name: '李娜', phones: ['13912345678'] }
    for (const event of [{ senderFrame: { url: 'https://evil.example/' } }, { senderFrame: null }, {}]) {
      expect(await invoke(event, 'customers.create', input)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect(shop!.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(0)
  })

  it('refuses a method name that is not text', async () => {
    const invoke = await door()
    expect(await invoke(appFrame, { toString: () => 'settings.get' }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

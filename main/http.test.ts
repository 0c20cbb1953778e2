import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { methods, type Method } from '../shared/contract'
import { makeCustomer, makeTechnician, openTestShop, type TestShop } from '../tests/support/shop'
import { createHttpDoor, listen } from './http'

let shop: TestShop | undefined
let server: http.Server | undefined
afterEach(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve))
  await shop?.close()
  server = undefined
  shop = undefined
})

async function startDoor(staticDir: string | null = null): Promise<string> {
  shop = await openTestShop()
  server = createHttpDoor({ context: shop.context, staticDir })
  const port = await listen(server, '127.0.0.1', 0)
  return `127.0.0.1:${port}`
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  json: () => unknown
}

/** A raw request, so a test can send the Host and Origin headers a browser or an attacker would. */
function request(
  address: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  const [hostname, port] = address.split(':')
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        hostname,
        port: Number(port),
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            json: () => JSON.parse(body) as unknown,
          })
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

function post(address: string, method: string, body: unknown) {
  return fetch(`http://${address}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

/** For each method an input its schema refuses. Methods whose input is `{}` get a wrong type. */
const invalidInputs: Record<Method, unknown> = {
  'settings.get': 42,
  'settings.update': { outletName: '' },
  'settings.completeSetup': { settings: {}, staff: [] },
  'customers.create': { name: '', phones: [] },
  'customers.update': { id: 'nope' },
  'customers.get': { id: 42 },
  'customers.search': { query: 'x'.repeat(101) },
  'customers.list': { limit: 0 },
  'devices.create': { customerId: 'nope' },
  'devices.update': { id: 'nope' },
  'tickets.intake': { reportedFault: '' },
  'tickets.get': {},
  'tickets.findByNumber': { number: '' },
  'tickets.revealUnlockCode': { id: [] },
  'tickets.list': { status: 'lost' },
  'tickets.changeStatus': { id: 'nope', version: 1, toStatus: 'fixed' },
  'tickets.countByStatus': 'all',
  'search.counter': { query: 7 },
  'parts.create': { sku: '', name: '电池' },
  'parts.update': { id: 'nope', sku: 'IP13-SCR', name: '电池' },
  'parts.get': { id: 'nope' },
  'parts.search': { query: 'x'.repeat(101) },
  'parts.findByCode': { code: '' },
  'parts.movements': { id: 'nope' },
  'suppliers.create': { name: '华强北配件行', email: 'sales at hqb' },
  'suppliers.update': { id: 'nope', name: '华强北配件行' },
  'suppliers.list': { includeInactive: 'yes' },
  'suppliers.get': {},
  'stock.adjust': { partId: '01900000-0000-7000-8000-000000000000', quantity: 0, reason: 'lost' },
  'stock.receive': { partId: '01900000-0000-7000-8000-000000000000', quantity: 1, unitCostMinor: -1 },
  'purchaseOrders.create': { supplierId: 'nope', lines: [] },
  'purchaseOrders.update': { id: 'nope' },
  'purchaseOrders.get': { id: 3 },
  'purchaseOrders.list': { status: 'lost' },
  'purchaseOrders.order': {},
  'purchaseOrders.cancel': { id: 'nope' },
  'purchaseOrders.receive': { id: 'nope', lines: [] },
  'purchaseOrders.suggestions': 'all',
  'purchaseOrders.createFromSuggestions': { supplierIds: 'all' },
  'parts.import': { rows: [], commit: 'yes' },
  'parts.export': { includeArchived: 'yes' },
  'reports.stock': { from: '2026-11-26T00:00:00.000Z', to: '2026-11-25T00:00:00.000Z' },
  'reports.stockValuation': { at: 'yesterday' },
  'stockCounts.start': { scope: 'bin' },
  'stockCounts.list': { status: 'lost' },
  'stockCounts.get': { id: 'nope' },
  'stockCounts.record': { countId: 'nope', quantity: -1 },
  'stockCounts.post': {},
  'stockCounts.cancel': { id: 7 },
  'system.info': [],
  'system.loadDemo': { locale: 'fr' },
  'print.printers': true,
  'print.ticket': { id: 'nope', layout: 'a5' },
  'staff.list': { includeInactive: 'yes' },
  'staff.create': { name: '', code: 'T1', role: 'boss' },
  'staff.update': { id: 'nope' },
  'statusLabels.list': 42,
  'statusLabels.create': { status: 'lost', name: '' },
  'statusLabels.update': { id: 'nope' },
  'statusLabels.reorder': { status: 'received', ids: ['nope'] },
  'tickets.setLabel': { id: 'nope', version: 1, statusLabelId: null },
  'tickets.update': { id: 'nope', version: 1 },
  'tickets.warrantyCheck': { deviceId: 'nope' },
  'tickets.assign': { id: 'nope', version: 'one', staffId: null },
  'workshop.board': { technician: 'nobody' },
  'workshop.queue': { staffId: 42 },
  'workshop.partsArrived': 42,
  'labour.list': { query: 42 },
  'labour.create': { name: '', priceMinor: -1 },
  'labour.update': { id: 'nope' },
  'estimates.forTicket': { ticketId: 'nope' },
  'estimates.save': { ticketId: 'nope', lines: [] },
  'estimates.send': { id: 'nope' },
  'estimates.decide': { id: 'nope', decision: 'maybe' },
  'ticketParts.list': { ticketId: 'nope' },
  'ticketParts.add': { ticketId: 'nope', partId: 'nope', quantity: 0 },
  'ticketParts.use': { id: 'nope' },
  'ticketParts.return': { id: 'nope' },
  'ticketParts.specialOrder': { ticketId: 'nope', partId: 'nope', quantity: 1.5 },
  'sendOuts.forTicket': { ticketId: 'nope' },
  'sendOuts.create': { ticketId: 'nope', version: 1, partner: '' },
  'sendOuts.markReturned': { id: 'nope', toStatus: 'collected' },
  'tickets.addNote': { ticketId: 'nope', note: '' },
  'attachments.list': { ticketId: 'nope' },
  'attachments.add': { ticketId: 'nope', fileName: '', mimeType: '', dataBase64: '' },
  'attachments.read': { id: 'nope' },
  'messages.templates': 42,
  'messages.saveTemplate': { status: 'lost', locale: 'fr', body: '' },
  'messages.compose': { ticketId: 'nope', locale: 'fr' },
  'messages.recordTold': { ticketId: 'nope', channel: 'pigeon', body: '' },
  'invoices.preview': { ticketId: 'nope' },
  'tickets.pickup': { ticketId: 'nope', version: 1 },
  'invoices.sell': { lines: [] },
  'invoices.pay': { invoiceId: 'nope', payments: [] },
  'invoices.get': { id: 'nope' },
  'invoices.findByNumber': { number: '' },
  'invoices.list': { dueOnly: 'yes' },
  'invoices.forTicket': { ticketId: 'nope' },
  'invoices.refund': { invoiceId: 'nope', reason: '' },
  'invoices.void': { id: 'nope', reason: '' },
  'invoices.setTaxInvoiceNumber': { id: 'nope', taxInvoiceNumber: '' },
  'customers.storeCredit': { customerId: 'nope' },
  'drawer.current': 42,
  'drawer.open': { floatMinor: -1 },
  'drawer.move': { kind: 'stolen', amountMinor: 0, reason: '' },
  'drawer.close': { id: 'nope', denominations: { abc: -1 } },
  'drawer.get': { id: 'nope' },
  'drawer.list': { limit: 0 },
  'reports.z': { sessionId: 'nope' },
  'reports.sales': { from: 'yesterday', to: 'today' },
  'customers.balances': { limit: 0 },
  'customers.statement': { customerId: 'nope' },
  'reports.accounting': { from: 'yesterday', to: 'today' },
}

describe('the HTTP door', () => {
  it('answers a method with its value in an envelope', async () => {
    const address = await startDoor()
    const response = await post(address, 'settings.get', {})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toMatchObject({ ok: true, value: { outletCode: 'SC01', currency: 'CNY' } })
  })

  it('takes an empty body for an empty input', async () => {
    const address = await startDoor()
    const answer = await request(address, {
      method: 'POST',
      path: '/api/tickets.countByStatus',
      headers: { host: address, 'content-type': 'application/json' },
    })
    expect(answer.status).toBe(200)
    expect(answer.json()).toMatchObject({ ok: true, value: { received: 0 } })
  })

  it('refuses the invalid input of every method with 400 and VALIDATION', async () => {
    const address = await startDoor()
    for (const method of methods) {
      const response = await post(address, method, invalidInputs[method])
      expect(response.status, method).toBe(400)
      const envelope = (await response.json()) as { ok: boolean; error: { code: string; fields?: object } }
      expect(envelope, method).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(Object.keys(envelope.error.fields ?? {}).length, method).toBeGreaterThan(0)
    }
  })

  it('answers the status of the error code: NOT_FOUND 404, CONFLICT 409, FORBIDDEN 403', async () => {
    const address = await startDoor()
    await makeCustomer(shop!)
    expect((await post(address, 'tickets.get', { id: '01900000-0000-7000-8000-000000000000' })).status).toBe(
      404,
    )
    expect((await post(address, 'system.loadDemo', {})).status).toBe(409)
    expect((await post(address, 'print.printers', {})).status).toBe(200)
    expect((await post(address, 'print.ticket', { id: '01900000-0000-7000-8000-000000000000' })).status).toBe(
      403,
    )
  })

  it('records a write against the staff member the counter names, and refuses an inactive one', async () => {
    const address = await startDoor()
    const technician = await makeTechnician(shop!, '李师傅', 'T7')
    const written = await fetch(`http://${address}/api/customers.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-staff-id': technician },
      body: JSON.stringify({ name: '赵敏', phones: ['13800001111'] }),
    })
    expect(written.status).toBe(200)
    const audit = await shop!.db
      .selectFrom('auditLog')
      .select('actorId')
      .where('action', '=', 'customers.create')
      .executeTakeFirstOrThrow()
    expect(audit.actorId).toBe(technician)

    await shop!.db.updateTable('staff').set({ active: 0 }).where('id', '=', technician).execute()
    const refused = await fetch(`http://${address}/api/customers.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-staff-id': technician },
      body: JSON.stringify({ name: '周芷若', phones: ['13800002222'] }),
    })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      ok: false,
      error: { detail: { key: 'errors.staffInactive' } },
    })
    expect(await shop!.db.selectFrom('customers').select('name').execute()).toEqual([{ name: '赵敏' }])
  })

  it('answers 404 for a method that does not exist', async () => {
    const address = await startDoor()
    const response = await post(address, 'tickets.delete', {})
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const address = await startDoor()
    const port = address.split(':')[1]!
    for (const host of [`evil.example:${port}`, `127.0.0.1:1`, 'localhost', `127.0.0.2:${port}`]) {
      const answer = await request(address, {
        method: 'POST',
        path: '/api/settings.get',
        headers: { host, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(answer.status, host).toBe(403)
      expect(answer.json(), host).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', detail: { key: 'errors.foreignHost' } },
      })
    }
  })

  it('accepts its own address under each of its names', async () => {
    const address = await startDoor()
    const port = address.split(':')[1]!
    for (const host of [address, `localhost:${port}`]) {
      const answer = await request(address, {
        method: 'POST',
        path: '/api/settings.get',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
        body: '{}',
      })
      expect(answer.status, host).toBe(200)
    }
  })

  it('refuses a request sent from another web page', async () => {
    const address = await startDoor()
    for (const origin of [
      'http://evil.example',
      `https://${address}`,
      'null',
      `http://${address}.evil.example`,
    ]) {
      const answer = await request(address, {
        method: 'POST',
        path: '/api/customers.create',
        headers: { host: address, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ name: '李娜', phones: ['13912345678'] }),
      })
      expect(answer.status, origin).toBe(403)
      expect(answer.json(), origin).toMatchObject({ error: { detail: { key: 'errors.foreignOrigin' } } })
    }
    expect(shop!.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(0)
  })

  it('refuses a body that is not declared JSON, as a cross-site form would send', async () => {
    const address = await startDoor()
    const body = JSON.stringify({ name: '李娜', phones: ['13912345678'] })
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      '',
    ]) {
      const headers: Record<string, string> = { host: address }
      if (type) headers['content-type'] = type
      const answer = await request(address, { method: 'POST', path: '/api/customers.create', headers, body })
      expect(answer.status, type).toBe(415)
      expect(answer.json(), type).toMatchObject({
        ok: false,
        error: { detail: { key: 'errors.contentType' } },
      })
    }
    expect(shop!.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(0)
  })

  it('refuses malformed JSON with 400', async () => {
    const address = await startDoor()
    const response = await fetch(`http://${address}/api/customers.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"name": "李娜",',
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', detail: { key: 'errors.badJson' } },
    })
  })

  it('refuses a body over sixteen megabytes (room for a 10 MB attachment) with 413', async () => {
    const address = await startDoor()
    const response = await fetch(`http://${address}/api/customers.search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'x'.repeat(16 * 1024 * 1024 + 1) }),
    })
    expect(response.status).toBe(413)
  })

  it('refuses calling a method with GET, and listing the methods with POST', async () => {
    const address = await startDoor()
    expect((await fetch(`http://${address}/api/settings.get`)).status).toBe(405)
    expect((await post(address, '', {})).status).toBe(405)
    expect(
      (
        await fetch(`http://${address}/api`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(405)
  })

  it('refuses a method name that is not valid percent-encoding with 400, not a crash', async () => {
    const address = await startDoor()
    const answer = await request(address, {
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { host: address, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(answer.status).toBe(400)
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('GET /api', () => {
  it('lists every method with its input and output as JSON Schema', async () => {
    const address = await startDoor()
    const response = await fetch(`http://${address}/api`)
    expect(response.status).toBe(200)
    const api = (await response.json()) as {
      methods: Record<string, { input: Record<string, unknown>; output: Record<string, unknown> }>
    }
    expect(Object.keys(api.methods).sort()).toEqual([...methods].sort())
    for (const method of methods) {
      const { input, output } = api.methods[method]!
      expect(input.$schema, method).toMatch(/json-schema/)
      expect(input.type, method).toBe('object')
      expect(output.$schema, method).toMatch(/json-schema/)
      expect(output.type ?? output.anyOf, method).toBeDefined()
    }
    const intake = api.methods['tickets.intake']!.input as {
      required: string[]
      properties: Record<string, unknown>
    }
    expect(intake.required).toEqual(expect.arrayContaining(['customer', 'device', 'reportedFault']))
    expect(intake.required).not.toContain('depositMinor')
    expect(intake.properties).toHaveProperty('unlockCode')
    const detail = api.methods['tickets.get']!.output as { properties: Record<string, unknown> }
    expect(detail.properties).toHaveProperty('hasUnlockCode')
    expect(detail.properties).not.toHaveProperty('unlockCode')
  })
})

describe('the built app', () => {
  function builtApp(): { dir: string; remove: () => void } {
    const root = fs.mkdtempSync(path.join(shop?.dir ?? '/tmp', 'app-'))
    const dir = path.join(root, 'renderer')
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Service Center</title>')
    fs.writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)')
    fs.writeFileSync(path.join(root, 'secret.txt'), 'not for the browser')
    return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) }
  }

  it('serves the page with a strict content security policy', async () => {
    shop = await openTestShop()
    const app = builtApp()
    server = createHttpDoor({ context: shop.context, staticDir: app.dir })
    const address = `127.0.0.1:${await listen(server, '127.0.0.1', 0)}`
    const page = await fetch(`http://${address}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Service Center')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    const script = await fetch(`http://${address}/assets/app-1234.js`)
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(script.headers.get('cache-control')).toContain('immutable')
    // Client-side routes fall back to the page.
    expect(await (await fetch(`http://${address}/tickets/123`)).text()).toContain('Service Center')
  })

  it('never serves a file outside its folder', async () => {
    shop = await openTestShop()
    const app = builtApp()
    server = createHttpDoor({ context: shop.context, staticDir: app.dir })
    const address = `127.0.0.1:${await listen(server, '127.0.0.1', 0)}`
    for (const attempt of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const answer = await request(address, { path: attempt, headers: { host: address } })
      expect(answer.body, attempt).not.toContain('not for the browser')
    }
  })

  it('answers 404 NOT_FOUND when no app is built', async () => {
    const address = await startDoor(null)
    const response = await fetch(`http://${address}/`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

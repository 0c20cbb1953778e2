/**
 * Bad inputs through the door's entry point, for every method that writes: the right error code,
 * the field it belongs to, and not one row changed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { methods, type Method } from '../shared/contract'
import { dumpRows, makeTicket, openTestShop, send, type TestShop } from '../tests/support/shop'
import { dispatch, handlers } from './handlers'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  shop = undefined
})

const missingId = '01900000-0000-7000-8000-000000000000'
const long = (length: number) => '长'.repeat(length)

interface Fixture {
  customerId: string
  deviceId: string
  ticketId: string
}

interface BadInput {
  name: string
  input: (fixture: Fixture) => unknown
  code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT'
  fields?: Record<string, string>
}

const settings = {
  outletName: '华强北店',
  outletCode: 'SZ02',
  address: '',
  phone: '',
  currency: 'CNY',
  receiptTerms: '',
  defaultLanguage: null,
}
const newCustomer = { name: '李娜', phones: ['13912345678'] }
const newDevice = { category: 'phone', brand: 'Apple' }
const intake = (fixture: Fixture) => ({
  customer: { kind: 'existing', id: fixture.customerId },
  device: { kind: 'existing', id: fixture.deviceId },
  reportedFault: '屏幕碎裂',
})

/** Every method that writes, with inputs it must refuse. */
const badInputs: Partial<Record<Method, BadInput[]>> = {
  'settings.update': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { outletName: 'required', outletCode: 'required', currency: 'required' },
    },
    {
      name: 'blank name',
      input: () => ({ ...settings, outletName: '  ' }),
      code: 'VALIDATION',
      fields: { outletName: 'required' },
    },
    {
      name: 'too long',
      input: () => ({ ...settings, outletName: long(81), receiptTerms: long(2001) }),
      code: 'VALIDATION',
      fields: { outletName: 'tooLong', receiptTerms: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: () => ({ ...settings, outletName: 5, currency: 1 }),
      code: 'VALIDATION',
      fields: { outletName: 'invalid', currency: 'invalid' },
    },
    { name: 'not an object', input: () => 'settings', code: 'VALIDATION', fields: { _: 'invalid' } },
  ],
  'customers.create': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { name: 'required', phones: 'required' },
    },
    {
      name: 'too long',
      input: () => ({ name: long(81), phones: ['13912345678'], notes: long(1001), address: long(201) }),
      code: 'VALIDATION',
      fields: { name: 'tooLong', notes: 'tooLong', address: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: () => ({ name: 5, phones: '13912345678' }),
      code: 'VALIDATION',
      fields: { name: 'invalid', phones: 'invalid' },
    },
    {
      name: 'a phone of the wrong type',
      input: () => ({ name: '李娜', phones: [13912345678] }),
      code: 'VALIDATION',
      fields: { 'phones.0': 'invalid' },
    },
  ],
  'customers.update': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { id: 'required', name: 'required', phones: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ id: f.customerId, name: long(81), phones: ['13912345678'] }),
      code: 'VALIDATION',
      fields: { name: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ id: f.customerId, ...newCustomer, email: 42, notes: [] }),
      code: 'VALIDATION',
      fields: { email: 'invalidEmail', notes: 'invalid' },
    },
    {
      name: 'malformed id',
      input: () => ({ id: 'customer-1', ...newCustomer }),
      code: 'VALIDATION',
      fields: { id: 'invalid' },
    },
    { name: 'unknown id', input: () => ({ id: missingId, ...newCustomer }), code: 'NOT_FOUND' },
  ],
  'devices.create': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { customerId: 'required', category: 'required', brand: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({
        customerId: f.customerId,
        ...newDevice,
        brand: long(41),
        serial: 'X'.repeat(41),
        notes: long(501),
      }),
      code: 'VALIDATION',
      fields: { brand: 'tooLong', serial: 'tooLong', notes: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ customerId: f.customerId, category: 1, brand: ['Apple'], purchaseDate: 20240301 }),
      code: 'VALIDATION',
      fields: { category: 'invalid', brand: 'invalid', purchaseDate: 'invalid' },
    },
    { name: 'unknown customer', input: () => ({ customerId: missingId, ...newDevice }), code: 'NOT_FOUND' },
  ],
  'devices.update': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { id: 'required', category: 'required', brand: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ id: f.deviceId, ...newDevice, model: long(61) }),
      code: 'VALIDATION',
      fields: { model: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ id: f.deviceId, ...newDevice, warrantyEnd: true }),
      code: 'VALIDATION',
      fields: { warrantyEnd: 'invalid' },
    },
    { name: 'unknown id', input: () => ({ id: missingId, ...newDevice }), code: 'NOT_FOUND' },
  ],
  'tickets.intake': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { customer: 'required', device: 'required', reportedFault: 'required' },
    },
    {
      name: 'empty new customer and device',
      input: () => ({ customer: { kind: 'new' }, device: { kind: 'new' }, reportedFault: '屏幕碎裂' }),
      code: 'VALIDATION',
      fields: {
        'customer.name': 'required',
        'customer.phones': 'required',
        'device.category': 'required',
        'device.brand': 'required',
      },
    },
    {
      name: 'too long',
      input: (f) => ({
        ...intake(f),
        reportedFault: long(1001),
        unlockCode: 'x'.repeat(65),
        accessories: [long(41)],
      }),
      code: 'VALIDATION',
      fields: { reportedFault: 'tooLong', unlockCode: 'tooLong', 'accessories.0': 'tooLong' },
    },
    {
      name: 'too many accessories',
      input: (f) => ({ ...intake(f), accessories: Array.from({ length: 21 }, () => '充电器') }),
      code: 'VALIDATION',
      fields: { accessories: 'tooMany' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ ...intake(f), depositMinor: '50', promisedAt: 'tomorrow', priority: 'asap' }),
      code: 'VALIDATION',
      fields: { depositMinor: 'invalid', promisedAt: 'invalidDate', priority: 'invalid' },
    },
    {
      name: 'unknown kind of customer',
      input: (f) => ({ ...intake(f), customer: { kind: 'vip', id: f.customerId } }),
      code: 'VALIDATION',
      fields: { 'customer.kind': 'invalid' },
    },
    {
      name: 'unknown customer',
      input: (f) => ({
        ...intake(f),
        customer: { kind: 'existing', id: missingId },
        device: { kind: 'new', ...newDevice },
      }),
      code: 'NOT_FOUND',
    },
    {
      name: 'unknown device',
      input: (f) => ({ ...intake(f), device: { kind: 'existing', id: missingId } }),
      code: 'NOT_FOUND',
    },
    {
      name: 'new customer with an old device',
      input: (f) => ({ ...intake(f), customer: { kind: 'new', ...newCustomer } }),
      code: 'VALIDATION',
      fields: { device: 'otherCustomer' },
    },
    {
      name: 'deposit over the estimate',
      input: (f) => ({ ...intake(f), estimateMinor: 100, depositMinor: 101 }),
      code: 'VALIDATION',
      fields: { depositMinor: 'depositOverEstimate' },
    },
  ],
  'tickets.revealUnlockCode': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'wrong type', input: () => ({ id: 5 }), code: 'VALIDATION', fields: { id: 'invalid' } },
    { name: 'unknown id', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
  ],
  'system.loadDemo': [
    { name: 'wrong type', input: () => ({ locale: 5 }), code: 'VALIDATION', fields: { locale: 'invalid' } },
    {
      name: 'unknown language',
      input: () => ({ locale: 'fr' }),
      code: 'VALIDATION',
      fields: { locale: 'invalid' },
    },
    { name: 'a shop that is not empty', input: () => ({}), code: 'CONFLICT' },
  ],
}

/** Methods that only read (or, for print.ticket, write nothing to the database). */
const readMethods: Method[] = [
  'settings.get',
  'customers.get',
  'customers.search',
  'customers.list',
  'tickets.get',
  'tickets.findByNumber',
  'tickets.list',
  'tickets.countByStatus',
  'search.counter',
  'system.info',
  'print.printers',
  'print.ticket',
]

describe('the handler table', () => {
  it('has a handler for every method of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort())
  })

  it('is covered here: every method either reads, or has bad inputs tested below', () => {
    expect([...readMethods, ...Object.keys(badInputs)].sort()).toEqual([...methods].sort())
  })
})

const cases = Object.entries(badInputs).flatMap(([method, list]) => list.map((bad) => ({ method, ...bad })))

describe.each(cases)('$method refuses $name input', ({ method, input, code, fields }) => {
  it(`with ${code}${fields ? ` on ${Object.keys(fields).join(', ')}` : ''}, and writes nothing`, async () => {
    shop = await openTestShop()
    const ticket = await makeTicket(shop, { unlockCode: '1234' })
    const fixture = { customerId: ticket.customer.id, deviceId: ticket.device.id, ticketId: ticket.id }
    const before = dumpRows(shop)
    const result = await send(shop, method, input(fixture))
    expect(result).toMatchObject({ ok: false, error: { code } })
    if (!result.ok) {
      expect(result.error.message).not.toBe('')
      if (fields) expect(result.error.fields).toMatchObject(fields)
      else expect(result.error.fields).toBeUndefined()
    }
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('dispatch', () => {
  it('answers NOT_FOUND for a method that does not exist', async () => {
    shop = await openTestShop()
    for (const method of ['tickets.delete', '', '__proto__', 'constructor', 'toString']) {
      expect(await send(shop, method, {}), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', detail: { key: 'errors.noSuchMethod' } },
      })
    }
  })

  it('takes a missing input for an empty one', async () => {
    shop = await openTestShop()
    expect(await dispatch(shop.context, 'tickets.countByStatus', undefined)).toMatchObject({ ok: true })
    expect(await dispatch(shop.context, 'settings.get', null)).toMatchObject({ ok: true })
  })

  it('answers CONFLICT, writing nothing, when a ticket number is already taken', async () => {
    shop = await openTestShop()
    const ticket = await makeTicket(shop)
    // A sequence set back (say, by restoring an old copy of the settings): the next number exists.
    await shop.db
      .updateTable('documentSequences')
      .set({ nextValue: 1 })
      .where('name', '=', 'ticket:SC01')
      .execute()
    const before = dumpRows(shop)
    const result = await send(shop, 'tickets.intake', {
      customer: { kind: 'existing', id: ticket.customer.id },
      device: { kind: 'existing', id: ticket.device.id },
      reportedFault: '无法开机',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('answers INTERNAL without the details, and logs them, when something unforeseen breaks', async () => {
    shop = await openTestShop()
    const logged: unknown[] = []
    const context = { ...shop.context, log: (_message: string, error: unknown) => logged.push(error) }
    shop.sqlite.exec('drop trigger "auditLog_no_update"; alter table "auditLog" rename to "auditLogGone"')
    const result = await dispatch(context, 'customers.create', { name: '李娜', phones: ['13912345678'] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', detail: { key: 'errors.internal' } },
    })
    expect(JSON.stringify(result)).not.toMatch(/auditLog|sqlite|at /i)
    expect(logged).toHaveLength(1)
    expect(String(logged[0])).toMatch(/auditLog/)
    expect(shop.sqlite.prepare('select count(*) from customers').pluck().get()).toBe(0)
  })
})

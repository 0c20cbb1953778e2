/**
 * Bad inputs through the door's entry point, for every method that writes: the right error code,
 * the field it belongs to, and not one row changed.
 */
import { workflowBadInputs } from '../tests/support/badInputs'
import { describe, expect, it } from 'vitest'
import { methods, type Method } from '../shared/contract'
import {
  describeBadInputs,
  isStockMethod,
  type BadInput,
  type BadInputFixture as Fixture,
} from '../tests/support/shop'
import { handlers } from './handlers'

const missingId = '01900000-0000-7000-8000-000000000000'
const long = (length: number) => '长'.repeat(length)

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
      input: () => ({ ...settings, outletName: 5, currency: 1, allowNegativeStock: 'yes' }),
      code: 'VALIDATION',
      fields: { outletName: 'invalid', currency: 'invalid', allowNegativeStock: 'invalid' },
    },
    { name: 'not an object', input: () => 'settings', code: 'VALIDATION', fields: { _: 'invalid' } },
  ],
  'settings.completeSetup': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { settings: 'required', staff: 'required' },
    },
    {
      name: 'no staff and a bad outlet code',
      input: () => ({ settings: { ...settings, outletCode: 'S-1' }, staff: [] }),
      code: 'VALIDATION',
      fields: { 'settings.outletCode': 'invalidOutletCode', staff: 'required' },
    },
    {
      name: 'a staff member without a name',
      input: () => ({ settings, staff: [{ name: ' ', code: 'C1', role: 'counter' }] }),
      code: 'VALIDATION',
      fields: { 'staff.0.name': 'required' },
    },
    {
      // The shop of these cases holds a ticket already: the setup is for an empty shop only.
      name: 'a shop in use',
      input: () => ({
        settings: { ...settings, allowNegativeStock: false },
        staff: [{ name: '王芳', code: 'C1', role: 'counter' }],
      }),
      code: 'CONFLICT',
    },
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
    {
      name: 'letters in a phone, which are refused rather than dropped',
      input: () => ({ name: '李娜', phones: ['13912345678', '138abc12345'] }),
      code: 'VALIDATION',
      fields: { 'phones.1': 'phoneNotDigits' },
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
      name: 'letters in a new customer phone',
      input: (f) => ({ ...intake(f), customer: { kind: 'new', ...newCustomer, phones: ['138abc12345'] } }),
      code: 'VALIDATION',
      fields: { 'customer.phones.0': 'phoneNotDigits' },
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
  'tickets.changeStatus': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { id: 'required', version: 'required', toStatus: 'required' },
    },
    {
      name: 'unknown status',
      input: (f) => ({ id: f.ticketId, version: 1, toStatus: 'fixed' }),
      code: 'VALIDATION',
      fields: { toStatus: 'invalid' },
    },
    {
      name: 'too long',
      input: (f) => ({ id: f.ticketId, version: 1, toStatus: 'diagnosing', note: 'x'.repeat(501) }),
      code: 'VALIDATION',
      fields: { note: 'tooLong' },
    },
    {
      name: 'a move the status machine forbids',
      input: (f) => ({ id: f.ticketId, version: 1, toStatus: 'collected' }),
      code: 'CONFLICT',
      fields: { toStatus: 'notAllowed' },
    },
    {
      name: 'a stale version',
      input: (f) => ({ id: f.ticketId, version: 7, toStatus: 'diagnosing' }),
      code: 'CONFLICT',
    },
    {
      name: 'unknown id',
      input: () => ({ id: missingId, version: 1, toStatus: 'diagnosing' }),
      code: 'NOT_FOUND',
    },
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
  'staff.list',
  'statusLabels.list',
  'tickets.warrantyCheck',
  'workshop.board',
  'workshop.queue',
  'workshop.partsArrived',
  'labour.list',
  'estimates.forTicket',
  'ticketParts.list',
  'sendOuts.forTicket',
  'attachments.list',
  'attachments.read',
  'messages.templates',
  'messages.compose',
  'invoices.preview',
  'invoices.get',
  'invoices.findByNumber',
  'invoices.list',
  'invoices.forTicket',
  'customers.storeCredit',
  'drawer.current',
  'drawer.get',
  'drawer.list',
  'customers.balances',
  'customers.statement',
  'reports.z',
  'reports.sales',
  'reports.accounting',
]

describe('the handler table', () => {
  it('has a handler for every method of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort())
  })

  it('is covered: every method either reads, or has bad inputs tested here, in handlers.stock.test.ts or handlers.workflow.test.ts', () => {
    const stockMethods = methods.filter(isStockMethod)
    const covered = [
      ...readMethods,
      ...Object.keys(badInputs),
      ...Object.keys(workflowBadInputs),
      ...stockMethods,
    ]
    expect(covered.sort()).toEqual([...methods].sort())
  })
})

describeBadInputs(badInputs)

/**
 * Bad inputs for the parts-stock methods (catalogue, suppliers, the ledger) through the door's entry
 * point: the right error code, the field it belongs to, and not one row changed.
 */
import { describe, expect, it } from 'vitest'
import { methods, type Method } from '../shared/contract'
import {
  describeBadInputs,
  isStockMethod,
  type BadInput,
  type BadInputFixture as Fixture,
} from '../tests/support/shop'

const missingId = '01900000-0000-7000-8000-000000000000'
const long = (length: number) => '长'.repeat(length)
const newPart = { sku: 'MATE60-BAT', name: '电池' }
const receipt = (fixture: Fixture) => ({ partId: fixture.partId, quantity: 5, unitCostMinor: 1200 })
const orderOf = (fixture: Fixture) => ({
  supplierId: fixture.supplierId,
  lines: [{ partId: fixture.partId, quantity: 2, unitCostMinor: 1200 }],
})

/** Every parts-stock method that writes, with inputs it must refuse. */
const badInputs: Partial<Record<Method, BadInput[]>> = {
  'parts.create': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { sku: 'required', name: 'required' } },
    {
      name: 'too long',
      input: () => ({
        sku: 'X'.repeat(41),
        name: long(121),
        compatibleModels: long(301),
        barcodes: ['1'.repeat(41)],
      }),
      code: 'VALIDATION',
      fields: { sku: 'tooLong', name: 'tooLong', compatibleModels: 'tooLong', 'barcodes.0': 'tooLong' },
    },
    {
      name: 'too many barcodes',
      input: () => ({
        ...newPart,
        barcodes: Array.from({ length: 11 }, (_, index) => `690000000000${index}`),
      }),
      code: 'VALIDATION',
      fields: { barcodes: 'tooMany' },
    },
    {
      name: 'wrong type',
      input: () => ({ sku: 5, name: '电池', priceMinor: '12', reorderPoint: -1, serialized: 'yes' }),
      code: 'VALIDATION',
      fields: { sku: 'invalid', priceMinor: 'invalid', reorderPoint: 'negative', serialized: 'invalid' },
    },
    {
      name: 'unknown supplier',
      input: () => ({ ...newPart, defaultSupplierId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a SKU taken',
      input: (f) => ({ ...newPart, sku: f.partSku.toLowerCase() }),
      code: 'CONFLICT',
      fields: { sku: 'duplicate' },
    },
    {
      name: 'a barcode taken',
      input: (f) => ({ ...newPart, barcodes: [f.partBarcode] }),
      code: 'CONFLICT',
      fields: { barcodes: 'duplicate' },
    },
  ],
  'parts.update': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { id: 'required', sku: 'required', name: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ ...newPart, id: f.partId, name: long(121), bin: 'X'.repeat(21) }),
      code: 'VALIDATION',
      fields: { name: 'tooLong', bin: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ ...newPart, id: f.partId, active: 'no', defaultSupplierId: 7 }),
      code: 'VALIDATION',
      fields: { active: 'invalid', defaultSupplierId: 'invalid' },
    },
    { name: 'unknown id', input: () => ({ ...newPart, id: missingId }), code: 'NOT_FOUND' },
    {
      name: 'unknown supplier',
      input: (f) => ({ ...newPart, id: f.partId, defaultSupplierId: missingId }),
      code: 'NOT_FOUND',
    },
  ],
  'parts.import': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { rows: 'required', commit: 'required' },
    },
    {
      name: 'no rows',
      input: () => ({ rows: [], commit: true }),
      code: 'VALIDATION',
      fields: { rows: 'required' },
    },
    {
      name: 'wrong type',
      input: () => ({ rows: ['MATE60-BAT,电池'], commit: 'yes' }),
      code: 'VALIDATION',
      fields: { 'rows.0': 'invalid', commit: 'invalid' },
    },
    {
      name: 'too many rows',
      input: () => ({ rows: Array.from({ length: 20_001 }, () => newPart), commit: false }),
      code: 'VALIDATION',
      fields: { rows: 'tooMany' },
    },
  ],
  'suppliers.create': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { name: 'required' } },
    {
      name: 'too long',
      input: () => ({ name: long(81), address: long(201), notes: long(1001) }),
      code: 'VALIDATION',
      fields: { name: 'tooLong', address: 'tooLong', notes: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: () => ({ name: 5, phone: 75588881234, paymentTerms: [] }),
      code: 'VALIDATION',
      fields: { name: 'invalid', phone: 'invalid', paymentTerms: 'invalid' },
    },
    {
      name: 'a phone and an email that are not',
      input: () => ({ name: '华强北配件行', phone: '12', email: 'sales at hqb' }),
      code: 'VALIDATION',
      fields: { phone: 'invalidPhone', email: 'invalidEmail' },
    },
  ],
  'suppliers.update': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { id: 'required', name: 'required', active: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ id: f.supplierId, name: long(81), contact: long(61) }),
      code: 'VALIDATION',
      fields: { name: 'tooLong', contact: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ id: f.supplierId, name: '华强北配件行', active: 'yes' }),
      code: 'VALIDATION',
      fields: { active: 'invalid' },
    },
    {
      name: 'unknown id',
      input: () => ({ id: missingId, name: '华强北配件行', active: true }),
      code: 'NOT_FOUND',
    },
  ],
  'stock.adjust': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { partId: 'required', quantity: 'required', reason: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ partId: f.partId, quantity: 1, reason: 'other', note: long(301) }),
      code: 'VALIDATION',
      fields: { note: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ partId: f.partId, quantity: '1', reason: 'stolen' }),
      code: 'VALIDATION',
      fields: { quantity: 'invalid', reason: 'invalid' },
    },
    {
      name: 'too large',
      input: (f) => ({ partId: f.partId, quantity: 1_000_001, reason: 'found' }),
      code: 'VALIDATION',
      fields: { quantity: 'tooLarge' },
    },
    {
      name: 'unknown part',
      input: () => ({ partId: missingId, quantity: 1, reason: 'found' }),
      code: 'NOT_FOUND',
    },
    {
      name: 'more than on hand',
      input: (f) => ({ partId: f.partId, quantity: -1, reason: 'lost' }),
      code: 'CONFLICT',
      fields: { quantity: 'notEnoughStock' },
    },
  ],
  'stock.receive': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { partId: 'required', quantity: 'required', unitCostMinor: 'required' },
    },
    {
      name: 'too long',
      input: (f) => ({ ...receipt(f), note: long(301) }),
      code: 'VALIDATION',
      fields: { note: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: (f) => ({ ...receipt(f), quantity: '5', unitCostMinor: -1, supplierId: 3 }),
      code: 'VALIDATION',
      fields: { quantity: 'invalid', unitCostMinor: 'negative', supplierId: 'invalid' },
    },
    {
      name: 'nothing received',
      input: (f) => ({ ...receipt(f), quantity: 0 }),
      code: 'VALIDATION',
      fields: { quantity: 'tooSmall' },
    },
    { name: 'unknown part', input: (f) => ({ ...receipt(f), partId: missingId }), code: 'NOT_FOUND' },
    { name: 'unknown supplier', input: (f) => ({ ...receipt(f), supplierId: missingId }), code: 'NOT_FOUND' },
  ],
  'stockCounts.start': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { scope: 'required' } },
    {
      name: 'no category named',
      input: () => ({ scope: 'category' }),
      code: 'VALIDATION',
      fields: { scopeValue: 'required' },
    },
    {
      name: 'too long',
      input: () => ({ scope: 'bin', scopeValue: 'B'.repeat(41), note: long(301) }),
      code: 'VALIDATION',
      fields: { scopeValue: 'tooLong', note: 'tooLong' },
    },
    {
      name: 'wrong type',
      input: () => ({ scope: 'shelf', note: 5 }),
      code: 'VALIDATION',
      fields: { scope: 'invalid', note: 'invalid' },
    },
    {
      name: 'a bin with no parts',
      input: () => ({ scope: 'bin', scopeValue: 'Z-99' }),
      code: 'VALIDATION',
      fields: { scopeValue: 'noParts' },
    },
  ],
  'stockCounts.record': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { countId: 'required', quantity: 'required' },
    },
    {
      name: 'wrong type',
      input: () => ({ countId: missingId, code: 'X', quantity: -1, mode: 'scan' }),
      code: 'VALIDATION',
      fields: { quantity: 'negative', mode: 'invalid' },
    },
    {
      name: 'part of a unit',
      input: () => ({ countId: missingId, code: 'X', quantity: 1.5 }),
      code: 'VALIDATION',
      fields: { quantity: 'wholeUnits' },
    },
    {
      name: 'unknown count',
      input: () => ({ countId: missingId, code: 'X', quantity: 1 }),
      code: 'NOT_FOUND',
    },
  ],
  'stockCounts.post': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'wrong type', input: () => ({ id: 'x' }), code: 'VALIDATION', fields: { id: 'invalid' } },
    { name: 'unknown count', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
  ],
  'stockCounts.cancel': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'wrong type', input: () => ({ id: 'x' }), code: 'VALIDATION', fields: { id: 'invalid' } },
    { name: 'unknown count', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
  ],
  'purchaseOrders.create': [
    {
      name: 'empty',
      input: () => ({}),
      code: 'VALIDATION',
      fields: { supplierId: 'required', lines: 'required' },
    },
    {
      name: 'no lines',
      input: (f) => ({ supplierId: f.supplierId, lines: [] }),
      code: 'VALIDATION',
      fields: { lines: 'required' },
    },
    {
      name: 'wrong type',
      input: (f) => ({
        ...orderOf(f),
        note: long(501),
        lines: [{ partId: f.partId, quantity: 0, unitCostMinor: -1 }],
      }),
      code: 'VALIDATION',
      fields: { note: 'tooLong', 'lines.0.quantity': 'tooSmall', 'lines.0.unitCostMinor': 'negative' },
    },
    {
      name: 'part of a unit',
      input: (f) => ({ ...orderOf(f), lines: [{ partId: f.partId, quantity: 1.5, unitCostMinor: 100 }] }),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'wholeUnits' },
    },
    { name: 'unknown supplier', input: (f) => ({ ...orderOf(f), supplierId: missingId }), code: 'NOT_FOUND' },
    {
      name: 'unknown part',
      input: (f) => ({ ...orderOf(f), lines: [{ partId: missingId, quantity: 1, unitCostMinor: 100 }] }),
      code: 'NOT_FOUND',
      fields: { 'lines.0.partId': 'notFound' },
    },
  ],
  'purchaseOrders.update': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required', version: 'required' } },
    {
      name: 'wrong type',
      input: (f) => ({ ...orderOf(f), id: 'x', version: '1' }),
      code: 'VALIDATION',
      fields: { id: 'invalid', version: 'invalid' },
    },
    {
      name: 'unknown order',
      input: (f) => ({ ...orderOf(f), id: missingId, version: 1 }),
      code: 'NOT_FOUND',
    },
  ],
  'purchaseOrders.order': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'unknown order', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
  ],
  'purchaseOrders.cancel': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'unknown order', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
  ],
  'purchaseOrders.receive': [
    { name: 'empty', input: () => ({}), code: 'VALIDATION', fields: { id: 'required', lines: 'required' } },
    {
      name: 'wrong type',
      input: () => ({ id: missingId, lines: [{ lineId: missingId, quantity: 0, unitCostMinor: -1 }] }),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'tooSmall', 'lines.0.unitCostMinor': 'negative' },
    },
    {
      name: 'unknown order',
      input: () => ({ id: missingId, lines: [{ lineId: missingId, quantity: 1, unitCostMinor: 100 }] }),
      code: 'NOT_FOUND',
    },
  ],
  'purchaseOrders.createFromSuggestions': [
    {
      name: 'wrong type',
      input: () => ({ supplierIds: ['x'] }),
      code: 'VALIDATION',
      fields: { 'supplierIds.0': 'invalid' },
    },
  ],
}

const readMethods: Method[] = [
  'parts.get',
  'parts.search',
  'parts.findByCode',
  'parts.movements',
  'suppliers.list',
  'suppliers.get',
  'stockCounts.list',
  'stockCounts.get',
  'reports.stock',
  'reports.stockValuation',
  'parts.export',
  'purchaseOrders.get',
  'purchaseOrders.list',
  'purchaseOrders.suggestions',
]

describe('the parts-stock methods', () => {
  it('are covered here: every one either reads, or has bad inputs tested below', () => {
    expect([...readMethods, ...Object.keys(badInputs)].sort()).toEqual(methods.filter(isStockMethod).sort())
  })
})

describeBadInputs(badInputs)

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
  dumpRows,
  makeCustomer,
  makeDevice,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'

describe('adding a device', () => {
  it('stores the serial without spaces or dashes, in capitals', async () => {
    const customer = await makeCustomer(shop)
    const device = await call(shop, 'devices.create', {
      customerId: customer.id,
      category: 'laptop',
      brand: ' Lenovo ',
      model: 'ThinkPad X1',
      serial: 'pf-3abc de',
      purchaseDate: '2024-03-01',
      warrantyEnd: '2025-03-01',
    })
    expect(device).toMatchObject({
      customerId: customer.id,
      brand: 'Lenovo',
      serial: 'PF3ABCDE',
      purchaseDate: '2024-03-01',
      warrantyEnd: '2025-03-01',
      notes: '',
    })
    const audit = await shop.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', device.id)
      .execute()
    expect(audit.map((row) => row.action)).toEqual(['devices.create'])
  })

  it('accepts a device with only a category and a brand', async () => {
    const customer = await makeCustomer(shop)
    const device = await call(shop, 'devices.create', {
      customerId: customer.id,
      category: 'other',
      brand: '美的',
    })
    expect(device).toMatchObject({ model: '', serial: '', purchaseDate: null, warrantyEnd: null })
  })

  it('answers NOT_FOUND for a customer that does not exist, and writes nothing', async () => {
    await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'devices.create', {
      customerId: missingId,
      category: 'phone',
      brand: 'Apple',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.customer' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a warranty that ends before the purchase, and writes nothing', async () => {
    const customer = await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'devices.create', {
      customerId: customer.id,
      category: 'phone',
      brand: 'Apple',
      purchaseDate: '2024-03-01',
      warrantyEnd: '2024-02-29',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { warrantyEnd: 'beforePurchase' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('accepts a warranty that ends on the day of purchase', async () => {
    const customer = await makeCustomer(shop)
    const device = await makeDevice(shop, customer.id, {
      purchaseDate: '2024-03-01',
      warrantyEnd: '2024-03-01',
    })
    expect(device.warrantyEnd).toBe('2024-03-01')
  })

  it('refuses dates that are not calendar dates', async () => {
    const customer = await makeCustomer(shop)
    const result = await send(shop, 'devices.create', {
      customerId: customer.id,
      category: 'phone',
      brand: 'Apple',
      purchaseDate: '2024-02-30',
      warrantyEnd: '01/03/2025',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { purchaseDate: 'invalidDate', warrantyEnd: 'invalidDate' } },
    })
    expect(countRows(shop, 'devices')).toBe(0)
  })

  it('refuses an unknown category and a missing brand', async () => {
    const customer = await makeCustomer(shop)
    const result = await send(shop, 'devices.create', {
      customerId: customer.id,
      category: 'spaceship',
      brand: '',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { category: 'invalid', brand: 'required' } },
    })
  })
})

describe('editing a device', () => {
  it('changes the fields and keeps the owner', async () => {
    const customer = await makeCustomer(shop)
    const device = await makeDevice(shop, customer.id)
    const updated = await call(shop, 'devices.update', {
      id: device.id,
      category: 'phone',
      brand: 'Apple',
      model: 'iPhone 13 mini',
      serial: '35 693803 564380 9',
      notes: '背面有划痕',
    })
    expect(updated).toMatchObject({
      id: device.id,
      customerId: customer.id,
      model: 'iPhone 13 mini',
      serial: '356938035643809',
    })
    expect(updated.createdAt).toBe(device.createdAt)
  })

  it('answers NOT_FOUND for an unknown device and writes nothing', async () => {
    const before = dumpRows(shop)
    const result = await send(shop, 'devices.update', { id: missingId, category: 'phone', brand: 'Apple' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.device' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a warranty that ends before the purchase', async () => {
    const customer = await makeCustomer(shop)
    const device = await makeDevice(shop, customer.id)
    const before = dumpRows(shop)
    const result = await send(shop, 'devices.update', {
      id: device.id,
      category: 'phone',
      brand: 'Apple',
      purchaseDate: '2024-03-01',
      warrantyEnd: '2023-03-01',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { warrantyEnd: 'beforePurchase' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

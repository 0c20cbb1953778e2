import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
  dumpRows,
  makePart,
  makeSupplier,
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

const supplier = {
  name: '华强北配件行',
  contact: '陈经理',
  phone: '0755-8888 1234',
  email: 'sales@hqb-parts.example',
  address: '深圳市福田区华强北路2号',
  paymentTerms: '月结30天',
  notes: '屏幕质量稳定',
}

describe('suppliers', () => {
  it('are saved with every field, active, with an audit row', async () => {
    const saved = await call(shop, 'suppliers.create', { ...supplier, name: '  华强北配件行 ' })
    expect(saved).toMatchObject({ ...supplier, active: true })
    expect((await call(shop, 'suppliers.get', { id: saved.id })).supplier).toEqual(saved)
    const audit = await shop.db.selectFrom('auditLog').selectAll().where('entityId', '=', saved.id).execute()
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([['suppliers.create', shop.actor.id]])
  })

  it('start with empty details when only a name is given', async () => {
    const saved = await call(shop, 'suppliers.create', { name: 'Shenzhen Parts Co.' })
    expect(saved).toMatchObject({
      contact: '',
      phone: '',
      email: '',
      address: '',
      paymentTerms: '',
      notes: '',
    })
  })

  it('are updated, and can be made inactive', async () => {
    const created = await makeSupplier(shop, supplier)
    const updated = await call(shop, 'suppliers.update', {
      ...supplier,
      id: created.id,
      contact: '林小姐',
      active: false,
    })
    expect(updated).toMatchObject({ id: created.id, contact: '林小姐', active: false })
    expect((await call(shop, 'suppliers.get', { id: created.id })).supplier).toEqual(updated)
  })

  it('refuse a phone or an email that is not one, and write nothing', async () => {
    const created = await makeSupplier(shop, supplier)
    const before = dumpRows(shop)
    const refusal = {
      ok: false,
      error: { code: 'VALIDATION', fields: { phone: 'invalidPhone', email: 'invalidEmail' } },
    }
    const bad = { phone: '12', email: 'sales at hqb' }
    expect(await send(shop, 'suppliers.create', { ...supplier, ...bad })).toMatchObject(refusal)
    expect(await send(shop, 'suppliers.update', { ...supplier, ...bad, id: created.id })).toMatchObject(
      refusal,
    )
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuse a supplier without a name, or with details too long', async () => {
    const result = await send(shop, 'suppliers.create', { name: ' ', notes: '长'.repeat(1001) })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: 'required', notes: 'tooLong' } },
    })
    expect(countRows(shop, 'suppliers')).toBe(0)
  })

  it('answer NOT_FOUND for a supplier that does not exist, writing nothing', async () => {
    await makeSupplier(shop, supplier)
    const before = dumpRows(shop)
    expect(await send(shop, 'suppliers.update', { ...supplier, active: true, id: missingId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.supplier' } },
    })
    expect(await send(shop, 'suppliers.get', { id: missingId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('the supplier list', () => {
  async function suppliers() {
    await makeSupplier(shop, supplier)
    await makeSupplier(shop, { name: 'Apex Components', contact: 'Tom Lee', phone: '+852 2345 6789' })
    const closed = await makeSupplier(shop, { name: '旧供应商', contact: '陈先生' })
    await call(shop, 'suppliers.update', { ...closed, active: false })
  }

  async function names(query = '', includeInactive = false): Promise<string[]> {
    return (await call(shop, 'suppliers.list', { query, includeInactive })).map((item) => item.name)
  }

  it('lists the active suppliers by name, hiding inactive ones unless asked', async () => {
    await suppliers()
    expect(await names()).toEqual(['Apex Components', '华强北配件行'])
    expect(await names('', true)).toEqual(['Apex Components', '华强北配件行', '旧供应商'])
  })

  it('finds a supplier by name, contact or phone, in any case', async () => {
    await suppliers()
    expect(await names('华强北')).toEqual(['华强北配件行'])
    expect(await names('APEX')).toEqual(['Apex Components'])
    expect(await names('tom')).toEqual(['Apex Components'])
    expect(await names('陈')).toEqual(['华强北配件行'])
    expect(await names('陈', true)).toEqual(['华强北配件行', '旧供应商'])
    expect(await names('2345')).toEqual(['Apex Components'])
    expect(await names('%')).toEqual([])
  })
})

describe('a supplier’s page', () => {
  it('shows the parts they supply by default, archived ones included', async () => {
    const created = await makeSupplier(shop, supplier)
    const other = await makeSupplier(shop, { name: 'Apex Components' })
    await makePart(shop, { sku: 'IP13-SCR', name: '屏幕总成', defaultSupplierId: created.id })
    await makePart(shop, { sku: 'IP12-SCR', name: '屏幕总成', defaultSupplierId: created.id, active: false })
    await makePart(shop, { sku: 'IP13-BAT', name: '电池', defaultSupplierId: other.id })
    await makePart(shop, { sku: 'GLUE', name: '胶水' })
    const page = await call(shop, 'suppliers.get', { id: created.id })
    expect(page.supplier.name).toBe('华强北配件行')
    expect(page.parts.map((part) => [part.sku, part.active])).toEqual([
      ['IP12-SCR', false],
      ['IP13-SCR', true],
    ])
  })
})

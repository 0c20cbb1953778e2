import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
  dumpRows,
  makeCustomer,
  makeDevice,
  makeTicket,
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

describe('creating a customer', () => {
  it('keeps the phones as digits, once each, in the order given', async () => {
    const customer = await call(shop, 'customers.create', {
      name: '  李娜 ',
      phones: ['139 1234 5678', '(0755) 8888-1234', '13912345678'],
    })
    expect(customer.name).toBe('李娜')
    expect(customer.phones).toEqual(['13912345678', '075588881234'])
    expect(customer).toMatchObject({ email: '', address: '', notes: '' })
    expect(customer.createdAt).toBe(customer.updatedAt)
  })

  it('reads the full-width digits, plus, spaces and dashes of a Chinese input method', async () => {
    const customer = await call(shop, 'customers.create', {
      name: '王芳',
      phones: ['１３８　００１３－８０００', '＋８５２ ９１２３ ４５６７'],
    })
    expect(customer.phones).toEqual(['13800138000', '+85291234567'])
  })

  it('records who created the customer', async () => {
    const customer = await call(shop, 'customers.create', { name: '李娜', phones: ['13912345678'] })
    const audit = await shop.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', customer.id)
      .execute()
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([['customers.create', shop.actor.id]])
  })

  it('refuses a customer without a name or a phone, and writes nothing', async () => {
    const before = dumpRows(shop)
    const result = await send(shop, 'customers.create', { name: '', phones: [] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: 'required', phones: 'required' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a phone that is not one, and names which one', async () => {
    const result = await send(shop, 'customers.create', { name: '李娜', phones: ['13912345678', '12'] })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'phones.1': 'invalidPhone' } },
    })
    expect(countRows(shop, 'customers')).toBe(0)
  })

  it('refuses a malformed email with its own message', async () => {
    const result = await send(shop, 'customers.create', {
      name: '李娜',
      phones: ['13912345678'],
      email: 'li at example',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { email: 'invalidEmail' } },
    })
  })

  it('refuses more than five phones', async () => {
    const phones = ['1380000001', '1380000002', '1380000003', '1380000004', '1380000005', '1380000006']
    const result = await send(shop, 'customers.create', { name: '李娜', phones })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { phones: 'tooMany' } } })
  })
})

describe('updating a customer', () => {
  it('replaces the fields and the phones, and keeps the creation time', async () => {
    const customer = await makeCustomer(shop, { name: '王芳', phones: ['13800138000', '13900139000'] })
    const updated = await call(shop, 'customers.update', {
      id: customer.id,
      name: '王芳芳',
      phones: ['+852 9123 4567'],
      email: 'fang@example.com',
      address: '九龙',
      notes: '常客',
    })
    expect(updated).toMatchObject({
      id: customer.id,
      name: '王芳芳',
      phones: ['+85291234567'],
      email: 'fang@example.com',
    })
    expect(updated.createdAt).toBe(customer.createdAt)
    expect(updated.updatedAt >= customer.updatedAt).toBe(true)
    expect(countRows(shop, 'customerPhones')).toBe(1)
  })

  it('answers NOT_FOUND for an unknown customer and writes nothing', async () => {
    await makeCustomer(shop)
    const before = dumpRows(shop)
    const result = await send(shop, 'customers.update', {
      id: missingId,
      name: '李娜',
      phones: ['13912345678'],
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('a customer page', () => {
  it('shows the customer with their devices and tickets, newest first', async () => {
    const customer = await makeCustomer(shop)
    const phone = await makeDevice(shop, customer.id)
    const laptop = await makeDevice(shop, customer.id, {
      category: 'laptop',
      brand: 'Lenovo',
      model: 'ThinkPad X1',
      serial: 'PF3ABCDE',
    })
    const first = await makeTicket(shop, {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'existing', id: phone.id },
    })
    const second = await makeTicket(shop, {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'existing', id: laptop.id },
    })
    await makeTicket(shop)

    const page = await call(shop, 'customers.get', { id: customer.id })
    expect(page.customer).toMatchObject({ id: customer.id, name: '王芳', phones: ['13800138000'] })
    expect(page.devices.map((device) => device.id)).toEqual([laptop.id, phone.id])
    expect(page.tickets.map((ticket) => ticket.id)).toEqual([second.id, first.id])
    expect(page.tickets[0]).toMatchObject({ deviceLabel: 'Lenovo ThinkPad X1', customerPhone: '13800138000' })
  })

  it('answers NOT_FOUND for an unknown customer', async () => {
    expect(await send(shop, 'customers.get', { id: missingId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.customer' } },
    })
  })
})

describe('the customer list', () => {
  it('pages newest first by cursor and shows every customer exactly once', async () => {
    const created: string[] = []
    for (let index = 0; index < 23; index += 1) {
      created.push(
        (
          await makeCustomer(shop, {
            name: `客户${index}`,
            phones: [`1380000${String(index).padStart(4, '0')}`],
          })
        ).id,
      )
    }
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await call(
        shop,
        'customers.list',
        { cursor, limit: 5 },
      )
      seen.push(...page.items.map((item) => item.id))
      cursor = page.nextCursor
      pages += 1
    } while (cursor)
    expect(pages).toBe(5)
    expect(seen).toEqual([...created].reverse())
  })

  it('says there is no next page when the last page is exactly full', async () => {
    for (let index = 0; index < 4; index += 1) await makeCustomer(shop, { name: `客户${index}` })
    const page = await call(shop, 'customers.list', { limit: 4 })
    expect(page.items).toHaveLength(4)
    expect(page.nextCursor).toBeNull()
  })

  it('narrows to the matches of a query', async () => {
    await makeCustomer(shop, { name: '王芳' })
    await makeCustomer(shop, { name: 'Emma Wong', phones: ['85291234567'] })
    const page = await call(shop, 'customers.list', { query: 'emma' })
    expect(page.items.map((item) => item.name)).toEqual(['Emma Wong'])
    expect(page.nextCursor).toBeNull()
  })
})

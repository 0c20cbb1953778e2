import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  makeCustomer,
  makeDevice,
  makeTicket,
  openTestShop,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

async function counterShop() {
  const wang = await makeCustomer(shop, { name: '王芳', phones: ['13800138000'] })
  const zhang = await makeCustomer(shop, { name: '张伟', phones: ['075588881234'] })
  const emma = await makeCustomer(shop, { name: 'Emma Wong', phones: ['85291234567'] })
  const iphone = await makeDevice(shop, wang.id, { serial: '356938035643809' })
  const laptop = await makeDevice(shop, emma.id, { category: 'laptop', brand: 'Lenovo', serial: 'PF3ABCDE' })
  const wangTicket = await makeTicket(shop, {
    customer: { kind: 'existing', id: wang.id },
    device: { kind: 'existing', id: iphone.id },
  })
  const emmaTicket = await makeTicket(shop, {
    customer: { kind: 'existing', id: emma.id },
    device: { kind: 'existing', id: laptop.id },
  })
  return { wang, zhang, emma, iphone, laptop, wangTicket, emmaTicket }
}

const search = (query: string) => call(shop, 'search.counter', { query })

describe('the counter search box', () => {
  it('opens a scanned or typed ticket number straight away', async () => {
    const { wangTicket } = await counterShop()
    for (const query of [wangTicket.number, wangTicket.number.toLowerCase(), ` ${wangTicket.number}\n`]) {
      const found = await search(query)
      expect(
        found.tickets.map((ticket) => ticket.number),
        query,
      ).toEqual([wangTicket.number])
      expect(found.customers).toEqual([])
      expect(found.devices).toEqual([])
    }
  })

  it('lists the tickets whose number begins with what was typed', async () => {
    await counterShop()
    const found = await search('SC01-000')
    expect(found.tickets.map((ticket) => ticket.number).sort()).toEqual(['SC01-000001', 'SC01-000002'])
  })

  it('finds a customer and their tickets by phone, its beginning or its last four', async () => {
    const { wang, wangTicket } = await counterShop()
    for (const query of ['13800138000', '1380013', '8000', '138 0013 8000']) {
      const found = await search(query)
      expect(
        found.customers.map((customer) => customer.id),
        query,
      ).toEqual([wang.id])
      expect(
        found.tickets.map((ticket) => ticket.id),
        query,
      ).toEqual([wangTicket.id])
    }
  })

  it('finds a landline typed with its area code', async () => {
    const { zhang } = await counterShop()
    const found = await search('0755-88881234')
    expect(found.customers.map((customer) => customer.id)).toEqual([zhang.id])
  })

  it('finds a customer by name, Chinese, pinyin initials or Latin', async () => {
    const { wang, emma, emmaTicket } = await counterShop()
    expect((await search('王')).customers.map((customer) => customer.id)).toEqual([wang.id])
    expect((await search('王芳')).customers.map((customer) => customer.id)).toEqual([wang.id])
    expect((await search('wf')).customers.map((customer) => customer.id)).toEqual([wang.id])
    const byLatin = await search('Emma')
    expect(byLatin.customers.map((customer) => customer.id)).toEqual([emma.id])
    expect(byLatin.tickets.map((ticket) => ticket.id)).toEqual([emmaTicket.id])
  })

  it('finds a device and its tickets by the last digits of its IMEI', async () => {
    const { iphone, wangTicket } = await counterShop()
    const found = await search('643809')
    expect(found.devices.map((device) => device.id)).toEqual([iphone.id])
    expect(found.devices[0]?.customerName).toBe('王芳')
    expect(found.tickets.map((ticket) => ticket.id)).toEqual([wangTicket.id])
  })

  it('finds a device by its whole serial, typed in any case', async () => {
    const { laptop, emmaTicket } = await counterShop()
    const found = await search('pf3abcde')
    expect(found.devices.map((device) => device.id)).toEqual([laptop.id])
    expect(found.tickets.map((ticket) => ticket.id)).toEqual([emmaTicket.id])
  })

  it('answers nothing for an empty query or one that matches nothing', async () => {
    await counterShop()
    const nothing = { tickets: [], customers: [], devices: [] }
    expect(await search('')).toEqual(nothing)
    expect(await search('   ')).toEqual(nothing)
    expect(await search('赵')).toEqual(nothing)
    expect(await search('99999999')).toEqual(nothing)
    expect(await search('SC02-000001')).toEqual(nothing)
  })
})

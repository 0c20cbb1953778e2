import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract, type MethodInput } from '../../shared/contract'
import { openStatuses, ticketStatuses } from '../../shared/domain/status'
import {
  call,
  makeCustomer,
  makeDevice,
  makeTicket,
  openTestShop,
  send,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'
import { intakeTicket } from './tickets'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

async function allPages(
  input: MethodInput<'tickets.list'>,
  limit: number,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const page: { items: { id: string }[]; nextCursor: string | null } = await call(shop, 'tickets.list', {
      ...input,
      cursor,
      limit,
    })
    ids.push(...page.items.map((item) => item.id))
    cursor = page.nextCursor
    pages += 1
    if (pages > 100) throw new Error('paging does not end')
  } while (cursor)
  return { ids, pages }
}

async function numbers(input: MethodInput<'tickets.list'>): Promise<string[]> {
  const page = await call(shop, 'tickets.list', { limit: 200, ...input })
  return page.items.map((item) => item.number).sort()
}

describe('the ticket list', () => {
  it('pages newest first by cursor and shows every ticket exactly once', async () => {
    const created: string[] = []
    for (let index = 0; index < 23; index += 1) created.push((await makeTicket(shop)).id)
    const { ids, pages } = await allPages({}, 10)
    expect(pages).toBe(3)
    expect(ids).toEqual([...created].reverse())
  })

  it('says there is no next page when the last page is exactly full', async () => {
    for (let index = 0; index < 6; index += 1) await makeTicket(shop)
    const { pages, ids } = await allPages({}, 3)
    expect(pages).toBe(2)
    expect(ids).toHaveLength(6)
  })

  it('pages a filtered list exactly once too', async () => {
    const wang = await makeCustomer(shop, { name: '王芳' })
    const device = await makeDevice(shop, wang.id)
    const theirs: string[] = []
    for (let index = 0; index < 14; index += 1) {
      theirs.push(
        (
          await makeTicket(shop, {
            customer: { kind: 'existing', id: wang.id },
            device: { kind: 'existing', id: device.id },
          })
        ).id,
      )
      await makeTicket(shop, { customer: { kind: 'new', name: '李娜', phones: ['13912345678'] } })
    }
    for (const id of theirs.slice(0, 5)) await setTicketStatus(shop, id, 'collected')
    expect((await allPages({ query: '王' }, 4)).ids).toEqual([...theirs].reverse())
    expect((await allPages({ query: '王', status: 'open' }, 4)).ids).toEqual(theirs.slice(5).reverse())
  })

  it('shows the customer, the first phone and the device on each line', async () => {
    const customer = await makeCustomer(shop, { name: '王芳', phones: ['13800138000', '13511112222'] })
    const device = await makeDevice(shop, customer.id, { brand: 'Huawei', model: 'Mate 60 Pro' })
    await makeTicket(shop, {
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'existing', id: device.id },
    })
    const page = await call(shop, 'tickets.list', {})
    expect(page.items[0]).toMatchObject({
      customerName: '王芳',
      customerPhone: '13800138000',
      deviceLabel: 'Huawei Mate 60 Pro',
      status: 'received',
      reportedFault: '屏幕碎裂',
    })
  })

  it('refuses a page size of zero or above 200', async () => {
    expect(await send(shop, 'tickets.list', { limit: 0 })).toMatchObject({
      error: { code: 'VALIDATION', fields: { limit: 'tooSmall' } },
    })
    expect(await send(shop, 'tickets.list', { limit: 201 })).toMatchObject({
      error: { code: 'VALIDATION', fields: { limit: 'tooLarge' } },
    })
  })
})

describe('the ticket list by status', () => {
  it('shows one status, the open ones, or all', async () => {
    const tickets: { number: string; status: string }[] = []
    for (const status of ticketStatuses) {
      const ticket = await makeTicket(shop)
      await setTicketStatus(shop, ticket.id, status)
      tickets.push({ number: ticket.number, status })
    }
    const numbersOf = (statuses: readonly string[]) =>
      tickets
        .filter((ticket) => statuses.includes(ticket.status))
        .map((ticket) => ticket.number)
        .sort()

    expect(await numbers({ status: 'received' })).toEqual(numbersOf(['received']))
    expect(await numbers({ status: 'ready_for_pickup' })).toEqual(numbersOf(['ready_for_pickup']))
    expect(await numbers({ status: 'open' })).toEqual(numbersOf(openStatuses))
    expect(await numbers({ status: 'open' })).not.toContain(numbersOf(['collected'])[0])
    expect(await numbers({ status: 'all' })).toEqual(numbersOf(ticketStatuses))
    expect(await numbers({})).toEqual(numbersOf(ticketStatuses))
  })

  it('refuses a status that does not exist', async () => {
    expect(await send(shop, 'tickets.list', { status: 'lost' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { status: 'invalid' } },
    })
  })

  it('counts the tickets in every open status, zero included, and leaves closed ones to reports', async () => {
    for (let index = 0; index < 3; index += 1) await makeTicket(shop)
    const collected = await makeTicket(shop)
    await setTicketStatus(shop, collected.id, 'collected')
    const ready = await makeTicket(shop)
    await setTicketStatus(shop, ready.id, 'ready_for_pickup')
    const counts = await call(shop, 'tickets.countByStatus', {})
    expect(Object.keys(counts).sort()).toEqual([...openStatuses].sort())
    expect(counts).toMatchObject({ received: 3, ready_for_pickup: 1, in_repair: 0 })
    expect(counts).not.toHaveProperty('collected')
  })
})

describe('the ticket list by query', () => {
  async function shopWithTickets() {
    const wang = await makeCustomer(shop, { name: '王芳', phones: ['13800138000'] })
    const emma = await makeCustomer(shop, { name: 'Emma Wong', phones: ['85291234567'] })
    const iphone = await makeDevice(shop, wang.id, { serial: '356938035643809' })
    const laptop = await makeDevice(shop, emma.id, {
      category: 'laptop',
      brand: 'Lenovo',
      serial: 'PF3ABCDE',
    })
    const wangTicket = await makeTicket(shop, {
      customer: { kind: 'existing', id: wang.id },
      device: { kind: 'existing', id: iphone.id },
    })
    const emmaTicket = await makeTicket(shop, {
      customer: { kind: 'existing', id: emma.id },
      device: { kind: 'existing', id: laptop.id },
    })
    for (let index = 0; index < 10; index += 1) {
      await makeTicket(shop, {
        customer: { kind: 'new', name: '李娜', phones: [`1391234${String(index).padStart(4, '0')}`] },
      })
    }
    return { wang: wangTicket.number, emma: emmaTicket.number }
  }

  it('finds tickets by the beginning of their number', async () => {
    await shopWithTickets()
    expect(await numbers({ query: 'SC01-00001' })).toEqual(['SC01-000010', 'SC01-000011', 'SC01-000012'])
    expect(await numbers({ query: 'sc01-000003' })).toEqual(['SC01-000003'])
    expect(await numbers({ query: 'SC01-00' })).toHaveLength(12)
    expect(await numbers({ query: 'SC02-000001' })).toEqual([])
  })

  it('finds tickets by customer name, Chinese, Latin or pinyin initials', async () => {
    const { wang, emma } = await shopWithTickets()
    expect(await numbers({ query: '王' })).toEqual([wang])
    expect(await numbers({ query: '王芳' })).toEqual([wang])
    expect(await numbers({ query: 'wf' })).toEqual([wang])
    expect(await numbers({ query: 'emma' })).toEqual([emma])
    expect(await numbers({ query: '张' })).toEqual([])
  })

  it('finds tickets by phone, its beginning or its last four digits', async () => {
    const { wang, emma } = await shopWithTickets()
    expect(await numbers({ query: '13800138000' })).toEqual([wang])
    expect(await numbers({ query: '138001' })).toEqual([wang])
    expect(await numbers({ query: '4567' })).toEqual([emma])
  })

  it('finds tickets by serial or IMEI, whole, beginning or end', async () => {
    const { wang, emma } = await shopWithTickets()
    expect(await numbers({ query: '356938035643809' })).toEqual([wang])
    expect(await numbers({ query: '643809' })).toEqual([wang])
    expect(await numbers({ query: 'pf3a' })).toEqual([emma])
    expect(await numbers({ query: 'BCDE' })).toEqual([emma])
  })

  it('shows only tickets taken in since a moment', async () => {
    const customer = await makeCustomer(shop)
    const input = contract['tickets.intake'].input.parse({
      customer: { kind: 'existing', id: customer.id },
      device: { kind: 'new', category: 'phone', brand: 'Apple' },
      reportedFault: '屏幕碎裂',
    })
    for (const at of ['2026-01-01T09:00:00.000Z', '2026-01-02T09:00:00.000Z', '2026-01-03T09:00:00.000Z']) {
      await shop.db.transaction().execute((trx) => intakeTicket(trx, input, shop.actor, at))
    }
    const page = await call(shop, 'tickets.list', { createdFrom: '2026-01-02T00:00:00.000Z' })
    expect(page.items.map((item) => item.createdAt)).toEqual([
      '2026-01-03T09:00:00.000Z',
      '2026-01-02T09:00:00.000Z',
    ])
  })
})

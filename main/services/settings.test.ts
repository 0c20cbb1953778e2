import { afterEach, describe, expect, it } from 'vitest'
import type { Settings } from '../../shared/contract'
import {
  call,
  countRows,
  dumpRows,
  makeTicket,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'
import { initializeStore } from './settings'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  shop = undefined
})

const settings: Settings = {
  outletName: '华强北维修中心',
  outletCode: 'SZ02',
  address: '深圳市福田区华强北路1号',
  phone: '0755-88881234',
  currency: 'CNY',
  receiptTerms: '保修90天',
  defaultLanguage: 'zh-CN',
  allowNegativeStock: false,
  taxRateBp: 1300,
  pricesIncludeTax: true,
}

describe('store settings', () => {
  it('start a new Chinese shop in yuan with Chinese terms and a counter clerk', async () => {
    shop = await openTestShop('zh-CN')
    const value = await call(shop, 'settings.get', {})
    expect(value).toMatchObject({
      outletName: '我的维修店',
      outletCode: 'SC01',
      currency: 'CNY',
      defaultLanguage: null,
      allowNegativeStock: false,
    })
    expect(value.receiptTerms).toContain('保修')
    expect(shop.actor.name).toBe('前台')
  })

  it('start a Taiwanese shop in TWD and an English one in USD', async () => {
    shop = await openTestShop('zh-TW')
    expect(await call(shop, 'settings.get', {})).toMatchObject({ outletName: '我的維修店', currency: 'TWD' })
    await shop.close()
    shop = await openTestShop('en')
    expect(await call(shop, 'settings.get', {})).toMatchObject({
      outletName: 'My repair shop',
      currency: 'USD',
    })
  })

  it('are created once: starting again keeps what the owner set', async () => {
    shop = await openTestShop()
    await call(shop, 'settings.update', settings)
    await initializeStore(shop.db, 'en')
    expect(await call(shop, 'settings.get', {})).toEqual(settings)
    expect(countRows(shop, 'staff')).toBe(1)
    expect(countRows(shop, 'settings')).toBe(1)
  })

  it('save every field and answer what was saved, with an audit row', async () => {
    shop = await openTestShop()
    expect(await call(shop, 'settings.update', settings)).toEqual(settings)
    expect(await call(shop, 'settings.get', {})).toEqual(settings)
    const audit = await shop.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'settings.update')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]?.actorId).toBe(shop.actor.id)
  })

  it('say stock may not go below zero until the owner allows it, and save that', async () => {
    shop = await openTestShop()
    expect((await call(shop, 'settings.get', {})).allowNegativeStock).toBe(false)
    expect(
      (await call(shop, 'settings.update', { ...settings, allowNegativeStock: true })).allowNegativeStock,
    ).toBe(true)
    expect(await call(shop, 'settings.get', {})).toEqual({ ...settings, allowNegativeStock: true })
  })

  it('trim the outlet code and write it in capitals', async () => {
    shop = await openTestShop()
    const saved = await call(shop, 'settings.update', {
      ...settings,
      outletCode: ' sz02 ',
      outletName: '  店 ',
    })
    expect(saved.outletCode).toBe('SZ02')
    expect(saved.outletName).toBe('店')
  })

  it('refuse an outlet code that could not start a ticket number, and change nothing', async () => {
    shop = await openTestShop()
    for (const outletCode of ['S', 'SHENZHEN1', 'SZ-02', '深圳', '', '0755']) {
      const before = dumpRows(shop)
      const result = await send(shop, 'settings.update', { ...settings, outletCode })
      expect(result, outletCode).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { outletCode: 'invalidOutletCode' } },
      })
      expect(dumpRows(shop)).toEqual(before)
    }
  })

  it('refuse an empty outlet name, an unknown currency and an unknown language', async () => {
    shop = await openTestShop()
    const result = await send(shop, 'settings.update', {
      ...settings,
      outletName: ' ',
      currency: 'XYZ',
      defaultLanguage: 'fr',
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { outletName: 'required', currency: 'invalid', defaultLanguage: 'invalid' },
      },
    })
  })

  it('number the tickets of a new outlet code from 1, and resume the old code where it stopped', async () => {
    shop = await openTestShop()
    expect((await makeTicket(shop)).number).toBe('SC01-000001')
    expect((await makeTicket(shop)).number).toBe('SC01-000002')
    await call(shop, 'settings.update', settings)
    expect((await makeTicket(shop)).number).toBe('SZ02-000001')
    await call(shop, 'settings.update', { ...settings, outletCode: 'SC01' })
    expect((await makeTicket(shop)).number).toBe('SC01-000003')
  })

  it('show the ticket currency from the settings', async () => {
    shop = await openTestShop()
    await call(shop, 'settings.update', { ...settings, currency: 'HKD' })
    expect((await makeTicket(shop)).currency).toBe('HKD')
  })
})

describe('system.info', () => {
  it('tells the door, the database file and what the shop holds', async () => {
    shop = await openTestShop()
    await makeTicket(shop)
    const info = await call(shop, 'system.info', {})
    expect(info).toMatchObject({
      door: 'http',
      databasePath: shop.path,
      nativePrinting: false,
      customerCount: 1,
      ticketCount: 1,
    })
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('printing through the browser door', () => {
  it('lists no printers and refuses to print natively', async () => {
    shop = await openTestShop()
    expect(await call(shop, 'print.printers', {})).toEqual([])
    const ticket = await makeTicket(shop)
    expect(await send(shop, 'print.ticket', { id: ticket.id, target: 'silent' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', detail: { key: 'errors.desktopOnly' } },
    })
  })
})

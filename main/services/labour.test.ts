import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, dumpRows, openTestShop, send, type TestShop } from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const missingId = '01900000-0000-7000-8000-000000000000'

const screen = {
  name: '屏幕更换 iPhone 13',
  category: '手机维修',
  priceMinor: 38000,
  standardMinutes: 45,
  warrantyDays: 90,
}

describe('labour catalogue', () => {
  it('saves an item with its price, time and warranty, active, on the shop tax rate, with an audit row', async () => {
    const saved = await call(shop, 'labour.create', { ...screen, name: '  屏幕更换 iPhone 13 ' })
    expect(saved).toMatchObject({ ...screen, taxRateBp: null, active: true })
    const audit = await shop.db.selectFrom('auditLog').selectAll().where('entityId', '=', saved.id).execute()
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([['labour.create', shop.actor.id]])
  })

  it('keeps a rate of its own when the item is taxed differently from the shop', async () => {
    const saved = await call(shop, 'labour.create', { ...screen, taxRateBp: 600 })
    expect(saved.taxRateBp).toBe(600)
  })

  it('finds items by a Chinese fragment, a Latin word, the category or pinyin initials', async () => {
    await call(shop, 'labour.create', screen)
    await call(shop, 'labour.create', { ...screen, name: '电池更换 Huawei P40', priceMinor: 15000 })
    await call(shop, 'labour.create', {
      ...screen,
      name: '排水泵更换',
      category: '洗衣机',
      priceMinor: 12000,
    })
    const names = async (query: string) =>
      (await call(shop, 'labour.list', { query })).map((item) => item.name)
    expect(await names('屏幕')).toEqual(['屏幕更换 iPhone 13'])
    expect(await names('IPHONE')).toEqual(['屏幕更换 iPhone 13'])
    expect(await names('洗衣机')).toEqual(['排水泵更换'])
    expect(await names('dcgh')).toEqual(['电池更换 Huawei P40'])
    expect(await names('更换 p40')).toEqual(['电池更换 Huawei P40'])
    expect(await names('%')).toEqual([])
    expect(await names('')).toHaveLength(3)
  })

  it('edits an item and retires it: gone from the list, still listed with the inactive ones, last', async () => {
    const first = await call(shop, 'labour.create', screen)
    await call(shop, 'labour.create', { ...screen, name: '主板维修' })
    const edited = await call(shop, 'labour.update', {
      id: first.id,
      ...screen,
      name: '屏幕更换 iPhone 13 Pro',
      priceMinor: 42000,
      active: false,
    })
    expect(edited).toMatchObject({ name: '屏幕更换 iPhone 13 Pro', priceMinor: 42000, active: false })
    expect((await call(shop, 'labour.list', {})).map((item) => item.name)).toEqual(['主板维修'])
    const all = await call(shop, 'labour.list', { includeInactive: true })
    expect(all.map((item) => [item.name, item.active])).toEqual([
      ['主板维修', true],
      ['屏幕更换 iPhone 13 Pro', false],
    ])
    // The search text follows the new name.
    expect(await call(shop, 'labour.list', { query: 'pro', includeInactive: true })).toHaveLength(1)
  })

  it('refuses to edit an item that does not exist, and writes nothing', async () => {
    const before = dumpRows(shop)
    expect(await send(shop, 'labour.update', { id: missingId, ...screen, active: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'estimates:errors.labourNotFound' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a negative price, a fractional time and a warranty of more than ten years', async () => {
    expect(
      await send(shop, 'labour.create', {
        ...screen,
        priceMinor: -1,
        standardMinutes: 1.5,
        warrantyDays: 4000,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { priceMinor: 'negative', standardMinutes: 'invalid', warrantyDays: 'tooLarge' },
      },
    })
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import type { Settings } from '../../shared/contract'
import { call, dumpRows, makeCustomer, openTestShop, send, type TestShop } from '../../tests/support/shop'
import { startCore } from '../core'
import { tempDatabaseFile } from '../../tests/support/shop'

let shop: TestShop | undefined
afterEach(async () => {
  await shop?.close()
  shop = undefined
})

const settings: Settings = {
  outletName: '华强北快修',
  outletCode: 'HQ01',
  address: '深圳市福田区华强北路1号',
  phone: '0755-88881234',
  currency: 'CNY',
  receiptTerms: '保修90天',
  defaultLanguage: 'zh-CN',
  allowNegativeStock: false,
  taxRateBp: 600,
  pricesIncludeTax: true,
}

describe('the first-start setup', () => {
  it('is asked on a new shop, whatever language the server started in', async () => {
    shop = await openTestShop('en')
    expect((await call(shop, 'system.info', {})).setupNeeded).toBe(true)
  })

  it("saves the settings, puts the first staff member in the starter one's place and adds the others", async () => {
    shop = await openTestShop('en')
    const saved = await call(shop, 'settings.completeSetup', {
      settings,
      staff: [
        { name: '王芳', code: 'c1', role: 'manager' },
        { name: '李师傅', code: 'T1', role: 'technician' },
      ],
    })
    expect(saved).toEqual(settings)
    expect(await call(shop, 'settings.get', {})).toEqual(settings)
    const staff = await call(shop, 'staff.list', { includeInactive: true })
    expect(staff.map(({ name, code, role }) => ({ name, code, role }))).toEqual([
      { name: '王芳', code: 'C1', role: 'manager' },
      { name: '李师傅', code: 'T1', role: 'technician' },
    ])
    // The starter "Counter" row became 王芳: writes made before are still recorded against a staff row.
    expect(staff[0]?.id).toBe(shop.actor.id)
    expect((await call(shop, 'system.info', {})).setupNeeded).toBe(false)
  })

  it('is done once: a second setup is refused and changes nothing', async () => {
    shop = await openTestShop('zh-CN')
    await call(shop, 'settings.completeSetup', {
      settings,
      staff: [{ name: '王芳', code: 'C1', role: 'counter' }],
    })
    const before = dumpRows(shop)
    const again = await send(shop, 'settings.completeSetup', {
      settings: { ...settings, outletName: '别的店' },
      staff: [{ name: '张三', code: 'C2', role: 'counter' }],
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses two staff members with one code, naming the second', async () => {
    shop = await openTestShop('zh-CN')
    const result = await send(shop, 'settings.completeSetup', {
      settings,
      staff: [
        { name: '王芳', code: 'C1', role: 'counter' },
        { name: '李娜', code: 'c1', role: 'counter' },
      ],
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'staff.1.code': 'duplicate' } },
    })
  })

  it('is not asked of a shop that already holds customers', async () => {
    shop = await openTestShop('zh-CN')
    await makeCustomer(shop)
    expect((await call(shop, 'system.info', {})).setupNeeded).toBe(false)
  })

  it('gives way to a demo shop, loaded from the setup or with --demo', async () => {
    shop = await openTestShop('zh-CN')
    await call(shop, 'system.loadDemo', { locale: 'zh-CN' })
    expect((await call(shop, 'system.info', {})).setupNeeded).toBe(false)
  })

  it('is skipped by a start told so (--setup-done, --demo), and asked again by neither later', async () => {
    for (const options of [{ setupDone: true }, { demo: true }]) {
      const file = tempDatabaseFile()
      const core = await startCore({ databasePath: file.file, door: 'http', locale: 'en', ...options })
      try {
        const info = await call({ context: core.context } as TestShop, 'system.info', {})
        expect(info.setupNeeded).toBe(false)
      } finally {
        await core.close()
        file.remove()
      }
    }
  })
})

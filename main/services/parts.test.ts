import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MethodInput } from '../../shared/contract'
import {
  call,
  dumpRows,
  makePart,
  makeSupplier,
  openTestShop,
  receive,
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

const screen = {
  sku: 'IP13-SCR',
  name: '屏幕总成',
  category: '屏幕',
  brand: 'Apple',
  compatibleModels: 'iPhone 13 / 13 Pro',
  unit: '个',
  barcodes: ['6901234567890'],
  priceMinor: 45000,
  reorderPoint: 5,
  reorderQuantity: 20,
  bin: 'A-01',
}

describe('creating and editing a part', () => {
  it('saves every field, the SKU in capitals and each barcode once', async () => {
    const part = await call(shop, 'parts.create', {
      ...screen,
      sku: ' ip13-scr ',
      barcodes: ['6901234567891', '6901234567890', ' 6901234567891 '],
    })
    expect(part).toMatchObject({
      ...screen,
      barcodes: ['6901234567890', '6901234567891'],
      onHand: 0,
      averageCostMinor: 0,
      valueMinor: 0,
      belowReorder: true,
      defaultSupplierId: null,
      defaultSupplierName: null,
      serialized: false,
      active: true,
    })
    expect(part.createdAt).toBe(part.updatedAt)
    expect(await call(shop, 'parts.get', { id: part.id })).toEqual(part)
    const audit = await shop.db.selectFrom('auditLog').selectAll().where('entityId', '=', part.id).execute()
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([['parts.create', shop.actor.id]])
  })

  it('updates the fields, replaces the barcodes and names the default supplier', async () => {
    const supplier = await makeSupplier(shop, { name: '华强北配件行' })
    const part = await makePart(shop, screen)
    await receive(shop, part.id, 8, 20000)
    const updated = await call(shop, 'parts.update', {
      ...screen,
      id: part.id,
      name: '屏幕总成（原装）',
      barcodes: ['6901234567899'],
      defaultSupplierId: supplier.id,
      active: false,
    })
    expect(updated).toMatchObject({
      name: '屏幕总成（原装）',
      barcodes: ['6901234567899'],
      defaultSupplierName: '华强北配件行',
      active: false,
      onHand: 8,
      averageCostMinor: 20000,
    })
    expect(await call(shop, 'parts.findByCode', { code: '6901234567899' })).toMatchObject({ id: part.id })
    expect(await send(shop, 'parts.findByCode', { code: '6901234567890' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('refuses a SKU another part has, whatever its case, and writes nothing', async () => {
    const first = await makePart(shop, screen)
    const second = await makePart(shop, { sku: 'IP12-SCR' })
    const before = dumpRows(shop)
    const refusal = {
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { sku: 'duplicate' },
        detail: { key: 'errors.duplicateSku', sku: 'IP13-SCR' },
      },
    }
    expect(await send(shop, 'parts.create', { ...screen, sku: 'ip13-scr', barcodes: [] })).toMatchObject(
      refusal,
    )
    expect(await send(shop, 'parts.update', { id: second.id, sku: 'ip13-scr', name: '屏幕' })).toMatchObject(
      refusal,
    )
    expect(dumpRows(shop)).toEqual(before)
    // A part keeps its own SKU and barcodes when edited.
    expect(await call(shop, 'parts.update', { ...screen, id: first.id, name: '新名称' })).toMatchObject({
      sku: 'IP13-SCR',
      barcodes: screen.barcodes,
    })
  })

  it('refuses a barcode another part has, and writes nothing', async () => {
    await makePart(shop, screen)
    const second = await makePart(shop, { sku: 'IP12-SCR', barcodes: ['6901234567000'] })
    const before = dumpRows(shop)
    const refusal = {
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { barcodes: 'duplicate' },
        detail: { key: 'errors.duplicateBarcode', barcode: '6901234567890' },
      },
    }
    const taken = ['6901234567111', '6901234567890']
    expect(await send(shop, 'parts.create', { sku: 'NEW-1', name: '电池', barcodes: taken })).toMatchObject(
      refusal,
    )
    expect(
      await send(shop, 'parts.update', { id: second.id, sku: 'IP12-SCR', name: '屏幕', barcodes: taken }),
    ).toMatchObject(refusal)
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses an unknown default supplier or part with NOT_FOUND, and writes nothing', async () => {
    const part = await makePart(shop, screen)
    const before = dumpRows(shop)
    for (const [method, input] of [
      ['parts.create', { sku: 'NEW-1', name: '电池', defaultSupplierId: missingId }],
      ['parts.update', { ...screen, id: part.id, defaultSupplierId: missingId }],
      ['parts.update', { ...screen, id: missingId }],
    ] as const) {
      expect(await send(shop, method, input), method).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      })
    }
    expect(await send(shop, 'parts.get', { id: missingId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.part' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('searching the catalogue', () => {
  /** A small catalogue: a screen, a battery in stock, an English-named screen and an archived camera. */
  async function catalogue() {
    const screenPart = await makePart(shop, screen)
    const battery = await makePart(shop, {
      sku: 'MATE60-BAT',
      name: '电池',
      brand: 'Huawei',
      compatibleModels: 'Mate 60',
      reorderPoint: 2,
    })
    await receive(shop, battery.id, 10, 8000)
    const english = await makePart(shop, {
      sku: 'IP12-SCR',
      name: 'Screen assembly',
      compatibleModels: 'iPhone 12',
    })
    const camera = await makePart(shop, {
      sku: 'IP13-CAM',
      name: '后摄像头',
      compatibleModels: 'iPhone 13',
      active: false,
    })
    return { screenPart, battery, english, camera }
  }

  async function skus(input: MethodInput<'parts.search'>): Promise<string[]> {
    return (await call(shop, 'parts.search', input)).items.map((item) => item.sku)
  }

  it('finds a part by a fragment of its Chinese name or by the pinyin initials', async () => {
    await catalogue()
    expect(await skus({ query: '屏幕' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: 'pmzc' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: 'PM' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: 'screen' })).toEqual(['IP12-SCR'])
  })

  it('finds a part by its SKU or its barcode', async () => {
    await catalogue()
    expect(await skus({ query: 'ip13-scr' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: 'BAT' })).toEqual(['MATE60-BAT'])
    expect(await skus({ query: '6901234567890' })).toEqual(['IP13-SCR'])
  })

  it('finds parts by a compatible model, hiding archived ones unless asked', async () => {
    await catalogue()
    expect(await skus({ query: 'iPhone 13' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: 'iPhone 13', includeArchived: true })).toEqual(['IP13-CAM', 'IP13-SCR'])
    expect(await skus({ query: 'mate 60' })).toEqual(['MATE60-BAT'])
  })

  it('needs every word of the query to match somewhere in the part', async () => {
    await catalogue()
    expect(await skus({ query: 'apple 屏幕' })).toEqual(['IP13-SCR'])
    expect(await skus({ query: '  Apple   Mate ' })).toEqual([])
    expect(await skus({ query: 'huawei 屏幕' })).toEqual([])
  })

  it('lists every active part newest first without a query', async () => {
    await catalogue()
    expect(await skus({})).toEqual(['IP12-SCR', 'MATE60-BAT', 'IP13-SCR'])
  })

  it('lists only the parts at or below their reorder point when asked', async () => {
    const { battery } = await catalogue()
    expect(await skus({ belowReorderOnly: true })).toEqual(['IP13-SCR'])
    await call(shop, 'stock.adjust', { partId: battery.id, quantity: -8, reason: 'damaged' })
    const page = await call(shop, 'parts.search', { belowReorderOnly: true })
    expect(page.items.map((item) => [item.sku, item.onHand, item.belowReorder])).toEqual([
      ['MATE60-BAT', 2, true],
      ['IP13-SCR', 0, true],
    ])
  })

  it('pages by cursor, each part once', async () => {
    for (let index = 0; index < 5; index++) await makePart(shop, { name: `电池 ${index}` })
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: { items: { sku: string }[]; nextCursor: string | null } = await call(shop, 'parts.search', {
        query: '电池',
        cursor,
        limit: 2,
      })
      seen.push(...page.items.map((item) => item.sku))
      cursor = page.nextCursor
      pages++
    } while (cursor)
    expect(seen).toEqual(['P0005', 'P0004', 'P0003', 'P0002', 'P0001'])
    expect(pages).toBe(3)
  })

  it('takes LIKE wildcards in the query literally', async () => {
    await makePart(shop, { sku: 'BAT-50', name: '电池 50%' })
    await makePart(shop, { sku: 'USB-C', name: 'USB_C 尾插' })
    await makePart(shop, { sku: 'PLAIN', name: '后盖' })
    expect(await skus({ query: '%' })).toEqual(['BAT-50'])
    expect(await skus({ query: '_' })).toEqual(['USB-C'])
    expect(await skus({ query: 'b_c' })).toEqual(['USB-C'])
    expect(await skus({ query: '50%' })).toEqual(['BAT-50'])
    expect(await skus({ query: '\\' })).toEqual([])
  })
})

describe('finding a part by a scanned code', () => {
  it('finds it by barcode, or by SKU typed in lower case', async () => {
    const part = await makePart(shop, screen)
    expect(await call(shop, 'parts.findByCode', { code: '6901234567890' })).toMatchObject({ id: part.id })
    expect(await call(shop, 'parts.findByCode', { code: ' ip13-scr ' })).toMatchObject({ id: part.id })
  })

  it('answers NOT_FOUND for a code no part has, or only part of one', async () => {
    await makePart(shop, screen)
    for (const code of ['6901234567', 'IP13', 'nothing']) {
      expect(await send(shop, 'parts.findByCode', { code }), code).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.part' } },
      })
    }
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  countRows,
  dumpRows,
  makePart,
  makeSupplier,
  openTestShop,
  receive,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop

beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

const importRows = (rows: Record<string, unknown>[], commit: boolean) =>
  call(shop, 'parts.import', { rows, commit })

describe('importing a catalogue file', () => {
  it('previews without writing anything', async () => {
    await makeSupplier(shop, { name: '华强北配件行' })
    await makePart(shop, { sku: 'IP13-SCR', name: '旧名' })
    const before = dumpRows(shop)
    const result = await importRows(
      [
        { sku: 'ip13-scr', name: 'iPhone 13 屏幕总成' },
        { sku: 'MATE60-BAT', name: '华为 Mate 60 电池', supplierName: '华强北配件行', openingQuantity: '5' },
      ],
      false,
    )
    expect(result).toMatchObject({ created: 1, updated: 1, errors: 0, committed: false })
    expect(result.rows.map((row) => [row.row, row.sku, row.action])).toEqual([
      [1, 'IP13-SCR', 'update'],
      [2, 'MATE60-BAT', 'create'],
    ])
    expect(dumpRows(shop)).toEqual(before)
  })

  it('creates new parts and updates existing ones, keeping columns the file lacks', async () => {
    const supplier = await makeSupplier(shop, { name: '华强北配件行' })
    const existing = await makePart(shop, { sku: 'IP13-SCR', name: '旧名', bin: 'A-01', priceMinor: 30000 })
    const result = await importRows(
      [
        { sku: 'IP13-SCR', name: 'iPhone 13 屏幕总成', priceMinor: 45000 },
        {
          sku: 'MATE60-BAT',
          name: '华为 Mate 60 电池',
          category: '电池',
          barcodes: '6901111111111|6902222222222; 6903333333333',
          supplierName: ' 华强北配件行 ',
          reorderPoint: 2,
        },
      ],
      true,
    )
    expect(result).toMatchObject({ created: 1, updated: 1, errors: 0, committed: true })
    const parts = await call(shop, 'parts.export', { includeArchived: false })
    const updated = parts.find((part) => part.id === existing.id)
    expect(updated).toMatchObject({ name: 'iPhone 13 屏幕总成', priceMinor: 45000, bin: 'A-01' })
    expect(parts.find((part) => part.sku === 'MATE60-BAT')).toMatchObject({
      category: '电池',
      barcodes: ['6901111111111', '6902222222222', '6903333333333'],
      defaultSupplierId: supplier.id,
      defaultSupplierName: '华强北配件行',
      reorderPoint: 2,
      onHand: 0,
    })
    const found = await call(shop, 'parts.findByCode', { code: '6902222222222' })
    expect(found.sku).toBe('MATE60-BAT')
  })

  it('posts opening stock of new parts as receipts at the opening cost', async () => {
    await importRows(
      [
        { sku: 'A', name: '屏幕', openingQuantity: 4, openingCostMinor: 12000 },
        { sku: 'B', name: '电池', openingQuantity: 0, openingCostMinor: 5000 },
      ],
      true,
    )
    const parts = await call(shop, 'parts.export', { includeArchived: false })
    const screen = parts.find((part) => part.sku === 'A')!
    expect(screen).toMatchObject({ onHand: 4, averageCostMinor: 12000, valueMinor: 48000 })
    expect(parts.find((part) => part.sku === 'B')).toMatchObject({ onHand: 0 })
    const ledger = await call(shop, 'parts.movements', { id: screen.id, cursor: null, limit: 10 })
    expect(ledger.items).toMatchObject([
      { kind: 'receipt', quantity: 4, unitCostMinor: 12000, balanceAfter: 4 },
    ])
    // Later receipts average with the opening stock's cost.
    const after = await receive(shop, screen.id, 4, 14000)
    expect(after.averageCostMinor).toBe(13000)
    expect(countRows(shop, 'stockMovements')).toBe(2)
  })

  it('writes nothing when one row is wrong, and reports every wrong row with its fields', async () => {
    await makePart(shop, { sku: 'OLD', name: '旧件', barcodes: ['6900000000001'] })
    await receive(shop, (await call(shop, 'parts.findByCode', { code: 'OLD' })).id, 1, 100)
    const before = dumpRows(shop)
    const result = await importRows(
      [
        { sku: 'GOOD', name: '好件' },
        { sku: '', name: '', priceMinor: 'abc' },
        { sku: 'NEG', name: '负数', reorderPoint: -1, openingQuantity: 1.5 },
        { sku: 'OLD', name: '旧件', openingQuantity: 3 },
        { sku: 'BC', name: '条码', barcodes: '6900000000001' },
      ],
      true,
    )
    expect(result).toMatchObject({ created: 1, updated: 0, errors: 4, committed: false })
    expect(result.rows.map((row) => [row.row, row.action, row.fields])).toEqual([
      [1, 'create', {}],
      [2, 'error', { sku: 'required', name: 'required', priceMinor: 'invalid' }],
      [3, 'error', { reorderPoint: 'negative', openingQuantity: 'wholeUnits' }],
      [4, 'error', { openingQuantity: 'openingOnExisting' }],
      [5, 'error', { barcodes: 'duplicate' }],
    ])
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a SKU or a barcode that appears twice in the file', async () => {
    const result = await importRows(
      [
        { sku: 'A1', name: '一', barcodes: '111' },
        { sku: 'a1', name: '二' },
        { sku: 'B2', name: '三', barcodes: '222;111' },
      ],
      false,
    )
    expect(result.rows.map((row) => [row.action, row.fields])).toEqual([
      ['create', {}],
      ['error', { sku: 'duplicate' }],
      ['error', { barcodes: 'duplicate' }],
    ])
  })

  it('names a supplier it does not know', async () => {
    await makeSupplier(shop, { name: '华强北配件行' })
    const result = await importRows([{ sku: 'X', name: '件', supplierName: '不存在的供应商' }], true)
    expect(result).toMatchObject({ errors: 1, committed: false })
    expect(result.rows[0]?.fields).toEqual({ supplierName: 'unknownSupplier' })
    expect(countRows(shop, 'parts')).toBe(0)
  })

  it('imports 5,000 rows in one go', async () => {
    await makeSupplier(shop, { name: '华强北配件行' })
    const rows = Array.from({ length: 5000 }, (_, index) => ({
      sku: `SKU-${String(index).padStart(5, '0')}`,
      name: `配件 ${index}`,
      category: index % 2 ? '屏幕' : '电池',
      barcodes: `69${String(index).padStart(11, '0')}`,
      priceMinor: 1000 + index,
      supplierName: '华强北配件行',
      openingQuantity: index % 5 === 0 ? 3 : 0,
      openingCostMinor: 500,
    }))
    const started = performance.now()
    const preview = await importRows(rows, false)
    const checked = performance.now()
    const result = await call(shop, 'parts.import', { rows, commit: true })
    const done = performance.now()
    console.log(
      `parts.import of 5,000 rows: preview ${Math.round(checked - started)} ms, commit ${Math.round(done - checked)} ms`,
    )
    expect(preview).toMatchObject({ created: 5000, errors: 0, committed: false })
    expect(result).toMatchObject({ created: 5000, errors: 0, committed: true })
    expect(countRows(shop, 'parts')).toBe(5000)
    expect(countRows(shop, 'stockMovements')).toBe(1000)
    const exportStarted = performance.now()
    const parts = await call(shop, 'parts.export', { includeArchived: false })
    console.log(`parts.export of 5,000 parts: ${Math.round(performance.now() - exportStarted)} ms`)
    expect(parts).toHaveLength(5000)
  }, 60_000)
})

describe('exporting the catalogue', () => {
  it('answers every part as parts.get does, archived ones only when asked', async () => {
    const kept = await makePart(shop, { sku: 'B-KEPT', name: '在用', barcodes: ['222', '111'] })
    const archived = await makePart(shop, { sku: 'A-OLD', name: '停用', active: false })
    await receive(shop, kept.id, 2, 700)
    const active = await call(shop, 'parts.export', { includeArchived: false })
    expect(active).toEqual([await call(shop, 'parts.get', { id: kept.id })])
    const all = await call(shop, 'parts.export', { includeArchived: true })
    expect(all.map((part) => part.id)).toEqual([archived.id, kept.id])
  })
})

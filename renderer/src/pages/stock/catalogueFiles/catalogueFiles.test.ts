import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Part } from '../../../../../shared/contract'
import { resources } from '../../../i18n'
import { headingMatcher, headingsInEveryLocale, importColumns, tableToImportRows } from './catalogueColumns'
import { catalogueRows, templateRows } from './catalogueExport'
import { decodeCsv, parseCsv, parseXlsx } from './readCatalogueFile'

const match = headingMatcher(headingsInEveryLocale(resources))
const zhColumns = resources['zh-CN']?.catalogueFiles?.columns as Record<string, string>

describe('the headings of a catalogue file', () => {
  it('match our columns in Chinese, traditional Chinese, English words and the contract keys', () => {
    const fields = (list: string[]) => list.map((heading) => match(heading)?.field ?? null)
    expect(
      fields([
        '编码',
        '名称',
        '分类',
        '品牌',
        '适用机型',
        '单位',
        '条码',
        '售价',
        '补货点',
        '补货量',
        '库位',
        '供应商',
        '期初数量',
        '期初成本',
      ]),
    ).toEqual(importColumns.map((column) => column.field))
    expect(fields(['編碼', '名稱', '條碼', '售價', '期初數量'])).toEqual([
      'sku',
      'name',
      'barcodes',
      'priceMinor',
      'openingQuantity',
    ])
    expect(
      fields(['SKU', ' Opening cost ', 'priceMinor', 'supplier_name', 'Compatible models', '库存']),
    ).toEqual(['sku', 'openingCostMinor', 'priceMinor', 'supplierName', 'compatibleModels', null])
  })

  it('turn a table into import rows: amounts in minor units, counts as numbers, unknown columns left out', () => {
    const table = tableToImportRows(
      [
        ['编码', '名称', '售价', '期初数量', '期初成本', '库存'],
        ['IP13-SCR', 'iPhone 13 屏幕总成', '450', '3', '¥1,280.50', '9'],
        ["'=X", '电池', '12.5', '', '', ''],
        ['BAD', '坏', '12.345', '1.5', 'abc', ''],
        ['', '', '', '', '', ''],
        [],
      ],
      match,
      'CNY',
    )
    expect(table.ignored).toEqual(['库存'])
    expect(table.columns.map((column) => column.field)).toEqual([
      'sku',
      'name',
      'priceMinor',
      'openingQuantity',
      'openingCostMinor',
    ])
    expect(table.rows).toEqual([
      {
        sku: 'IP13-SCR',
        name: 'iPhone 13 屏幕总成',
        priceMinor: 45000,
        openingQuantity: 3,
        openingCostMinor: 128050,
      },
      { sku: '=X', name: '电池', priceMinor: 1250, openingQuantity: '', openingCostMinor: '' },
      // Left as written: the core names these cells as the row's errors.
      { sku: 'BAD', name: '坏', priceMinor: '12.345', openingQuantity: 1.5, openingCostMinor: 'abc' },
    ])
  })

  it('refuses an amount with more decimals than the currency has', () => {
    const table = tableToImportRows(
      [
        ['sku', 'price'],
        ['A', '１２．５'],
        ['B', '12.505'],
      ],
      match,
      'TWD',
    )
    expect(table.rows).toEqual([
      { sku: 'A', priceMinor: 1250 },
      { sku: 'B', priceMinor: '12.505' },
    ])
  })
})

describe('reading a CSV file', () => {
  it('decodes UTF-8 and drops the byte-order mark Excel writes', () => {
    const bytes = new TextEncoder().encode('\uFEFF编码,名称\r\nA,屏幕\r\n')
    expect(parseCsv(decodeCsv(bytes))).toEqual([
      ['编码', '名称'],
      ['A', '屏幕'],
    ])
  })

  it('decodes GBK, as Excel on a Chinese Windows saves CSV', () => {
    // 编码,名称 / A,屏幕 in GBK, byte by byte (Node has full ICU here, so TextDecoder knows GBK).
    const gbk = Uint8Array.from([
      0xb1, 0xe0, 0xc2, 0xeb, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0x41, 0x2c, 0xc6, 0xc1, 0xc4, 0xbb,
    ])
    expect(parseCsv(decodeCsv(gbk))).toEqual([
      ['编码', '名称'],
      ['A', '屏幕'],
    ])
  })

  it('keeps commas, quotes and line breaks inside quoted cells', () => {
    expect(parseCsv('sku,name\n"A,1","屏幕 ""原装""\n第二行"\n')).toEqual([
      ['sku', 'name'],
      ['A,1', '屏幕 "原装"\n第二行'],
    ])
  })
})

describe('reading an Excel file', () => {
  it('reads the first sheet as text: numbers, and formulas by their result', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('配件')
    sheet.addRows([
      ['编码', '名称', '售价', '期初数量'],
      ['IP13-SCR', 'iPhone 13 屏幕总成', 450.5, 3],
    ])
    sheet.getCell('D3').value = { formula: '1+1', result: 2 }
    const rows = await parseXlsx(await workbook.xlsx.writeBuffer())
    expect(rows.slice(0, 2)).toEqual([
      ['编码', '名称', '售价', '期初数量'],
      ['IP13-SCR', 'iPhone 13 屏幕总成', '450.5', '3'],
    ])
    expect(rows[2]?.[3]).toBe('2')
  })
})

describe('the catalogue export', () => {
  const part: Part = {
    id: '01900000-0000-7000-8000-000000000001',
    sku: 'IP13-SCR',
    name: 'iPhone 13 屏幕总成',
    category: '屏幕',
    brand: 'Apple',
    compatibleModels: 'iPhone 13',
    unit: '个',
    bin: 'A-01',
    priceMinor: 45000,
    onHand: 3,
    reserved: 0,
    available: 3,
    reorderPoint: 2,
    reorderQuantity: 5,
    belowReorder: false,
    active: true,
    barcodes: ['6901', '6902'],
    defaultSupplierId: null,
    defaultSupplierName: null,
    serialized: false,
    averageCostMinor: 12050,
    valueMinor: 36150,
    createdAt: '2026-11-25T00:00:00.000Z',
    updatedAt: '2026-11-25T00:00:00.000Z',
  }
  const labels = {
    column: (key: string) => zhColumns[key] ?? key,
    yes: '是',
    no: '否',
  }

  it('writes a row per part in major units, with headings the import reads back', () => {
    const rows = catalogueRows([part], labels, 'CNY')
    expect(rows[1]).toEqual([
      'IP13-SCR',
      'iPhone 13 屏幕总成',
      '屏幕',
      'Apple',
      'iPhone 13',
      '个',
      '6901|6902',
      450,
      2,
      5,
      'A-01',
      '',
      3,
      120.5,
      361.5,
      '是',
    ])
    const text = rows.map((row) => row.map(String))
    const again = tableToImportRows(text, match, 'CNY')
    expect(again.ignored).toEqual(['库存', '平均成本', '库存金额', '在用'])
    expect(again.rows[0]).toMatchObject({ sku: 'IP13-SCR', barcodes: '6901|6902', priceMinor: 45000 })
  })

  it('offers a template with every import column in the screen language', () => {
    expect(templateRows(labels)).toEqual([
      [
        '编码',
        '名称',
        '分类',
        '品牌',
        '适用机型',
        '单位',
        '条码',
        '售价',
        '补货点',
        '补货量',
        '库位',
        '供应商',
        '期初数量',
        '期初成本',
      ],
    ])
  })
})

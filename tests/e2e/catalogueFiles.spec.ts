import ExcelJS from 'exceljs'
import { CatalogueFiles } from './pages/catalogueFiles'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

/** A CSV as Excel saves it in UTF-8: a byte-order mark, CRLF line ends. */
const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')

test.describe('catalogue files (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager imports three parts with opening stock, sees a bad file refused, and exports the catalogue', async ({
    page,
  }, testInfo) => {
    const files = new CatalogueFiles(page)
    await new Stock(page).setUpShop({ currency: 'CNY' })
    await files.openParts()

    await files.chooseFile(
      '配件.csv',
      csv([
        '编码,名称,分类,品牌,条码,售价,期初数量,期初成本',
        'IP13-SCR,iPhone 13 屏幕总成,屏幕,Apple,6971234567890,450.00,3,280.50',
        'MATE60-BAT,华为 Mate 60 电池,电池,华为,6971234567891|6971234567892,120,,',
        'TYPEC-PORT,Type-C 尾插排线,排线,,,35.5,,',
      ]),
    )
    await expect(files.previewRows()).toHaveCount(3)
    await expect(files.previewRows().and(page.locator('[data-action="create"]'))).toHaveCount(3)
    await expect(files.summary()).toContainText('新建 3 个，更新 0 个，有误 0 行')
    await keepScreenshot(page, testInfo, 'zh-CN-import-preview')
    await files.commit()

    await expect(page.getByTestId('part-row')).toHaveCount(3)
    await expect(files.partRow('IP13-SCR')).toContainText('iPhone 13 屏幕总成')
    await expect(files.partRow('IP13-SCR').getByTestId('part-row-on-hand')).toHaveText('3')
    await expect(files.partRow('MATE60-BAT').getByTestId('part-row-on-hand')).toHaveText('0')
    await keepScreenshot(page, testInfo, 'zh-CN-imported')

    // One wrong row (a price that is not an amount, a supplier nobody knows): nothing can be imported.
    await files.chooseFile(
      '有误.csv',
      csv(['编码,名称,售价,供应商', 'NEW-1,新配件,12.00,', 'NEW-2,另一个,十二元,不存在的供应商']),
    )
    await expect(files.summary()).toContainText('有误 1 行')
    const bad = files.previewRows().and(page.locator('[data-action="error"]'))
    await expect(bad).toHaveCount(1)
    await expect(bad.getByTestId('import-row-error')).toHaveText([
      '售价：格式不正确',
      '供应商：没有此名称的供应商',
    ])
    await expect(files.commitButton()).toBeDisabled()
    await keepScreenshot(page, testInfo, 'zh-CN-import-errors')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('part-row')).toHaveCount(3)

    const exported = await files.export('csv')
    expect(exported.name).toMatch(/^配件-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = exported.bytes.toString('utf8')
    expect(text.startsWith('\uFEFF编码,名称,')).toBe(true)
    expect(text).toContain(
      'IP13-SCR,iPhone 13 屏幕总成,屏幕,Apple,,,6971234567890,450,0,0,,,3,280.5,841.5,是',
    )
    expect(text).toContain('MATE60-BAT,华为 Mate 60 电池')
    expect(text).toContain('TYPEC-PORT,Type-C 尾插排线')

    const workbook = new ExcelJS.Workbook()
    const xlsx = (await files.export('xlsx')).bytes
    await workbook.xlsx.load(
      xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer,
    )
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).font.bold).toBe(true)
    expect(sheet.rowCount).toBe(4)
  })
})

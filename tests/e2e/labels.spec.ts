import fs from 'node:fs'
import { Labels } from './pages/labels'
import { Stock } from './pages/stock'
import { expect, keepScreenshot, test } from './fixtures'

test.describe('part labels (简体中文)', () => {
  test.use({ locale: 'zh-CN' })

  test('a manager prints 3 labels of 40 × 30 mm, one per page, then 5 on a used A4 sheet from position 4', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const labels = new Labels(page)
    await labels.countPrintRequests()
    await stock.setUpShop({ currency: 'CNY' })
    await stock.openParts()
    await stock.addPart({
      sku: 'scr-ip13',
      name: 'iPhone 13 屏幕总成',
      barcode: '6901234567892',
      price: '399.00',
    })

    await labels.open(/^40 × 30 毫米$/, '3')
    await labels.expectPrintRequests(1)
    await expect(labels.labels()).toHaveCount(3)
    await expect(labels.barcodes()).toHaveCount(3)
    await expect(labels.labels().first()).toContainText('iPhone 13 屏幕总成')
    await expect(labels.labels().first()).toContainText('6901234567892')
    await expect(labels.labels().first()).toContainText('¥399.00')
    await keepScreenshot(page, testInfo, 'zh-CN-labels-40x30')

    const roll = await labels.print()
    fs.writeFileSync(testInfo.outputPath('labels-40x30.pdf'), roll.pdf)
    await testInfo.attach('labels-40x30.pdf', { body: roll.pdf, contentType: 'application/pdf' })
    expect(roll.pages).toBe(3)
    expect(roll.text).toContain('iPhone 13 屏幕总成')
    expect(roll.text).toContain('¥399.00')
    expect(roll.text).toContain('6901234567892')

    await labels.back()
    await labels.open(/^A4 标签纸/, '5', '4')
    await expect(labels.labels()).toHaveCount(5)
    // Positions 1–3 were used before; the rest of the 24 stay empty after the 5 labels.
    await expect(labels.emptyPositions()).toHaveCount(19)
    await keepScreenshot(page, testInfo, 'zh-CN-labels-a4')

    const sheet = await labels.print()
    fs.writeFileSync(testInfo.outputPath('labels-a4.pdf'), sheet.pdf)
    await testInfo.attach('labels-a4.pdf', { body: sheet.pdf, contentType: 'application/pdf' })
    expect(sheet.pages).toBe(1)
    expect(sheet.text).toContain('iPhone 13 屏幕总成')
    expect(sheet.text).toContain('¥399.00')
  })
})

test.describe('part labels (English)', () => {
  test.use({ locale: 'en-US' })

  test('a part without a barcode prints its SKU as the barcode, and copies change from the toolbar', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const labels = new Labels(page)
    await labels.countPrintRequests()
    await stock.setUpShop({ currency: 'USD' })
    await stock.openParts()
    await stock.addPart({ sku: 'bat-p30', name: 'Huawei P30 battery 电池', price: '25.50' })

    await labels.open(/^50 × 25 mm$/, '1')
    await expect(labels.labels()).toHaveCount(1)
    await expect(labels.labels().first()).toContainText('BAT-P30')
    await expect(labels.labels().first()).toContainText('$25.50')
    await labels.setCopies('2')
    await expect(labels.labels()).toHaveCount(2)
    await keepScreenshot(page, testInfo, 'en-labels-50x25')

    const printed = await labels.print()
    fs.writeFileSync(testInfo.outputPath('labels-50x25.pdf'), printed.pdf)
    expect(printed.pages).toBe(2)
    expect(printed.text).toContain('Huawei P30 battery 电池')
    expect(printed.text).toContain('$25.50')
    // The dialog opened once, when the labels were first drawn; changing copies does not reopen it.
    await labels.expectPrintRequests(1)
  })
})

test.describe('part labels (繁體中文)', () => {
  test.use({ locale: 'zh-TW' })

  test('a long name wraps to two lines on a 60 × 40 mm label, which stays one page', async ({
    page,
  }, testInfo) => {
    const stock = new Stock(page)
    const labels = new Labels(page)
    await labels.countPrintRequests()
    await stock.setUpShop({ currency: 'TWD' })
    await stock.openParts()
    await stock.addPart({
      sku: 'cam-s23u',
      name: 'Samsung Galaxy S23 Ultra 後置主相機模組（含排線及防塵網，原廠拆機件）',
      barcode: '8806094721352',
      price: '2450',
    })

    await labels.open(/^60 × 40 公釐$/, '1')
    await expect(labels.labels()).toHaveCount(1)
    await keepScreenshot(page, testInfo, 'zh-TW-labels-60x40')
    const printed = await labels.print()
    fs.writeFileSync(testInfo.outputPath('labels-60x40.pdf'), printed.pdf)
    expect(printed.pages).toBe(1)
    expect(printed.text).toContain('Samsung Galaxy S23 Ultra')
    expect(printed.text).toContain('8806094721352')
  })
})

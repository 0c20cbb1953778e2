import fs from 'node:fs'
import zlib from 'node:zlib'
import { Counter } from './pages/counter'
import { Messages } from './pages/messages'
import { expect, keepScreenshot, test } from './fixtures'

const fault = '屏幕碎裂，触摸失灵'
const unlockCode = '970412'

/** One PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A photo-sized PNG (a blue gradient with a white crack), as a phone camera would hand one over. */
function screenPhoto(width = 800, height = 600): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const crack = Math.abs(x - 400 - (y - 300) * 0.8) < 3 || Math.abs(y - 300 + (x - 400) * 0.3) < 3
      const shade = Math.round((x / width) * 120)
      rows.set(crack ? [255, 255, 255] : [28 + shade / 4, 126 - shade / 2, 214 - shade], row + 1 + x * 3)
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

test.describe('notes, photos and telling the customer (简体中文)', () => {
  test.use({ locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] })

  test('a clerk notes, attaches a photo, tells the customer, and the bench prints its job sheet', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    const messages = new Messages(page)
    await counter.open()
    const number = await counter.intakeNewCustomer({
      customerName: '王芳',
      phone: '138 0013 8000',
      brand: 'Apple',
      model: 'iPhone 13',
      serial: '356938035643809',
      fault,
      accessories: ['充电器'],
      condition: '背面有划痕',
      unlockCode,
      estimate: '480',
      deposit: '100',
    })
    await counter.nextCustomer()
    await counter.scan(number)
    await expect(page.getByTestId('ticket-number')).toHaveText(number)

    // An internal note and one the customer may see, each with its badge on the timeline.
    await messages.addNote('主板有进水痕迹，需清洗')
    await expect(messages.lastEvent()).toContainText('内部备注')
    await expect(messages.lastEvent()).toContainText('主板有进水痕迹，需清洗')
    await expect(messages.lastEvent().getByTestId('timeline-visibility')).toHaveText('内部')
    await messages.addNote('已告知客户需更换屏幕总成', 'customer')
    await expect(messages.lastEvent()).toHaveAttribute('data-visibility', 'customer')
    await expect(messages.lastEvent().getByTestId('timeline-visibility')).toHaveText('客户可见')

    // A photo of the damage: its thumbnail shows, and it opens full size.
    await messages.attach({ name: '屏幕裂痕.png', mimeType: 'image/png', buffer: screenPhoto() })
    const photo = messages.attachment('屏幕裂痕.png')
    await expect(photo.getByTestId('attachment-thumbnail')).toBeVisible()
    await expect(photo).toContainText('内部')
    await expect(messages.lastEvent()).toContainText('添加附件“屏幕裂痕.png”')
    await keepScreenshot(page, testInfo, 'zh-CN-ticket-notes-attachments')
    await photo.getByTestId('attachment-thumbnail').click()
    await expect(page.getByTestId('attachment-full')).toBeVisible()
    await keepScreenshot(page, testInfo, 'zh-CN-attachment-open')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('attachment-full')).toBeHidden()

    // Only what the customer may see.
    await messages.showCustomerFacingOnly(true)
    await expect(messages.timelineEvents()).toHaveCount(1)
    await expect(messages.timelineEvents()).toContainText('已告知客户需更换屏幕总成')
    await messages.showCustomerFacingOnly(false)

    // Tell the customer: the status message in simplified Chinese, copied, then recorded.
    const text = await messages.openTellCustomer()
    expect(text).toContain(number)
    expect(text).toContain('已接收')
    expect(text).toContain('王芳')
    await keepScreenshot(page, testInfo, 'zh-CN-tell-customer')
    expect(await messages.copyMessage()).toBe(text)
    await messages.chooseChannel('微信')
    await messages.markTold()
    await expect(messages.lastEvent()).toContainText('已通知客户（微信）')
    await expect(messages.lastEvent()).toContainText(number)
    await expect(messages.lastEvent()).toHaveAttribute('data-visibility', 'customer')
    const ticketUrl = page.url()

    // The owner's own wording for "received" is what the counter gets from now on.
    await messages.saveTemplate(
      '已接收',
      '简体中文',
      '{customerName}您好，您的{device}已收到，单号{number}。——本店自定义',
    )
    await keepScreenshot(page, testInfo, 'zh-CN-message-templates')
    await page.goto(ticketUrl)
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
    expect(await messages.openTellCustomer()).toBe(
      `王芳您好，您的Apple iPhone 13已收到，单号${number}。——本店自定义`,
    )
    await page.keyboard.press('Escape')

    // The technician's job sheet: number and fault, never the unlock code.
    for (const layout of ['a4', '80mm'] as const) {
      const printed = await messages.printJobSheet(layout)
      fs.writeFileSync(testInfo.outputPath(`job-sheet-${layout}.pdf`), printed.pdf)
      await testInfo.attach(`job-sheet-${layout}.pdf`, { body: printed.pdf, contentType: 'application/pdf' })
      expect(printed.text).toContain(number)
      expect(printed.text).toContain(fault)
      expect(printed.text).toContain('维修工单')
      expect(printed.text).toContain('主板有进水痕迹，需清洗')
      expect(printed.text).not.toContain(unlockCode)
      await keepScreenshot(page, testInfo, `zh-CN-job-sheet-${layout}`)
      await page.keyboard.press('Escape')
      await expect(page.getByTestId('ticket-number')).toHaveText(number)
    }
  })
})

test.describe('the job sheet with approved work and parts (繁體中文)', () => {
  test.use({ locale: 'zh-TW' })

  test('lists the approved estimate and the parts set aside, and the timeline words each step', async ({
    page,
  }, testInfo) => {
    const counter = new Counter(page)
    const messages = new Messages(page)
    await counter.open()
    const number = await counter.intakeNewCustomer({
      customerName: '林志明',
      phone: '0912 345 678',
      brand: 'Apple',
      model: 'iPhone 12',
      serial: 'F2LXK0AAAAAA',
      fault: '無法充電',
      unlockCode: '246810',
    })
    await counter.nextCustomer()
    await counter.scan(number)
    await expect(page.getByTestId('ticket-number')).toHaveText(number)
    const ticketId = messages.ticketId()
    type Ticket = { version: number }
    type Estimate = { id: string }
    const ticket = await messages.api<Ticket>('tickets.get', { id: ticketId })
    await messages.api('tickets.changeStatus', {
      id: ticketId,
      version: ticket.version,
      toStatus: 'diagnosing',
      note: '',
    })
    const estimate = await messages.api<Estimate>('estimates.save', {
      ticketId,
      lines: [{ kind: 'other', description: '更換充電孔排線', quantity: 1, unitPriceMinor: 120000 }],
    })
    await messages.api('estimates.send', { id: estimate.id })
    await messages.api('estimates.decide', { id: estimate.id, decision: 'approved', channel: 'phone' })
    const part = await messages.api<{ id: string }>('parts.create', {
      sku: 'IP12-CHG',
      name: 'iPhone 12 充電排線',
    })
    await messages.api('stock.receive', { partId: part.id, quantity: 2, unitCostMinor: 30000 })
    await messages.api('ticketParts.add', { ticketId, partId: part.id, quantity: 1 })
    await page.reload()
    await expect(page.getByTestId('ticket-number')).toHaveText(number)

    const timeline = page.getByTestId('ticket-timeline')
    await expect(timeline).toContainText('狀態變更：檢測中')
    await expect(timeline).toContainText('報價第 1 版已傳給客戶')
    await expect(timeline).toContainText('客戶同意報價第 1 版（電話確認）')
    await expect(timeline).toContainText('保留零件 iPhone 12 充電排線（IP12-CHG）× 1')
    await keepScreenshot(page, testInfo, 'zh-TW-timeline')

    const printed = await messages.printJobSheet('a4')
    fs.writeFileSync(testInfo.outputPath('job-sheet-zh-TW.pdf'), printed.pdf)
    await testInfo.attach('job-sheet-zh-TW.pdf', { body: printed.pdf, contentType: 'application/pdf' })
    expect(printed.text).toContain('維修工單')
    expect(printed.text).toContain(number)
    expect(printed.text).toContain('無法充電')
    expect(printed.text).toContain('更換充電孔排線')
    expect(printed.text).toContain('IP12-CHG')
    expect(printed.text).not.toContain('246810')
  })
})

test.describe('telling the customer (English)', () => {
  test.use({ locale: 'en-US' })

  test('falls back to selecting the text when the clipboard is not allowed', async ({ page }) => {
    const counter = new Counter(page)
    const messages = new Messages(page)
    await counter.open()
    const number = await counter.intakeNewCustomer({
      customerName: 'Amy Chan',
      phone: '0912 345 678',
      brand: 'Samsung',
      model: 'Galaxy S23',
      serial: 'R5CT1234567',
      fault: 'Battery drains fast',
    })
    await counter.nextCustomer()
    await counter.scan(number)
    // A browser that refuses the clipboard (plain http on the shop network, an old browser).
    await page.evaluate(() => {
      Object.defineProperty((globalThis as unknown as { navigator: object }).navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      })
    })
    const text = await messages.openTellCustomer()
    expect(text).toContain(`ticket ${number}`)
    expect(text).toContain('Status: Received')
    await page.getByTestId('tell-copy').click()
    await expect(page.getByTestId('tell-copy-fallback')).toBeVisible()
    const selected = await page.evaluate(() => {
      const textarea = (globalThis as unknown as { document: { activeElement: unknown } }).document
        .activeElement as { value: string; selectionStart: number; selectionEnd: number }
      return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)
    })
    expect(selected).toBe(text)
  })
})

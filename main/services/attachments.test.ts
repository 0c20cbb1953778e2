import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { maxAttachmentBytes } from '../../shared/contract'
import { attachmentsFolder } from '../paths'
import { call, countRows, makeTicket, openTestShop, send, type TestShop } from '../../tests/support/shop'
import { addAttachment, listAttachments, safeFileName } from './attachments'
import { newId } from './context'

/** A 2 × 2 PNG, as a phone's photo would arrive (smaller). */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DA8B+MgBgAHfAD/dPQfSYAAAAASUVORK5CYII=',
  'base64',
)
/** Enough of a JPEG for the thumbnail check (the renderer draws the real one). */
const thumbnail = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])

let shop: TestShop
let folder: string
beforeEach(async () => {
  shop = await openTestShop()
  folder = attachmentsFolder(shop.path)
})
afterEach(async () => {
  await shop.close()
})

/** Every file under the attachments folder, relative to it. */
function storedFiles(): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(folder, name)).isFile())
}

function photo(ticketId: string, input: Record<string, unknown> = {}) {
  return {
    ticketId,
    fileName: '屏幕裂痕.png',
    mimeType: 'image/png',
    dataBase64: png.toString('base64'),
    thumbnailBase64: thumbnail.toString('base64'),
    ...input,
  }
}

describe('attaching a photo to a ticket', () => {
  it('stores the file and its thumbnail in the data folder and notes it on the timeline', async () => {
    const ticket = await makeTicket(shop)
    const added = await call(shop, 'attachments.add', photo(ticket.id, { visibility: 'customer' }))
    expect(added).toMatchObject({
      ticketId: ticket.id,
      fileName: '屏幕裂痕.png',
      mimeType: 'image/png',
      size: png.length,
      visibility: 'customer',
      createdByName: '前台',
    })
    expect(storedFiles().sort()).toEqual(
      [path.join(ticket.id, `${added.id}.png`), path.join(ticket.id, `${added.id}.thumb.jpg`)].sort(),
    )
    const row = shop.sqlite.prepare('select storedName, thumbnailName from attachments').get()
    expect(row).toEqual({
      storedName: `${ticket.id}/${added.id}.png`,
      thumbnailName: `${ticket.id}/${added.id}.thumb.jpg`,
    })
    const after = await call(shop, 'tickets.get', { id: ticket.id })
    expect(after.events.at(-1)).toMatchObject({
      kind: 'attachment',
      visibility: 'customer',
      data: { fileName: '屏幕裂痕.png' },
    })
    expect(after.version).toBe(ticket.version + 1)
    expect(countRows(shop, 'auditLog')).toBeGreaterThan(0)
  })

  it('lists the ticket’s files with the thumbnail as an image address', async () => {
    const ticket = await makeTicket(shop)
    await call(shop, 'attachments.add', photo(ticket.id))
    await call(
      shop,
      'attachments.add',
      photo(ticket.id, {
        fileName: 'notes.txt',
        mimeType: 'text/plain',
        dataBase64: Buffer.from('电池鼓包').toString('base64'),
        thumbnailBase64: null,
      }),
    )
    const list = await listAttachments(shop.db, { ticketId: ticket.id }, folder)
    expect(list.map((item) => item.fileName)).toEqual(['屏幕裂痕.png', 'notes.txt'])
    expect(list[0]?.thumbnail).toBe(`data:image/jpeg;base64,${thumbnail.toString('base64')}`)
    expect(list[1]?.thumbnail).toBeNull()
    const other = await makeTicket(shop)
    expect(await call(shop, 'attachments.list', { ticketId: other.id })).toEqual([])
  })

  it('reads the file back byte for byte', async () => {
    const ticket = await makeTicket(shop)
    const added = await call(shop, 'attachments.add', photo(ticket.id))
    const read = await call(shop, 'attachments.read', { id: added.id })
    expect(read.fileName).toBe('屏幕裂痕.png')
    expect(read.mimeType).toBe('image/png')
    expect(Buffer.from(read.dataBase64, 'base64').equals(png)).toBe(true)
  })

  it('says clearly when the file has gone from the data folder', async () => {
    const ticket = await makeTicket(shop)
    const added = await call(shop, 'attachments.add', photo(ticket.id))
    fs.rmSync(path.join(folder, ticket.id, `${added.id}.png`))
    const result = await send(shop, 'attachments.read', { id: added.id })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', detail: { key: 'messages:errors.fileMissing', fileName: '屏幕裂痕.png' } },
    })
  })

  it('keeps only the name of a file sent with a path, never writing outside the folder', async () => {
    const ticket = await makeTicket(shop)
    const added = await call(
      shop,
      'attachments.add',
      photo(ticket.id, { fileName: '../../evil\\..\\photo.png' }),
    )
    expect(added.fileName).toBe('photo.png')
    expect(storedFiles().every((name) => name.startsWith(ticket.id))).toBe(true)
    expect(safeFileName('..')).toBe('file')
    expect(safeFileName('a<b>:c?.pdf')).toBe('a_b__c_.pdf')
  })

  it('stores a PDF under a safe extension whatever its name says', async () => {
    const ticket = await makeTicket(shop)
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1')
    const added = await call(shop, 'attachments.add', {
      ticketId: ticket.id,
      fileName: '检测报告.exe',
      mimeType: 'application/pdf',
      dataBase64: pdf.toString('base64'),
    })
    expect(storedFiles()).toEqual([path.join(ticket.id, `${added.id}.pdf`)])
  })
})

describe('refusing a file', () => {
  it('refuses a file over 10 MB, leaving no file and no row', async () => {
    const ticket = await makeTicket(shop)
    const tooBig = 'A'.repeat(Math.ceil((maxAttachmentBytes + 1) / 3) * 4)
    const result = await send(shop, 'attachments.add', photo(ticket.id, { dataBase64: tooBig }))
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { dataBase64: 'tooLarge' },
        detail: { key: 'messages:errors.fileTooLarge' },
      },
    })
    expect(storedFiles()).toEqual([])
    expect(countRows(shop, 'attachments')).toBe(0)
  })

  it('refuses a type that is not a photo, a PDF or text, with a clear message', async () => {
    const ticket = await makeTicket(shop)
    const result = await send(
      shop,
      'attachments.add',
      photo(ticket.id, {
        fileName: 'setup.exe',
        mimeType: 'application/x-msdownload',
        thumbnailBase64: null,
      }),
    )
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { mimeType: 'notAllowed' },
        detail: { key: 'messages:errors.fileType' },
      },
    })
    expect(storedFiles()).toEqual([])
    expect(countRows(shop, 'attachments')).toBe(0)
  })

  it('refuses a file whose bytes are not what its type says', async () => {
    const ticket = await makeTicket(shop)
    const program = Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1').toString('base64')
    const result = await send(shop, 'attachments.add', photo(ticket.id, { dataBase64: program }))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { mimeType: 'notAllowed' } },
    })
    expect(storedFiles()).toEqual([])
  })

  it('refuses text that is not base64', async () => {
    const ticket = await makeTicket(shop)
    const result = await send(shop, 'attachments.add', photo(ticket.id, { dataBase64: 'not base64!' }))
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { dataBase64: 'invalid' } },
    })
    expect(storedFiles()).toEqual([])
  })

  it('removes the files again when the row cannot be written', async () => {
    const ticket = await makeTicket(shop)
    const input = {
      ...photo(ticket.id),
      thumbnailBase64: thumbnail.toString('base64'),
      visibility: 'internal' as const,
    }
    // A staff member who does not exist: the row's foreign key refuses it after the files are written.
    const ghost = { id: newId(), name: '无此人' }
    await expect(
      shop.db.transaction().execute((trx) => addAttachment(trx, input, ghost, folder)),
    ).rejects.toThrow()
    expect(storedFiles()).toEqual([])
    expect(countRows(shop, 'attachments')).toBe(0)
  })
})

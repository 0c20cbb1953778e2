/**
 * Photos and files attached to a ticket. The bytes live in the data folder (attachments/<ticket>/),
 * the database row says where: `storedName` and `thumbnailName` are relative to that folder, so a
 * backup of the data folder moves both together.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { MethodOutput, ParsedInput } from '../../shared/contract'
import { attachmentTypes, isAttachmentType, maxAttachmentBytes } from '../../shared/contract'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { addTicketEvent, bumpTicketVersion, ticketForUpdate } from './ticketEvents'

type Attachment = MethodOutput<'attachments.add'>

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/

/** Strict base64 (Node's decoder skips any character it does not know, so check first). */
function decodeBase64(text: string, field: string): Buffer {
  const compact = text.replace(/\s+/g, '')
  if (compact.length % 4 !== 0 || !base64Pattern.test(compact)) {
    throw new AppError('VALIDATION', 'The file is not valid base64.', 'errors.validation', {
      [field]: 'invalid',
    })
  }
  return Buffer.from(compact, 'base64')
}

/** How many bytes a base64 text decodes to, without decoding it. */
function decodedLength(text: string): number {
  const compact = text.replace(/\s+/g, '')
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0
  return Math.floor((compact.length * 3) / 4) - padding
}

/** The name as the clerk sees it: the last part of any path, without control or reserved characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? ''
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200)
  return cleaned === '' ? 'file' : cleaned
}

/** The file's first bytes agree with its type (a renamed program is not a photo). */
function looksLike(mimeType: string, data: Buffer): boolean {
  const ascii = (start: number, end: number) => data.subarray(start, end).toString('latin1')
  switch (mimeType) {
    case 'image/jpeg':
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff
    case 'image/png':
      return ascii(0, 8) === '\x89PNG\r\n\x1a\n'
    case 'image/gif':
      return ascii(0, 4) === 'GIF8'
    case 'image/webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP'
    case 'image/heic':
    case 'image/heif':
      return ascii(4, 8) === 'ftyp'
    case 'application/pdf':
      return ascii(0, 5) === '%PDF-'
    default:
      // Plain text has no signature; a NUL byte says it is binary.
      return !data.includes(0)
  }
}

function refuseType(mimeType: string): never {
  throw new AppError(
    'VALIDATION',
    `Only photos (JPEG, PNG, WebP, GIF, HEIC), PDF and plain text files can be attached, not ${mimeType}.`,
    'messages:errors.fileType',
    { mimeType: 'notAllowed' },
  )
}

function checkFile(input: ParsedInput<'attachments.add'>): {
  mimeType: keyof typeof attachmentTypes
  data: Buffer
} {
  const mimeType = input.mimeType.split(';')[0]!.trim().toLowerCase()
  if (!isAttachmentType(mimeType)) refuseType(mimeType)
  if (decodedLength(input.dataBase64) > maxAttachmentBytes) {
    throw new AppError(
      'VALIDATION',
      `A file may be at most ${maxAttachmentBytes / 1024 / 1024} MB.`,
      'messages:errors.fileTooLarge',
      { dataBase64: 'tooLarge' },
      { maxMb: maxAttachmentBytes / 1024 / 1024 },
    )
  }
  const data = decodeBase64(input.dataBase64, 'dataBase64')
  if (data.length === 0) {
    throw new AppError('VALIDATION', 'The file is empty.', 'errors.validation', { dataBase64: 'required' })
  }
  if (!looksLike(mimeType, data)) refuseType(mimeType)
  return { mimeType, data }
}

/** The renderer's thumbnail: a JPEG (it is served back as one), or none. */
function checkThumbnail(base64: string | null): Buffer | null {
  if (base64 === null) return null
  const thumbnail = decodeBase64(base64, 'thumbnailBase64')
  if (!looksLike('image/jpeg', thumbnail)) {
    throw new AppError('VALIDATION', 'The thumbnail must be a JPEG.', 'errors.validation', {
      thumbnailBase64: 'invalid',
    })
  }
  return thumbnail
}

function thumbnailDataUrl(folder: string | null, thumbnailName: string | null): string | null {
  if (!thumbnailName || folder === null) return null
  try {
    return `data:image/jpeg;base64,${fs.readFileSync(path.join(folder, thumbnailName)).toString('base64')}`
  } catch {
    // A lost thumbnail is not worth failing the list for: the file itself can still be opened.
    return null
  }
}

function attachmentRows(db: Executor) {
  return db
    .selectFrom('attachments')
    .innerJoin('staff', 'staff.id', 'attachments.createdBy')
    .select([
      'attachments.id',
      'attachments.ticketId',
      'attachments.fileName',
      'attachments.mimeType',
      'attachments.size',
      'attachments.storedName',
      'attachments.thumbnailName',
      'attachments.visibility',
      'attachments.createdAt',
      'staff.name as createdByName',
    ])
}

type AttachmentRow = Awaited<ReturnType<ReturnType<typeof attachmentRows>['execute']>>[number]

function toAttachment(row: AttachmentRow, folder: string | null): Attachment {
  const { storedName: _stored, thumbnailName, ...rest } = row
  return {
    ...rest,
    visibility: row.visibility as Attachment['visibility'],
    thumbnail: thumbnailDataUrl(folder, thumbnailName),
  }
}

/** `folder`: the attachments folder the thumbnails are read from (without it, no thumbnails). */
export async function listAttachments(
  db: Executor,
  input: ParsedInput<'attachments.list'>,
  folder: string | null = null,
): Promise<MethodOutput<'attachments.list'>> {
  await ticketForUpdate(db, input.ticketId)
  const rows = await attachmentRows(db)
    .where('attachments.ticketId', '=', input.ticketId)
    .orderBy('attachments.id')
    .execute()
  return rows.map((row) => toAttachment(row, folder))
}

/**
 * Writes the file (and the renderer's thumbnail) into the data folder, then the row, the timeline
 * event and the audit. The files go first, synchronously, inside the caller's transaction: if
 * anything after them fails they are removed again, so a refused or failed call leaves no orphan.
 */
export async function addAttachment(
  db: Executor,
  input: ParsedInput<'attachments.add'>,
  actor: Actor,
  folder: string,
): Promise<MethodOutput<'attachments.add'>> {
  await ticketForUpdate(db, input.ticketId)
  const { mimeType, data } = checkFile(input)
  const thumbnail = checkThumbnail(input.thumbnailBase64)
  const id = newId()
  const fileName = safeFileName(input.fileName)
  const storedName = path.posix.join(input.ticketId, `${id}${attachmentTypes[mimeType]}`)
  const thumbnailName = thumbnail ? path.posix.join(input.ticketId, `${id}.thumb.jpg`) : null
  const written: string[] = []
  try {
    fs.mkdirSync(path.join(folder, input.ticketId), { recursive: true })
    for (const [name, bytes] of [
      [storedName, data],
      [thumbnailName, thumbnail],
    ] as const) {
      if (name === null || bytes === null) continue
      const file = path.join(folder, name)
      written.push(file)
      fs.writeFileSync(file, bytes, { flag: 'wx' })
    }
    const now = nowUtc()
    await db
      .insertInto('attachments')
      .values({
        id,
        ticketId: input.ticketId,
        fileName,
        mimeType,
        size: data.length,
        storedName,
        thumbnailName,
        visibility: input.visibility,
        createdAt: now,
        createdBy: actor.id,
      })
      .execute()
    await addTicketEvent(
      db,
      input.ticketId,
      { kind: 'attachment', visibility: input.visibility, data: { fileName } },
      actor,
      now,
    )
    await bumpTicketVersion(db, input.ticketId, null, now)
    await writeAudit(db, actor, 'attachments.add', 'ticket', input.ticketId, {
      attachmentId: id,
      fileName,
      mimeType,
      size: data.length,
      visibility: input.visibility,
    })
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true })
    throw error
  }
  const row = await attachmentRows(db).where('attachments.id', '=', id).executeTakeFirstOrThrow()
  return toAttachment(row, folder)
}

export async function readAttachment(
  db: Executor,
  input: ParsedInput<'attachments.read'>,
  folder: string,
): Promise<MethodOutput<'attachments.read'>> {
  const row = await db
    .selectFrom('attachments')
    .select(['fileName', 'mimeType', 'storedName'])
    .where('id', '=', input.id)
    .executeTakeFirst()
  if (!row) throw notFound('attachment', 'messages:errors.attachmentNotFound')
  let data: Buffer
  try {
    data = fs.readFileSync(path.join(folder, row.storedName))
  } catch {
    throw new AppError(
      'NOT_FOUND',
      `The file of “${row.fileName}” is missing from the data folder (attachments/${row.storedName}).`,
      'messages:errors.fileMissing',
      undefined,
      { fileName: row.fileName },
    )
  }
  return { fileName: row.fileName, mimeType: row.mimeType, dataBase64: data.toString('base64') }
}

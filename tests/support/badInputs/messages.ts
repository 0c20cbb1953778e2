/** Inputs the messages methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import { maxAttachmentBytes } from '../../../shared/contract'
import type { BadInput } from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'
/** A 2 × 2 PNG. */
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DA8B+MgBgAHfAD/dPQfSYAAAAASUVORK5CYII='

const photo = (ticketId: string, input: Record<string, unknown> = {}) => ({
  ticketId,
  fileName: 'photo.png',
  mimeType: 'image/png',
  dataBase64: png,
  ...input,
})

export const messagesBadInputs: Partial<Record<Method, BadInput[]>> = {
  'tickets.addNote': [
    {
      name: 'an empty note',
      input: (f) => ({ ticketId: f.ticketId, note: '   ' }),
      code: 'VALIDATION',
      fields: { note: 'required' },
    },
    {
      name: 'a note over 2000 characters',
      input: (f) => ({ ticketId: f.ticketId, note: '长'.repeat(2001) }),
      code: 'VALIDATION',
      fields: { note: 'tooLong' },
    },
    {
      name: 'an unknown visibility',
      input: (f) => ({ ticketId: f.ticketId, note: '备注', visibility: 'public' }),
      code: 'VALIDATION',
      fields: { visibility: 'invalid' },
    },
    {
      name: 'a malformed ticket id',
      input: () => ({ ticketId: 'SC01-000001', note: '备注' }),
      code: 'VALIDATION',
      fields: { ticketId: 'invalid' },
    },
    {
      name: 'a ticket that does not exist',
      input: () => ({ ticketId: missingId, note: '备注' }),
      code: 'NOT_FOUND',
    },
  ],
  'attachments.add': [
    {
      name: 'a file over 10 MB',
      input: (f) =>
        photo(f.ticketId, { dataBase64: 'A'.repeat(Math.ceil((maxAttachmentBytes + 1) / 3) * 4) }),
      code: 'VALIDATION',
      fields: { dataBase64: 'tooLarge' },
    },
    {
      name: 'a program instead of a photo',
      input: (f) => photo(f.ticketId, { fileName: 'setup.exe', mimeType: 'application/x-msdownload' }),
      code: 'VALIDATION',
      fields: { mimeType: 'notAllowed' },
    },
    {
      name: 'an HTML page',
      input: (f) =>
        photo(f.ticketId, {
          fileName: 'page.html',
          mimeType: 'text/html',
          dataBase64: Buffer.from('<script>alert(1)</script>').toString('base64'),
        }),
      code: 'VALIDATION',
      fields: { mimeType: 'notAllowed' },
    },
    {
      name: 'data that is not base64',
      input: (f) => photo(f.ticketId, { dataBase64: '%%%not base64%%%' }),
      code: 'VALIDATION',
      fields: { dataBase64: 'invalid' },
    },
    {
      name: 'no file name',
      input: (f) => photo(f.ticketId, { fileName: '' }),
      code: 'VALIDATION',
      fields: { fileName: 'required' },
    },
    {
      name: 'a thumbnail that is not a JPEG',
      input: (f) => photo(f.ticketId, { thumbnailBase64: png }),
      code: 'VALIDATION',
      fields: { thumbnailBase64: 'invalid' },
    },
    {
      name: 'a ticket that does not exist',
      input: () => photo(missingId),
      code: 'NOT_FOUND',
    },
  ],
  'messages.saveTemplate': [
    {
      name: 'an unknown status',
      input: () => ({ status: 'lost', locale: 'zh-CN', body: '您好' }),
      code: 'VALIDATION',
      fields: { status: 'invalid' },
    },
    {
      name: 'an unknown language',
      input: () => ({ status: 'received', locale: 'fr', body: 'Bonjour' }),
      code: 'VALIDATION',
      fields: { locale: 'invalid' },
    },
    {
      name: 'a message over 1000 characters',
      input: () => ({ status: 'received', locale: 'zh-CN', body: '字'.repeat(1001) }),
      code: 'VALIDATION',
      fields: { body: 'tooLong' },
    },
    {
      name: 'no body at all',
      input: () => ({ status: 'received', locale: 'zh-CN', body: 42 }),
      code: 'VALIDATION',
      fields: { body: 'invalid' },
    },
  ],
  'messages.recordTold': [
    {
      name: 'no channel',
      input: (f) => ({ ticketId: f.ticketId, body: '您的手机已修好' }),
      code: 'VALIDATION',
      fields: { channel: 'required' },
    },
    {
      name: 'an unknown channel',
      input: (f) => ({ ticketId: f.ticketId, channel: 'pigeon', body: '您的手机已修好' }),
      code: 'VALIDATION',
      fields: { channel: 'invalid' },
    },
    {
      name: 'an empty message',
      input: (f) => ({ ticketId: f.ticketId, channel: 'sms', body: '' }),
      code: 'VALIDATION',
      fields: { body: 'required' },
    },
    {
      name: 'a ticket that does not exist',
      input: () => ({ ticketId: missingId, channel: 'sms', body: '您好' }),
      code: 'NOT_FOUND',
    },
  ],
}

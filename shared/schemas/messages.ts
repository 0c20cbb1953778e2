/** Notes, attachments and telling the customer. */
import { z } from 'zod'
import { ticketStatuses } from '../domain/status'
import { id, optionalText, requiredText } from './fields'
import { localeSchema, visibilities } from './counter'

export const noteInputSchema = z.object({
  ticketId: id,
  note: requiredText(2000),
  visibility: z.enum(visibilities, { error: 'invalid' }).default('internal'),
})

/** Largest file a ticket takes (photos from a phone, a PDF from the manufacturer). */
export const maxAttachmentBytes = 10 * 1024 * 1024

/**
 * The files a ticket takes, with the extension each is stored under: photos (HEIC straight from an
 * iPhone included), PDFs and plain text. Nothing a browser or the system would run or render as a page.
 */
export const attachmentTypes = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/gif': '.gif',
  'image/heic': '.heic',
  'image/heif': '.heif',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
} as const satisfies Record<string, string>
export type AttachmentType = keyof typeof attachmentTypes

export function isAttachmentType(mimeType: string): mimeType is AttachmentType {
  return Object.hasOwn(attachmentTypes, mimeType)
}

export const attachmentSchema = z.object({
  id,
  ticketId: id,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  visibility: z.enum(visibilities),
  createdAt: z.string(),
  createdByName: z.string(),
  /** A small JPEG as a data URL for images; null for other files. */
  thumbnail: z.string().nullable(),
})

export const attachmentAddSchema = z.object({
  ticketId: id,
  fileName: requiredText(200),
  mimeType: requiredText(100),
  /** The file's bytes, base64. */
  dataBase64: z.string().min(1, { error: 'required' }),
  /** A thumbnail the renderer made (JPEG, base64), for images. */
  thumbnailBase64: z.string().max(400_000, { error: 'tooLarge' }).nullable().default(null),
  visibility: z.enum(visibilities, { error: 'invalid' }).default('internal'),
})

export const messageChannels = ['sms', 'wechat', 'phone', 'in_person', 'other'] as const

export const messageTemplateSchema = z.object({
  status: z.enum(ticketStatuses),
  locale: localeSchema,
  body: z.string(),
  /** true: the shipped wording (the owner has not changed it). */
  builtIn: z.boolean(),
})

export const messageTemplateSaveSchema = z.object({
  status: z.enum(ticketStatuses, { error: 'invalid' }),
  locale: localeSchema,
  /** Empty: back to the shipped wording. */
  body: optionalText(1000),
})

export const messageToldSchema = z.object({
  ticketId: id,
  channel: z.enum(messageChannels, { error: 'required' }),
  body: requiredText(1000),
})

/**
 * The field schemas every part of the contract is built from. Validation messages are stable keys
 * (`required`, `tooLong`...): the UI translates them under `validation.*`.
 */
import { z } from 'zod'
import { maxMinorAmount } from '../domain/money'

export const id = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { error: 'invalid' })

export function optionalText(max: number) {
  return z.string({ error: 'invalid' }).trim().max(max, { error: 'tooLong' })
}

export function requiredText(max: number) {
  return z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' })
}

/** Integer minor units (fen, cents), never negative on a document field. */
export const money = z
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .min(0, { error: 'negative' })
  .max(maxMinorAmount, { error: 'tooLarge' })

/** A count of stock units: whole units only, up to a million at once. */
export const quantity = z
  .number({ error: 'invalid' })
  .int({ error: 'wholeUnits' })
  .min(-1_000_000, { error: 'tooSmall' })
  .max(1_000_000, { error: 'tooLarge' })

export const isoDate = z.iso.date({ error: 'invalidDate' })
export const isoDateTime = z.iso.datetime({ error: 'invalidDate' })

export const limit = (fallback: number, max: number) => z.number().int().min(1).max(max).default(fallback)

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() })

/** The labour catalogue, and estimates with the customer's approval. */
import { z } from 'zod'
import { id, isoDateTime, money, optionalText, requiredText } from './fields'
import { currencies } from '../domain/money'

const basisPoints = z
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .min(0, { error: 'negative' })
  .max(10_000, { error: 'tooLarge' })

export const labourItemInputSchema = z.object({
  name: requiredText(120),
  category: optionalText(40).default(''),
  priceMinor: money,
  standardMinutes: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(0, { error: 'negative' })
    .max(100_000, { error: 'tooLarge' }),
  warrantyDays: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .min(0, { error: 'negative' })
    .max(3650, { error: 'tooLarge' }),
  /** null: the shop's tax rate. */
  taxRateBp: basisPoints.nullable().default(null),
})
export const labourItemSchema = labourItemInputSchema.extend({
  id,
  category: z.string(),
  taxRateBp: z.number().int().nullable(),
  active: z.boolean(),
})
export type LabourItem = z.infer<typeof labourItemSchema>

export const estimateLineKinds = ['labour', 'part', 'other'] as const
export const estimateStatuses = ['draft', 'sent', 'approved', 'declined', 'superseded'] as const
export const decisionChannels = ['in_person', 'phone', 'message'] as const

/**
 * A line the clerk puts on the draft. A labour line names its catalogue item and a part line its
 * part: their description and price default to the catalogue's when left empty (null). An "other"
 * line (e.g. a courier fee) needs both.
 */
export const estimateLineInputSchema = z
  .object({
    kind: z.enum(estimateLineKinds, { error: 'invalid' }),
    labourItemId: id.nullable().default(null),
    partId: id.nullable().default(null),
    description: optionalText(200).default(''),
    quantity: z
      .number({ error: 'invalid' })
      .int({ error: 'wholeUnits' })
      .min(1, { error: 'tooSmall' })
      .max(1000, { error: 'tooLarge' }),
    /** null: the labour item's or part's own price. */
    unitPriceMinor: money.nullable().default(null),
    /** null: the labour item's or the shop's rate. */
    taxRateBp: basisPoints.nullable().default(null),
  })
  .superRefine((line, context) => {
    const need = (path: 'labourItemId' | 'partId' | 'description' | 'unitPriceMinor') =>
      context.addIssue({ code: 'custom', path: [path], message: 'required' })
    if (line.kind === 'labour' && line.labourItemId === null) need('labourItemId')
    if (line.kind === 'part' && line.partId === null) need('partId')
    if (line.kind === 'other') {
      if (line.description === '') need('description')
      if (line.unitPriceMinor === null) need('unitPriceMinor')
    }
  })
export type EstimateLineInput = z.input<typeof estimateLineInputSchema>

export const estimateLineSchema = z.object({
  id,
  kind: z.enum(estimateLineKinds),
  labourItemId: id.nullable(),
  partId: id.nullable(),
  description: z.string(),
  quantity: z.number().int(),
  unitPriceMinor: z.number().int(),
  taxRateBp: z.number().int(),
  netMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  unitCostMinor: z.number().int(),
  warrantyDays: z.number().int(),
})

export const estimateSchema = z.object({
  id,
  ticketId: id,
  version: z.number().int(),
  status: z.enum(estimateStatuses),
  pricesIncludeTax: z.boolean(),
  currency: z.enum(currencies),
  lines: z.array(estimateLineSchema),
  subtotalMinor: z.number().int(),
  taxMinor: z.number().int(),
  totalMinor: z.number().int(),
  costMinor: z.number().int(),
  /** A warranty (repeat) repair: the customer is charged nothing; the cost is still recorded. */
  warranty: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  sentAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionChannel: z.enum(decisionChannels).nullable(),
  decisionRecordedByName: z.string().nullable(),
  decisionNote: z.string(),
})
export type Estimate = z.infer<typeof estimateSchema>

export const estimateSaveSchema = z.object({
  ticketId: id,
  lines: z.array(estimateLineInputSchema).min(1, { error: 'required' }).max(100, { error: 'tooMany' }),
  note: optionalText(1000).default(''),
})

export const estimateDecideSchema = z.object({
  id,
  decision: z.enum(['approved', 'declined'], { error: 'required' }),
  channel: z.enum(decisionChannels, { error: 'required' }),
  /** When the customer answered; defaults to now. */
  decidedAt: isoDateTime.nullable().default(null),
  note: optionalText(500).default(''),
})

/**
 * The catalogue as a file: import (check every row, then write all of it or nothing) and export.
 * The whole catalogue's codes and the suppliers' names are read once up front, so checking a file of
 * thousands of rows costs three queries, not three per row.
 */
import { z } from 'zod'
import type { contract, MethodOutput, Part } from '../../shared/contract'
import { partImportRowSchema } from '../../shared/schemas/purchasing'
import { fieldErrors } from '../fieldErrors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { columnsOf, partFromRow, selectPartRows, uniqueCodes, writeBarcodes } from './parts'
import { postMovement } from './stock'

type ImportInput = z.output<(typeof contract)['parts.import']['input']>
type ImportResult = MethodOutput<'parts.import'>
type RowResult = ImportResult['rows'][number]
type PartInput = z.output<(typeof contract)['parts.create']['input']>
type ImportField = keyof z.output<typeof partImportRowSchema>

const importFields = Object.keys(partImportRowSchema.shape) as ImportField[]
const numberFields = new Set<ImportField>([
  'priceMinor',
  'reorderPoint',
  'reorderQuantity',
  'openingQuantity',
  'openingCostMinor',
])
/** As many barcodes per part, and as long, as the part form allows. */
const maxBarcodes = 10
const maxBarcodeLength = 40

interface ExistingPart {
  id: string
  input: PartInput
}

interface Catalogue {
  partsBySku: Map<string, ExistingPart>
  barcodeOwners: Map<string, string>
  supplierIds: Map<string, string>
}

/** A checked row ready to write: what the part becomes, and its opening stock if it is new. */
interface PlannedRow {
  result: RowResult
  partId: string | null
  input: PartInput
  openingQuantity: number
  openingCostMinor: number
}

const supplierKey = (name: string) => name.trim().toLowerCase()

async function loadCatalogue(db: Executor): Promise<Catalogue> {
  const parts = await db.selectFrom('parts').selectAll().execute()
  const barcodes = await db
    .selectFrom('partBarcodes')
    .select(['barcode', 'partId'])
    .orderBy('barcode')
    .execute()
  const suppliers = await db.selectFrom('suppliers').select(['id', 'name']).orderBy('id').execute()
  const barcodesOf = new Map<string, string[]>()
  for (const { barcode, partId } of barcodes)
    barcodesOf.set(partId, [...(barcodesOf.get(partId) ?? []), barcode])
  const supplierIds = new Map<string, string>()
  for (const supplier of suppliers) {
    if (!supplierIds.has(supplierKey(supplier.name))) supplierIds.set(supplierKey(supplier.name), supplier.id)
  }
  return {
    partsBySku: new Map(
      parts.map((part) => [
        part.sku,
        {
          id: part.id,
          input: {
            sku: part.sku,
            name: part.name,
            category: part.category,
            brand: part.brand,
            compatibleModels: part.compatibleModels,
            unit: part.unit,
            barcodes: barcodesOf.get(part.id) ?? [],
            priceMinor: part.priceMinor,
            reorderPoint: part.reorderPoint,
            reorderQuantity: part.reorderQuantity,
            bin: part.bin,
            defaultSupplierId: part.defaultSupplierId,
            serialized: part.serialized === 1,
            active: part.active === 1,
          },
        },
      ]),
    ),
    barcodeOwners: new Map(barcodes.map(({ barcode, partId }) => [barcode, partId])),
    supplierIds,
  }
}

/**
 * A file's cell as the row schema takes it: a blank cell is no value (the field's default), and a
 * whole number written as text ("12") is that number. Anything else stays as sent, to be refused.
 */
function cleanCells(raw: Record<string, unknown>): Record<string, unknown> {
  const cells: Record<string, unknown> = {}
  for (const field of importFields) {
    let value = raw[field]
    if (typeof value === 'string') {
      const text = value.trim()
      value = text === '' ? undefined : numberFields.has(field) && /^-?\d+$/.test(text) ? Number(text) : value
    }
    if (value !== undefined && value !== null) cells[field] = value
  }
  return cells
}

/** Barcodes in one cell, separated by "|" or ";" as clerks write them. */
function splitBarcodes(text: string): string[] {
  return uniqueCodes(text.split(/[|;]/))
}

/** A cell's text, if it is text: the checks against the catalogue run even when the row's schema fails. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * Checks one row against the catalogue and the rows before it, and records its codes as seen. Every
 * problem of the row is reported at once: its own fields, then SKU, barcodes and supplier.
 */
function planRow(
  raw: Record<string, unknown>,
  row: number,
  catalogue: Catalogue,
  seen: { skus: Set<string>; barcodes: Map<string, string> },
): PlannedRow | RowResult {
  const cells = cleanCells(raw)
  const parsed = partImportRowSchema.safeParse(cells)
  const fields = parsed.success ? {} : fieldErrors(parsed.error, cells)
  const fail = (field: string, key: string) => {
    if (!(field in fields)) fields[field] = key
  }
  const sku = textOf(cells.sku).toUpperCase()
  const existing = catalogue.partsBySku.get(sku) ?? null
  if (sku && seen.skus.has(sku)) fail('sku', 'duplicate')
  seen.skus.add(sku)

  const barcodes = splitBarcodes(textOf(cells.barcodes))
  if (barcodes.some((barcode) => barcode.length > maxBarcodeLength)) fail('barcodes', 'tooLong')
  else if (barcodes.length > maxBarcodes) fail('barcodes', 'tooMany')
  for (const barcode of barcodes) {
    const owner = catalogue.barcodeOwners.get(barcode)
    const earlier = seen.barcodes.get(barcode)
    if ((owner && owner !== existing?.id) || (earlier && earlier !== sku)) fail('barcodes', 'duplicate')
    seen.barcodes.set(barcode, sku)
  }

  const supplierName = textOf(cells.supplierName)
  const defaultSupplierId = supplierName
    ? (catalogue.supplierIds.get(supplierKey(supplierName)) ?? null)
    : null
  if (supplierName && !defaultSupplierId) fail('supplierName', 'unknownSupplier')
  // A part already in stock changes through receipts and adjustments, never by overwriting its count.
  if (existing && typeof cells.openingQuantity === 'number' && cells.openingQuantity > 0)
    fail('openingQuantity', 'openingOnExisting')
  if (!parsed.success || Object.keys(fields).length > 0) return { row, sku, action: 'error', fields }

  const data = parsed.data
  const { supplierName: _name, openingQuantity, openingCostMinor, ...partFields } = data
  const fromFile: PartInput = {
    ...partFields,
    sku,
    barcodes,
    defaultSupplierId,
    serialized: false,
    active: true,
  }
  // An update changes the columns the file has; a column it lacks keeps the part's value.
  const input = existing ? { ...existing.input, ...pick(fromFile, raw, existing.input) } : fromFile
  return {
    result: { row, sku, action: existing ? 'update' : 'create', fields: {} },
    partId: existing?.id ?? null,
    input,
    openingQuantity,
    openingCostMinor,
  }
}

/** The fields of `fromFile` whose columns the raw row has (supplierName sets defaultSupplierId). */
function pick(fromFile: PartInput, raw: Record<string, unknown>, current: PartInput): Partial<PartInput> {
  const chosen: Partial<PartInput> = {}
  const set = (key: keyof PartInput) => Object.assign(chosen, { [key]: fromFile[key] })
  for (const field of importFields) {
    if (!(field in raw)) continue
    if (field === 'supplierName') set('defaultSupplierId')
    else if (field in current) set(field as keyof PartInput)
  }
  return chosen
}

async function writeRow(db: Executor, plan: PlannedRow, actor: Actor, now: string): Promise<void> {
  const { input } = plan
  if (plan.partId) {
    await db
      .updateTable('parts')
      .set({ ...columnsOf(input, input.barcodes), updatedAt: now })
      .where('id', '=', plan.partId)
      .execute()
    await writeBarcodes(db, plan.partId, input.barcodes)
    await writeAudit(db, actor, 'parts.update', 'part', plan.partId, { ...input, source: 'import' })
    return
  }
  const id = newId()
  await db
    .insertInto('parts')
    .values({ id, ...columnsOf(input, input.barcodes), createdAt: now, updatedAt: now })
    .execute()
  if (input.barcodes.length > 0) {
    await db
      .insertInto('partBarcodes')
      .values(input.barcodes.map((barcode) => ({ barcode, partId: id })))
      .execute()
  }
  await writeAudit(db, actor, 'parts.create', 'part', id, { ...input, source: 'import' })
  if (plan.openingQuantity > 0) {
    await postMovement(
      db,
      { partId: id, kind: 'receipt', quantity: plan.openingQuantity, unitCostMinor: plan.openingCostMinor },
      actor,
      now,
    )
  }
}

/**
 * Checks every row of a catalogue file; with `commit`, writes them all in the caller's transaction,
 * or nothing at all when any row is wrong. Existing SKUs are updated, new ones created with their
 * opening stock as a receipt.
 */
export async function importParts(db: Executor, input: ImportInput, actor: Actor): Promise<ImportResult> {
  const catalogue = await loadCatalogue(db)
  const seen = { skus: new Set<string>(), barcodes: new Map<string, string>() }
  const plans = input.rows.map((raw, index) => planRow(raw, index + 1, catalogue, seen))
  const rows = plans.map((plan) => ('result' in plan ? plan.result : plan))
  const count = (action: RowResult['action']) => rows.filter((row) => row.action === action).length
  const errors = count('error')
  const commit = input.commit && errors === 0
  if (commit) {
    const now = nowUtc()
    for (const plan of plans) if ('result' in plan) await writeRow(db, plan, actor, now)
  }
  return { rows, created: count('create'), updated: count('update'), errors, committed: commit }
}

/** Every part with its stock figures, in SKU order: two queries however large the catalogue. */
export async function exportParts(db: Executor, includeArchived: boolean): Promise<Part[]> {
  let query = selectPartRows(db).orderBy('p.sku')
  if (!includeArchived) query = query.where('p.active', '=', 1)
  const rows = await query.execute()
  const barcodes = await db
    .selectFrom('partBarcodes')
    .select(['partId', 'barcode'])
    .orderBy('barcode')
    .execute()
  const barcodesOf = new Map<string, string[]>()
  for (const { partId, barcode } of barcodes) {
    const list = barcodesOf.get(partId)
    if (list) list.push(barcode)
    else barcodesOf.set(partId, [barcode])
  }
  return rows.map((row) => partFromRow(row, barcodesOf.get(row.id) ?? []))
}

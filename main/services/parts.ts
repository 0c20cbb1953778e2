import { z } from 'zod'
import type { contract, Part, StockMovement } from '../../shared/contract'
import { isBelowReorder, stockValue, type StockMovementKind } from '../../shared/domain/stock'
import { AppError, notFound } from '../errors'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { listPartSummaries, partSearchText } from './parts.queries'

type PartInput = z.output<(typeof contract)['parts.create']['input']>
type PartUpdate = z.output<(typeof contract)['parts.update']['input']>
type SearchInput = z.output<(typeof contract)['parts.search']['input']>

export function uniqueCodes(codes: string[]): string[] {
  return [...new Set(codes.map((code) => code.trim()).filter(Boolean))]
}

/** SKUs and barcodes identify one part each: say which is taken instead of failing on the index. */
async function checkCodesFree(
  db: Executor,
  sku: string,
  barcodes: string[],
  partId: string | null,
): Promise<void> {
  let skuOwner = db.selectFrom('parts').select('id').where('sku', '=', sku)
  if (partId) skuOwner = skuOwner.where('id', '!=', partId)
  if (await skuOwner.executeTakeFirst()) {
    throw new AppError(
      'CONFLICT',
      `Another part already has the SKU ${sku}.`,
      'errors.duplicateSku',
      { sku: 'duplicate' },
      { sku },
    )
  }
  if (barcodes.length === 0) return
  let barcodeOwner = db.selectFrom('partBarcodes').select('barcode').where('barcode', 'in', barcodes)
  if (partId) barcodeOwner = barcodeOwner.where('partId', '!=', partId)
  const taken = await barcodeOwner.executeTakeFirst()
  if (taken) {
    throw new AppError(
      'CONFLICT',
      `Another part already has the barcode ${taken.barcode}.`,
      'errors.duplicateBarcode',
      { barcodes: 'duplicate' },
      { barcode: taken.barcode },
    )
  }
}

async function checkSupplier(db: Executor, supplierId: string | null): Promise<void> {
  if (!supplierId) return
  const found = await db.selectFrom('suppliers').select('id').where('id', '=', supplierId).executeTakeFirst()
  if (!found) throw notFound('supplier')
}

export function columnsOf(input: PartInput, barcodes: string[]) {
  const { barcodes: _barcodes, serialized, active, ...fields } = input
  return {
    ...fields,
    serialized: serialized ? 1 : 0,
    active: active ? 1 : 0,
    searchText: partSearchText({ ...input, barcodes }),
  }
}

export async function writeBarcodes(db: Executor, partId: string, barcodes: string[]): Promise<void> {
  await db.deleteFrom('partBarcodes').where('partId', '=', partId).execute()
  if (barcodes.length > 0) {
    await db
      .insertInto('partBarcodes')
      .values(barcodes.map((barcode) => ({ barcode, partId })))
      .execute()
  }
}

export async function createPart(db: Executor, input: PartInput, actor: Actor): Promise<Part> {
  const barcodes = uniqueCodes(input.barcodes)
  await checkCodesFree(db, input.sku, barcodes, null)
  await checkSupplier(db, input.defaultSupplierId)
  const now = nowUtc()
  const id = newId()
  await db
    .insertInto('parts')
    .values({ id, ...columnsOf(input, barcodes), createdAt: now, updatedAt: now })
    .execute()
  await writeBarcodes(db, id, barcodes)
  await writeAudit(db, actor, 'parts.create', 'part', id, input)
  return getPart(db, id)
}

export async function updatePart(db: Executor, input: PartUpdate, actor: Actor): Promise<Part> {
  const { id, ...fields } = input
  const barcodes = uniqueCodes(fields.barcodes)
  const existing = await db.selectFrom('parts').select('id').where('id', '=', id).executeTakeFirst()
  if (!existing) throw notFound('part')
  await checkCodesFree(db, fields.sku, barcodes, id)
  await checkSupplier(db, fields.defaultSupplierId)
  await db
    .updateTable('parts')
    .set({ ...columnsOf(fields, barcodes), updatedAt: nowUtc() })
    .where('id', '=', id)
    .execute()
  await writeBarcodes(db, id, barcodes)
  await writeAudit(db, actor, 'parts.update', 'part', id, input)
  return getPart(db, id)
}

/** The columns `getPart` and the catalogue export read: a part with its level and supplier's name. */
export function selectPartRows(db: Executor) {
  return db
    .selectFrom('parts as p')
    .leftJoin('stockLevels as s', 's.partId', 'p.id')
    .leftJoin('suppliers as sp', 'sp.id', 'p.defaultSupplierId')
    .selectAll('p')
    .select(['s.onHand', 's.reserved', 's.averageCostMinor', 'sp.name as defaultSupplierName'])
}

type PartRow = Awaited<ReturnType<ReturnType<typeof selectPartRows>['executeTakeFirstOrThrow']>>

export function partFromRow(row: PartRow, barcodes: string[]): Part {
  const onHand = row.onHand ?? 0
  const reserved = row.reserved ?? 0
  const averageCostMinor = row.averageCostMinor ?? 0
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    category: row.category,
    brand: row.brand,
    compatibleModels: row.compatibleModels,
    unit: row.unit,
    bin: row.bin,
    priceMinor: row.priceMinor,
    onHand,
    reserved,
    available: onHand - reserved,
    reorderPoint: row.reorderPoint,
    reorderQuantity: row.reorderQuantity,
    belowReorder: isBelowReorder(onHand, row.reorderPoint),
    active: row.active === 1,
    barcodes,
    defaultSupplierId: row.defaultSupplierId,
    defaultSupplierName: row.defaultSupplierName ?? null,
    serialized: row.serialized === 1,
    averageCostMinor,
    valueMinor: stockValue(onHand, averageCostMinor),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export async function getPart(db: Executor, id: string): Promise<Part> {
  const row = await selectPartRows(db).where('p.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('part')
  const barcodes = await db
    .selectFrom('partBarcodes')
    .select('barcode')
    .where('partId', '=', id)
    .orderBy('barcode')
    .execute()
  return partFromRow(
    row,
    barcodes.map((entry) => entry.barcode),
  )
}

/** A scanner's input: the part with exactly this barcode, or else this SKU. */
export async function findPartByCode(db: Executor, code: string): Promise<Part> {
  const text = code.trim()
  const byBarcode = await db
    .selectFrom('partBarcodes')
    .select('partId')
    .where('barcode', '=', text)
    .executeTakeFirst()
  if (byBarcode) return getPart(db, byBarcode.partId)
  const bySku = await db
    .selectFrom('parts')
    .select('id')
    .where('sku', '=', text.toUpperCase())
    .executeTakeFirst()
  if (bySku) return getPart(db, bySku.id)
  throw notFound('part')
}

export async function searchParts(db: Executor, input: SearchInput) {
  const rows = await listPartSummaries(db, { ...input, limit: input.limit + 1 })
  const items = rows.slice(0, input.limit)
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null }
}

/** A part's ledger, newest first, with what each movement's document is called. */
export async function listMovements(
  db: Executor,
  input: { id: string; cursor: string | null; limit: number },
): Promise<{ items: StockMovement[]; nextCursor: string | null }> {
  let query = db
    .selectFrom('stockMovements as m')
    .innerJoin('staff as s', 's.id', 'm.actorId')
    .leftJoin('tickets as t', (join) =>
      join.onRef('t.id', '=', 'm.documentId').on('m.documentType', '=', 'ticket'),
    )
    .leftJoin('suppliers as sp', (join) =>
      join.onRef('sp.id', '=', 'm.documentId').on('m.documentType', '=', 'supplier'),
    )
    .leftJoin('stockCounts as c', (join) =>
      join.onRef('c.id', '=', 'm.documentId').on('m.documentType', '=', 'count'),
    )
    .leftJoin('purchaseOrders as po', (join) =>
      join.onRef('po.id', '=', 'm.documentId').on('m.documentType', '=', 'purchase_order'),
    )
    .leftJoin('invoices as inv', (join) =>
      join.onRef('inv.id', '=', 'm.documentId').on('m.documentType', '=', 'invoice'),
    )
    .selectAll('m')
    .select([
      's.name as actorName',
      't.number as ticketNumber',
      'sp.name as supplierName',
      'c.number as countNumber',
      'inv.number as invoiceNumber',
      'po.number as orderNumber',
    ])
    .where('m.partId', '=', input.id)
    .orderBy('m.id', 'desc')
    .limit(input.limit + 1)
  if (input.cursor) query = query.where('m.id', '<', input.cursor)
  const rows = await query.execute()
  const items = rows.slice(0, input.limit).map((row) => ({
    id: row.id,
    kind: row.kind as StockMovementKind,
    quantity: row.quantity,
    unitCostMinor: row.unitCostMinor,
    balanceAfter: row.balanceAfter,
    reason: row.reason,
    note: row.note,
    documentType: row.documentType,
    documentId: row.documentId,
    documentLabel:
      row.ticketNumber ?? row.supplierName ?? row.countNumber ?? row.orderNumber ?? row.invoiceNumber ?? null,
    actorName: row.actorName,
    createdAt: row.createdAt,
  }))
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null }
}

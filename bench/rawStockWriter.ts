/**
 * Writes a stock plan with raw prepared statements, producing the rows the services write: the same
 * statements' effects in the same order as suppliers.createSupplier, parts.createPart, parts.updatePart
 * (archiving), stock.postMovement (the movement with its running balance and moving-average cost,
 * the cached level, the audit row) and stockCounts.startCount / recordCount / postCount.
 * bench/generate.test.ts holds it to that against the services.
 *
 * As in rawWriter.ts, ids and times are the plan's instead of the clock's. The cached level of each
 * part is written once, at the end, with what the last movement left (the services upsert it after
 * every movement; the row that remains is the same, in the same order of first movement).
 */
import type SQLite from 'better-sqlite3'
import { V7Generator } from 'uuidv7'
import { contract } from '../shared/contract'
import { movingAverageCost } from '../shared/domain/stock'
import type { Actor } from '../main/services/context'
import { partSearchText } from '../main/services/parts.queries'
import type { CataloguePart } from './partsData'
import type { Random } from './shopData'
import { movementOf, type StockEvent } from './stockPlan'
import type { Movement } from '../main/services/stock'

type PartInput = ReturnType<(typeof contract)['parts.create']['input']['parse']>

/** The part as the catalogue screen sends it, parsed by the contract as the door does. */
export function partInput(part: CataloguePart, supplierId: string | null): PartInput {
  return contract['parts.create'].input.parse({ ...part.input, defaultSupplierId: supplierId })
}

/** The same part, archived: what the catalogue screen sends when the shop stops stocking it. */
export function archiveInput(part: CataloguePart, supplierId: string | null, id: string) {
  return contract['parts.update'].input.parse({
    ...part.input,
    defaultSupplierId: supplierId,
    active: false,
    id,
  })
}

export function supplierInput(input: unknown) {
  return contract['suppliers.create'].input.parse(input)
}

/** A count of one category, as the count page starts it. */
export function countStartInput(category: string) {
  return contract['stockCounts.start'].input.parse({ scope: 'category', scopeValue: category })
}

/** One line's typed figure. */
export function countRecordInput(countId: string, partId: string, counted: number) {
  return contract['stockCounts.record'].input.parse({ countId, partId, quantity: counted, mode: 'set' })
}

/** parts.ts: trimmed, without blanks or repeats. */
function uniqueCodes(codes: string[]): string[] {
  return [...new Set(codes.map((code) => code.trim()).filter(Boolean))]
}

/** parts.ts columnsOf: the row's columns from the input. */
function columnsOf(input: Omit<PartInput, never>, barcodes: string[]) {
  const { barcodes: _barcodes, serialized, active, ...fields } = input
  return {
    ...fields,
    serialized: serialized ? 1 : 0,
    active: active ? 1 : 0,
    searchText: partSearchText({ ...input, barcodes }),
  }
}

export interface StockWriterCounts {
  suppliers: number
  parts: number
  archived: number
  movements: number
  counts: number
  rows: number
}

interface OpenCount {
  id: string
  number: string
  /** In the order startCount's insert-select writes them (the parts table's order). */
  lines: { part: number; expected: number; unitCostMinor: number; counted: number | null }[]
  byPart: Map<number, number>
}

export class RawStockWriter {
  private readonly ids: V7Generator
  private readonly supplierIds: string[] = []
  private readonly partIds: (string | undefined)[]
  private readonly onHand: Float64Array
  private readonly averageCost: Float64Array
  private readonly levelAt: string[]
  /** Parts in the order of their first movement: the order the services' upsert inserts levels in. */
  private readonly levelOrder: number[] = []
  /** Parts in creation order, and whether each is active. */
  private readonly creationOrder: number[] = []
  private readonly active: Uint8Array
  private readonly openCounts = new Map<number, OpenCount>()
  private countSequence = 0
  private readonly statements: Record<
    | 'supplier'
    | 'part'
    | 'partUpdate'
    | 'barcode'
    | 'barcodeDelete'
    | 'movement'
    | 'level'
    | 'audit'
    | 'count'
    | 'countLine'
    | 'countRecord'
    | 'countClose'
    | 'sequence',
    SQLite.Statement
  >
  readonly counts: StockWriterCounts = {
    suppliers: 0,
    parts: 0,
    archived: 0,
    movements: 0,
    counts: 0,
    rows: 0,
  }

  constructor(
    sqlite: SQLite.Database,
    private readonly outletCode: string,
    private readonly actor: Actor,
    random: Random,
    private readonly catalogue: readonly CataloguePart[],
    /** The id of the ticket the plan numbers `ordinal` (creation order). */
    private readonly ticketId: (ordinal: number) => string,
  ) {
    this.ids = new V7Generator(random)
    this.partIds = new Array<string | undefined>(catalogue.length)
    this.onHand = new Float64Array(catalogue.length)
    this.averageCost = new Float64Array(catalogue.length)
    this.levelAt = new Array<string>(catalogue.length)
    this.active = new Uint8Array(catalogue.length)
    const insert = (table: string, columns: string[]) =>
      sqlite.prepare(
        `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) ` +
          `values (${columns.map((column) => `@${column}`).join(', ')})`,
      )
    const partColumns = [
      'sku',
      'name',
      'category',
      'brand',
      'compatibleModels',
      'unit',
      'priceMinor',
      'reorderPoint',
      'reorderQuantity',
      'bin',
      'defaultSupplierId',
      'serialized',
      'active',
      'searchText',
    ]
    this.statements = {
      supplier: insert('suppliers', [
        'id',
        'name',
        'contact',
        'phone',
        'email',
        'address',
        'paymentTerms',
        'notes',
        'active',
        'createdAt',
        'updatedAt',
      ]),
      part: insert('parts', ['id', ...partColumns, 'createdAt', 'updatedAt']),
      partUpdate: sqlite.prepare(
        `update "parts" set ${[...partColumns, 'updatedAt'].map((column) => `"${column}" = @${column}`).join(', ')} ` +
          'where "id" = @id',
      ),
      barcode: insert('partBarcodes', ['barcode', 'partId']),
      barcodeDelete: sqlite.prepare('delete from "partBarcodes" where "partId" = ?'),
      movement: insert('stockMovements', [
        'id',
        'partId',
        'kind',
        'quantity',
        'unitCostMinor',
        'balanceAfter',
        'averageCostAfter',
        'reason',
        'note',
        'documentType',
        'documentId',
        'actorId',
        'createdAt',
      ]),
      level: insert('stockLevels', ['partId', 'onHand', 'averageCostMinor', 'updatedAt']),
      audit: insert('auditLog', ['id', 'at', 'actorId', 'action', 'entity', 'entityId', 'data']),
      count: insert('stockCounts', [
        'id',
        'number',
        'scope',
        'scopeValue',
        'status',
        'note',
        'createdAt',
        'createdBy',
        'closedAt',
        'closedBy',
      ]),
      countLine: insert('stockCountLines', [
        'countId',
        'partId',
        'expected',
        'counted',
        'unitCostMinor',
        'updatedAt',
      ]),
      countRecord: sqlite.prepare(
        'update "stockCountLines" set "counted" = @counted, "updatedAt" = @updatedAt ' +
          'where "countId" = @countId and "partId" = @partId',
      ),
      countClose: sqlite.prepare(
        'update "stockCounts" set "status" = @status, "closedAt" = @closedAt, "closedBy" = @closedBy ' +
          'where "id" = @id and "status" = \'open\'',
      ),
      sequence: sqlite.prepare('insert into "documentSequences" ("name", "nextValue") values (?, ?)'),
    }
  }

  supplierId(ordinal: number): string {
    const id = this.supplierIds[ordinal]
    if (id === undefined) throw new Error(`plan refers to supplier ${ordinal} before it exists`)
    return id
  }

  partId(part: number): string {
    const id = this.partIds[part]
    if (id === undefined) throw new Error(`plan refers to part ${part} before it exists`)
    return id
  }

  private newId(at: number): string {
    return this.ids.generateOrResetWithTs(at).toString()
  }

  private audit(
    at: string,
    ms: number,
    action: string,
    entity: string,
    entityId: string,
    data: string,
  ): void {
    this.statements.audit.run({
      id: this.newId(ms),
      at,
      actorId: this.actor.id,
      action,
      entity,
      entityId,
      data,
    })
    this.counts.rows += 1
  }

  /** Writes one event of the plan; call inside the caller's transaction. */
  write(event: StockEvent): void {
    const at = new Date(event.at).toISOString()
    switch (event.type) {
      case 'supplier': {
        // suppliers.createSupplier: row, audit of the input.
        const input = supplierInput(event.input)
        const id = this.newId(event.at)
        this.statements.supplier.run({ id, ...input, active: 1, createdAt: at, updatedAt: at })
        this.audit(at, event.at, 'suppliers.create', 'supplier', id, JSON.stringify(input))
        this.supplierIds.push(id)
        this.counts.suppliers += 1
        this.counts.rows += 1
        return
      }
      case 'part': {
        // parts.createPart: row, barcodes, audit of the input.
        const part = this.catalogue[event.part]!
        const input = partInput(part, part.supplier === null ? null : this.supplierId(part.supplier))
        const barcodes = uniqueCodes(input.barcodes)
        const id = this.newId(event.at)
        this.statements.part.run({ id, ...columnsOf(input, barcodes), createdAt: at, updatedAt: at })
        for (const barcode of barcodes) this.statements.barcode.run({ barcode, partId: id })
        this.audit(at, event.at, 'parts.create', 'part', id, JSON.stringify(input))
        this.partIds[event.part] = id
        this.creationOrder.push(event.part)
        this.active[event.part] = input.active ? 1 : 0
        this.counts.parts += 1
        this.counts.rows += 1 + barcodes.length
        return
      }
      case 'archive': {
        // parts.updatePart with active false: every column again, barcodes rewritten, audit.
        const part = this.catalogue[event.part]!
        const id = this.partId(event.part)
        const input = archiveInput(part, part.supplier === null ? null : this.supplierId(part.supplier), id)
        const { id: _id, ...fields } = input
        const barcodes = uniqueCodes(fields.barcodes)
        this.statements.partUpdate.run({ ...columnsOf(fields, barcodes), updatedAt: at, id })
        this.statements.barcodeDelete.run(id)
        for (const barcode of barcodes) this.statements.barcode.run({ barcode, partId: id })
        this.audit(at, event.at, 'parts.update', 'part', id, JSON.stringify(input))
        this.active[event.part] = input.active ? 1 : 0
        this.counts.archived += 1
        return
      }
      case 'countStart':
        this.startCount(event.count, event.category, event.at, at)
        return
      case 'countRecord': {
        // stockCounts.recordCount: the line's figure, audit.
        const count = this.openCount(event.count)
        const line = count.lines[count.byPart.get(event.part) ?? -1]
        if (!line) throw new Error(`count ${count.number} has no line for part ${event.part}`)
        const input = countRecordInput(count.id, this.partId(event.part), event.counted)
        line.counted = input.quantity
        this.statements.countRecord.run({
          counted: line.counted,
          updatedAt: at,
          countId: count.id,
          partId: input.partId,
        })
        this.audit(
          at,
          event.at,
          'stockCounts.record',
          'stockCount',
          count.id,
          JSON.stringify({
            partId: input.partId,
            mode: input.mode,
            quantity: input.quantity,
            counted: line.counted,
          }),
        )
        return
      }
      case 'countPost':
        this.postCount(event.count, event.at, at)
        return
      case 'movement': {
        const planned = event.movement
        const partId = this.partId(event.part)
        const document = planned.document
        const documentId =
          document === null
            ? null
            : document.type === 'ticket'
              ? this.ticketId(document.ticket)
              : this.supplierId(document.supplier)
        this.post(event.part, movementOf(planned, partId, documentId), event.at, at)
        return
      }
    }
  }

  /** stock.postMovement. */
  private post(part: number, movement: Movement, ms: number, at: string): void {
    const onHand = this.onHand[part]!
    const averageCost = this.averageCost[part]!
    const balanceAfter = onHand + movement.quantity
    if (movement.quantity < 0 && balanceAfter < 0) {
      throw new Error(`Not enough stock: ${onHand} on hand, ${-movement.quantity} asked for.`)
    }
    const isReceipt = movement.kind === 'receipt'
    const unitCostMinor = isReceipt ? (movement.unitCostMinor ?? averageCost) : averageCost
    const nextAverage = isReceipt
      ? movingAverageCost(onHand, averageCost, movement.quantity, unitCostMinor)
      : averageCost
    this.statements.movement.run({
      id: this.newId(ms),
      partId: movement.partId,
      kind: movement.kind,
      quantity: movement.quantity,
      unitCostMinor,
      balanceAfter,
      averageCostAfter: nextAverage,
      reason: movement.reason ?? '',
      note: movement.note ?? '',
      documentType: movement.documentType ?? null,
      documentId: movement.documentId ?? null,
      actorId: this.actor.id,
      createdAt: at,
    })
    if (this.levelAt[part] === undefined) this.levelOrder.push(part)
    this.onHand[part] = balanceAfter
    this.averageCost[part] = nextAverage
    this.levelAt[part] = at
    this.audit(
      at,
      ms,
      `stock.${movement.kind}`,
      'part',
      movement.partId,
      JSON.stringify({ ...movement, balanceAfter }),
    )
    this.counts.movements += 1
    this.counts.rows += 1
  }

  private openCount(ordinal: number): OpenCount {
    const count = this.openCounts.get(ordinal)
    if (!count) throw new Error(`plan refers to count ${ordinal}, which is not open`)
    return count
  }

  /**
   * stockCounts.startCount of a category: the count numbered from the outlet's sequence, a line for
   * every active part of the category with its on hand and average cost frozen, audit.
   */
  private startCount(ordinal: number, category: string, ms: number, at: string): void {
    const input = countStartInput(category)
    const scopeValue = input.scope === 'all' ? '' : input.scopeValue
    const id = this.newId(ms)
    this.countSequence += 1
    if (this.countSequence !== ordinal) throw new Error(`count ${ordinal} started out of order`)
    const number = `${this.outletCode}-C${String(this.countSequence).padStart(6, '0')}`
    this.statements.count.run({
      id,
      number,
      scope: input.scope,
      scopeValue,
      status: 'open',
      note: input.note,
      createdAt: at,
      createdBy: this.actor.id,
      closedAt: null,
      closedBy: null,
    })
    const count: OpenCount = { id, number, lines: [], byPart: new Map() }
    for (const part of this.creationOrder) {
      if (
        !this.active[part] ||
        this.catalogue[part]!.input.category.toLowerCase() !== scopeValue.toLowerCase()
      )
        continue
      const line = {
        part,
        expected: this.onHand[part]!,
        unitCostMinor: this.averageCost[part]!,
        counted: null,
      }
      this.statements.countLine.run({
        countId: id,
        partId: this.partId(part),
        expected: line.expected,
        counted: null,
        unitCostMinor: line.unitCostMinor,
        updatedAt: at,
      })
      count.byPart.set(part, count.lines.length)
      count.lines.push(line)
    }
    this.audit(
      at,
      ms,
      'stockCounts.start',
      'stockCount',
      id,
      JSON.stringify({ number, ...input, scopeValue }),
    )
    this.openCounts.set(ordinal, count)
    this.counts.counts += 1
    this.counts.rows += 1 + count.lines.length
  }

  /** stockCounts.postCount: each counted line's variance as a correction (by SKU), closed, audit. */
  private postCount(ordinal: number, ms: number, at: string): void {
    const count = this.openCount(ordinal)
    const corrections = count.lines
      .filter((line) => line.counted !== null && line.counted !== line.expected)
      .map((line) => ({ ...line, sku: this.catalogue[line.part]!.input.sku }))
      .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0))
    let varianceValueMinor = 0
    for (const line of corrections) {
      const variance = line.counted! - line.expected
      varianceValueMinor += variance * line.unitCostMinor
      this.post(
        line.part,
        {
          partId: this.partId(line.part),
          kind: 'count',
          quantity: variance,
          reason: 'count',
          documentType: 'count',
          documentId: count.id,
        },
        ms,
        at,
      )
    }
    this.statements.countClose.run({ status: 'posted', closedAt: at, closedBy: this.actor.id, id: count.id })
    this.audit(
      at,
      ms,
      'stockCounts.post',
      'stockCount',
      count.id,
      JSON.stringify({ number: count.number, corrections: corrections.length, varianceValueMinor }),
    )
    this.openCounts.delete(ordinal)
  }

  /** The cached levels, as the last upsert of each part left them. */
  finish(): void {
    if (this.openCounts.size > 0) throw new Error('the stock plan left a count open')
    if (this.countSequence > 0) {
      this.statements.sequence.run(`count:${this.outletCode}`, this.countSequence + 1)
      this.counts.rows += 1
    }
    for (const part of this.levelOrder) {
      this.statements.level.run({
        partId: this.partId(part),
        onHand: this.onHand[part],
        averageCostMinor: this.averageCost[part],
        updatedAt: this.levelAt[part],
      })
    }
    this.counts.rows += this.levelOrder.length
  }
}

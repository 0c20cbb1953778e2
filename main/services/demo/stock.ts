/**
 * The demo shop's stock: its suppliers and catalogue, the opening stock, a restocking order received,
 * another partly received and a draft, a broken part written off, and a posted count of the
 * accessories with a unit missing. Everything through the stock services, so the ledger, the levels
 * and the moving-average cost agree.
 */
import type { Locale } from '../../../shared/contract'
import type { Actor, Executor } from '../context'
import { createPart } from '../parts'
import { createPurchaseOrder, placePurchaseOrder, receivePurchaseOrder } from '../purchaseOrders'
import { adjustStock, receiveStock } from '../stock'
import { getCount, postCount, recordCount, startCount } from '../stockCounts'
import { createSupplier } from '../suppliers'
import { suppliers, words } from './catalogue'
import { input } from './input'
import { accessoryCategory, currencyIndex, parts } from './parts'
import type { Calendar, Schedule } from './schedule'

export interface StockBook {
  /** Part id by SKU. */
  partIds: Map<string, string>
  supplierIds: string[]
}

/** An EAN-13 barcode from its first twelve digits. */
function ean13(base: string): string {
  const sum = [...base].reduce((total, digit, index) => total + Number(digit) * (index % 2 ? 3 : 1), 0)
  return base + String((10 - (sum % 10)) % 10)
}

/** Suppliers, the catalogue and the opening stock, before the first day opens. */
export async function setUpStock(db: Executor, locale: Locale, actor: Actor): Promise<StockBook> {
  const supplierIds: string[] = []
  for (const supplier of suppliers[locale]) {
    supplierIds.push((await createSupplier(db, input('suppliers.create', supplier), actor)).id)
  }
  const money = currencyIndex[locale]
  const partIds = new Map<string, string>()
  for (const [index, part] of parts.entries()) {
    const created = await createPart(
      db,
      input('parts.create', {
        sku: part.sku,
        name: part.name[locale],
        category: part.category[locale],
        brand: part.brand,
        compatibleModels: part.compatibleModels,
        barcodes: [ean13(`69712040${String(index + 10).padStart(4, '0')}`)],
        priceMinor: part.price[money],
        reorderPoint: part.reorderPoint,
        reorderQuantity: part.reorderQuantity,
        bin: part.bin,
        defaultSupplierId: supplierIds[part.supplier] ?? null,
      }),
      actor,
    )
    partIds.set(part.sku, created.id)
    await receiveStock(
      db,
      input('stock.receive', {
        partId: created.id,
        quantity: part.opening,
        unitCostMinor: part.cost[money],
        supplierId: supplierIds[part.supplier] ?? null,
        note: words.openingStock[locale],
      }),
      actor,
    )
  }
  return { partIds, supplierIds }
}

/** An order of these SKUs from the supplier, at a little over the catalogue cost (prices move). */
async function order(
  db: Executor,
  book: StockBook,
  locale: Locale,
  supplier: number,
  lines: [string, number][],
  actor: Actor,
) {
  const money = currencyIndex[locale]
  return createPurchaseOrder(
    db,
    input('purchaseOrders.create', {
      supplierId: book.supplierIds[supplier] ?? '',
      note: words.reorder[locale],
      lines: lines.map(([sku, quantity]) => {
        const part = parts.find((candidate) => candidate.sku === sku)
        return {
          partId: book.partIds.get(sku) ?? '',
          quantity,
          unitCostMinor: Math.round((part?.cost[money] ?? 0) * 1.05),
        }
      }),
    }),
    actor,
  )
}

/** Receives `share` (0 to 1) of each line still outstanding, at the ordered cost. */
async function receive(db: Executor, orderId: string, share: number, lines: OrderLines, actor: Actor) {
  await receivePurchaseOrder(
    db,
    input('purchaseOrders.receive', {
      id: orderId,
      lines: lines
        .map((line) => ({
          lineId: line.id,
          quantity: Math.max(1, Math.floor(line.quantityOutstanding * share)),
          unitCostMinor: line.unitCostMinor,
        }))
        .slice(0, share < 1 ? Math.max(1, lines.length - 1) : lines.length),
    }),
    actor,
  )
}

type OrderLines = Awaited<ReturnType<typeof createPurchaseOrder>>['lines']

/** The stock's weeks: orders placed and received, a write-off, a count. */
export function scheduleStock(
  schedule: Schedule,
  calendar: Calendar,
  context: { db: Executor; locale: Locale; actor: Actor; book: StockBook },
): void {
  const { db, locale, actor, book } = context
  const last = calendar.days
  // A restocking order placed in the first week, received three days later.
  schedule.add(calendar.at(5, 18.75), async () => {
    const placed = await order(
      db,
      book,
      locale,
      0,
      [
        ['IP13-SCR', 4],
        ['IP15P-SCR', 2],
        ['IP13-BAT', 6],
        ['CASE-IP15P', 20],
      ],
      actor,
    )
    await placePurchaseOrder(db, placed.id, actor)
    schedule.add(calendar.at(8, 11.25), () => receive(db, placed.id, 1, placed.lines, actor))
  })
  // The wholesaler's order: half of it came, the rest is still awaited.
  schedule.add(calendar.at(last - 6, 18.6), async () => {
    const placed = await order(
      db,
      book,
      locale,
      1,
      [
        ['MATE60-SCR', 2],
        ['TYPEC-PORT', 10],
        ['FILM-GLASS', 50],
        ['CABLE-C1M', 20],
      ],
      actor,
    )
    await placePurchaseOrder(db, placed.id, actor)
    schedule.add(calendar.at(last - 3, 14.5), () => receive(db, placed.id, 0.5, placed.lines, actor))
  })
  // Tomorrow's order, written but not yet sent.
  schedule.add(calendar.at(last - 1, 18.4), async () => {
    await order(
      db,
      book,
      locale,
      2,
      [
        ['PUMP-WM', 2],
        ['PASTE-TG', 10],
      ],
      actor,
    )
  })
  schedule.add(calendar.at(9, 15.2), async () => {
    await adjustStock(
      db,
      input('stock.adjust', {
        partId: book.partIds.get('FILM-GLASS') ?? '',
        quantity: -1,
        reason: 'damaged',
        note: words.damaged[locale],
      }),
      actor,
    )
  })
  schedule.add(calendar.at(12, 19.5), () => countAccessories(db, locale, book, actor))
}

/** After closing: the accessories counted, one screen protector missing, the count posted. */
async function countAccessories(db: Executor, locale: Locale, book: StockBook, actor: Actor): Promise<void> {
  const count = await startCount(
    db,
    input('stockCounts.start', {
      scope: 'category',
      scopeValue: accessoryCategory[locale],
      note: words.countNote[locale],
    }),
    actor,
  )
  const missing = book.partIds.get('FILM-GLASS')
  for (const line of (await getCount(db, count.id)).lines) {
    const quantity = Math.max(0, line.expected - (line.partId === missing ? 1 : 0))
    await recordCount(
      db,
      input('stockCounts.record', { countId: count.id, partId: line.partId, quantity }),
      actor,
    )
  }
  await postCount(db, count.id, actor)
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  call,
  dumpRows,
  makePart,
  makeSupplier,
  makeTicket,
  openTestShop,
  receive,
  send,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

/** A supplier with a screen (no stock) and a battery (2 on hand at 800). */
async function catalogue() {
  const supplier = await makeSupplier(shop, { name: '华强北配件行' })
  const screen = await makePart(shop, {
    sku: 'SCR-13',
    barcodes: ['6901'],
    defaultSupplierId: supplier.id,
    reorderPoint: 2,
    reorderQuantity: 5,
  })
  const battery = await makePart(shop, {
    sku: 'BAT-13',
    defaultSupplierId: supplier.id,
    reorderPoint: 3,
    reorderQuantity: 4,
  })
  await receive(shop, battery.id, 2, 800)
  return { supplier, screen, battery }
}

function draft(supplierId: string, lines: { partId: string; quantity: number; unitCostMinor: number }[]) {
  return call(shop, 'purchaseOrders.create', { supplierId, note: '', lines })
}

describe('purchase orders', () => {
  it('numbers orders per outlet and starts them as drafts with their total', async () => {
    const { supplier, screen, battery } = await catalogue()
    const first = await draft(supplier.id, [
      { partId: screen.id, quantity: 3, unitCostMinor: 1500 },
      { partId: battery.id, quantity: 2, unitCostMinor: 800 },
    ])
    const second = await draft(supplier.id, [{ partId: screen.id, quantity: 1, unitCostMinor: 1500 }])
    expect(first).toMatchObject({ number: 'SC01-P000001', status: 'draft', version: 1, lineCount: 2 })
    expect(first.totalMinor).toBe(3 * 1500 + 2 * 800)
    expect(first.lines.map((line) => [line.sku, line.quantityOutstanding])).toEqual([
      ['SCR-13', 3],
      ['BAT-13', 2],
    ])
    expect(first.lines[0]?.barcodes).toEqual(['6901'])
    expect(second.number).toBe('SC01-P000002')
    const page = await call(shop, 'purchaseOrders.list', { limit: 1 })
    expect(page.items.map((order) => order.number)).toEqual(['SC01-P000002'])
    const next = await call(shop, 'purchaseOrders.list', { limit: 1, cursor: page.nextCursor })
    expect(next.items.map((order) => [order.number, order.totalMinor])).toEqual([['SC01-P000001', 6100]])
    expect(next.nextCursor).toBeNull()
  })

  it('updates a draft from the version the clerk saw and refuses a stale one, writing nothing', async () => {
    const { supplier, screen, battery } = await catalogue()
    const order = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    const updated = await call(shop, 'purchaseOrders.update', {
      id: order.id,
      version: order.version,
      supplierId: supplier.id,
      note: '加急',
      lines: [{ partId: battery.id, quantity: 4, unitCostMinor: 790 }],
    })
    expect(updated).toMatchObject({ version: 2, note: '加急', totalMinor: 3160 })
    expect(updated.lines.map((line) => line.sku)).toEqual(['BAT-13'])

    const before = dumpRows(shop)
    const stale = await send(shop, 'purchaseOrders.update', {
      id: order.id,
      version: order.version,
      supplierId: supplier.id,
      lines: [{ partId: screen.id, quantity: 9, unitCostMinor: 1 }],
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('orders a draft once, edits only drafts, and refuses an inactive supplier', async () => {
    const { supplier, screen } = await catalogue()
    const order = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    const placed = await call(shop, 'purchaseOrders.order', { id: order.id })
    expect(placed).toMatchObject({ status: 'ordered', version: 2 })
    expect(placed.orderedAt).not.toBeNull()
    expect(await send(shop, 'purchaseOrders.order', { id: order.id })).toMatchObject({
      error: { code: 'CONFLICT' },
    })
    const edit = await send(shop, 'purchaseOrders.update', {
      id: order.id,
      version: placed.version,
      supplierId: supplier.id,
      lines: [{ partId: screen.id, quantity: 1, unitCostMinor: 1 }],
    })
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    await call(shop, 'suppliers.update', { ...supplier, active: false })
    const refused = await send(shop, 'purchaseOrders.create', {
      supplierId: supplier.id,
      lines: [{ partId: screen.id, quantity: 1, unitCostMinor: 1 }],
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { supplierId: 'inactive' } },
    })
  })

  it('cancels a draft or an order nothing arrived on, but not one partly received', async () => {
    const { supplier, screen } = await catalogue()
    const first = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    expect(await call(shop, 'purchaseOrders.cancel', { id: first.id })).toMatchObject({ status: 'cancelled' })

    const second = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    await call(shop, 'purchaseOrders.order', { id: second.id })
    const cancelled = await call(shop, 'purchaseOrders.cancel', { id: second.id })
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.closedAt).not.toBeNull()
    expect(await send(shop, 'purchaseOrders.order', { id: second.id })).toMatchObject({
      error: { code: 'CONFLICT' },
    })

    const third = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    await call(shop, 'purchaseOrders.order', { id: third.id })
    const line = third.lines[0]?.id ?? ''
    await call(shop, 'purchaseOrders.receive', {
      id: third.id,
      lines: [{ lineId: line, quantity: 1, unitCostMinor: 1500 }],
    })
    expect(await send(shop, 'purchaseOrders.cancel', { id: third.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it('receives part then the rest at the actual cost, posting receipts labelled with the PO number', async () => {
    const { supplier, screen, battery } = await catalogue()
    const order = await draft(supplier.id, [
      { partId: screen.id, quantity: 5, unitCostMinor: 1500 },
      { partId: battery.id, quantity: 2, unitCostMinor: 800 },
    ])
    const [screenLine, batteryLine] = order.lines
    if (!screenLine || !batteryLine) throw new Error('two lines expected')
    expect(
      await send(shop, 'purchaseOrders.receive', {
        id: order.id,
        lines: [{ lineId: screenLine.id, quantity: 1, unitCostMinor: 1500 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await call(shop, 'purchaseOrders.order', { id: order.id })

    const partly = await call(shop, 'purchaseOrders.receive', {
      id: order.id,
      lines: [
        { lineId: screenLine.id, quantity: 3, unitCostMinor: 1400 },
        { lineId: batteryLine.id, quantity: 2, unitCostMinor: 1100 },
      ],
    })
    expect(partly.status).toBe('partly_received')
    expect(partly.closedAt).toBeNull()
    expect(partly.lines.map((line) => [line.quantityReceived, line.quantityOutstanding])).toEqual([
      [3, 2],
      [2, 0],
    ])
    // The battery had 2 at 800; 2 more at 1100 average to 950.
    const batteryAfter = await call(shop, 'parts.get', { id: battery.id })
    expect(batteryAfter).toMatchObject({ onHand: 4, averageCostMinor: 950 })

    const done = await call(shop, 'purchaseOrders.receive', {
      id: order.id,
      lines: [{ lineId: screenLine.id, quantity: 2, unitCostMinor: 1700 }],
    })
    expect(done.status).toBe('received')
    expect(done.closedAt).not.toBeNull()
    // 3 at 1400 and 2 at 1700: (4200 + 3400) / 5 = 1520.
    expect(await call(shop, 'parts.get', { id: screen.id })).toMatchObject({
      onHand: 5,
      averageCostMinor: 1520,
    })

    const ledger = await call(shop, 'parts.movements', { id: screen.id })
    expect(
      ledger.items.map((item) => [item.kind, item.quantity, item.unitCostMinor, item.documentLabel]),
    ).toEqual([
      ['receipt', 2, 1700, 'SC01-P000001'],
      ['receipt', 3, 1400, 'SC01-P000001'],
    ])
    expect(ledger.items[0]?.documentType).toBe('purchase_order')
    expect(
      await send(shop, 'purchaseOrders.receive', {
        id: order.id,
        lines: [{ lineId: screenLine.id, quantity: 1, unitCostMinor: 1700 }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('refuses to receive more than is outstanding, and writes nothing', async () => {
    const { supplier, screen, battery } = await catalogue()
    const order = await draft(supplier.id, [
      { partId: screen.id, quantity: 2, unitCostMinor: 1500 },
      { partId: battery.id, quantity: 2, unitCostMinor: 800 },
    ])
    await call(shop, 'purchaseOrders.order', { id: order.id })
    const before = dumpRows(shop)
    const refused = await send(shop, 'purchaseOrders.receive', {
      id: order.id,
      lines: [
        { lineId: order.lines[0]?.id, quantity: 1, unitCostMinor: 1500 },
        { lineId: order.lines[1]?.id, quantity: 3, unitCostMinor: 800 },
      ],
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'lines.1.quantity': 'moreThanOutstanding' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('the orders of a part', () => {
  it('lists the open orders that carry a part, leaving out drafts, other parts and closed orders', async () => {
    const { supplier, screen, battery } = await catalogue()
    const open = await draft(supplier.id, [{ partId: screen.id, quantity: 3, unitCostMinor: 1500 }])
    await call(shop, 'purchaseOrders.order', { id: open.id })
    await draft(supplier.id, [{ partId: screen.id, quantity: 1, unitCostMinor: 1500 }])
    const other = await draft(supplier.id, [{ partId: battery.id, quantity: 1, unitCostMinor: 800 }])
    await call(shop, 'purchaseOrders.order', { id: other.id })
    const closed = await draft(supplier.id, [{ partId: screen.id, quantity: 1, unitCostMinor: 1500 }])
    await call(shop, 'purchaseOrders.order', { id: closed.id })
    await call(shop, 'purchaseOrders.cancel', { id: closed.id })

    const page = await call(shop, 'purchaseOrders.list', { partId: screen.id, openOnly: true })
    expect(page.items.map((order) => order.number)).toEqual([open.number])
    const all = await call(shop, 'purchaseOrders.list', { partId: screen.id })
    expect(all.items).toHaveLength(3)
  })
})

describe('reorder suggestions', () => {
  it('suggests parts at or below their reorder point per supplier, counting what is on order', async () => {
    const { supplier } = await catalogue()
    const loose = await makePart(shop, { sku: 'CBL-01', reorderPoint: 1, reorderQuantity: 10 })
    await makePart(shop, { sku: 'FULL-01', defaultSupplierId: supplier.id, reorderPoint: 1 })
    await receive(shop, (await makePart(shop, { sku: 'OK-01', reorderPoint: 1 })).id, 5, 100)

    const suggestions = await call(shop, 'purchaseOrders.suggestions', {})
    expect(suggestions.map((group) => [group.supplierName, group.lines.map((line) => line.sku)])).toEqual([
      ['华强北配件行', ['BAT-13', 'FULL-01', 'SCR-13']],
      [null, ['CBL-01']],
    ])
    const lines = suggestions[0]?.lines ?? []
    // Battery: 2 on hand, point 3, quantity 4 → 4 at its average cost.
    expect(lines[0]).toMatchObject({ onHand: 2, onOrder: 0, suggested: 4, unitCostMinor: 800 })
    // FULL-01 has no reorder quantity: enough to lift it above its point (0 → 2).
    expect(lines[1]).toMatchObject({ suggested: 2, unitCostMinor: 0 })
    expect(lines[2]).toMatchObject({ onHand: 0, suggested: 5 })
    expect(suggestions[1]?.lines[0]).toMatchObject({ partId: loose.id, suggested: 10 })

    const created = await call(shop, 'purchaseOrders.createFromSuggestions', { supplierIds: null })
    expect(created).toHaveLength(1)
    expect(created[0]?.lines.map((line) => [line.sku, line.quantityOrdered])).toEqual([
      ['BAT-13', 4],
      ['FULL-01', 2],
      ['SCR-13', 5],
    ])
    // Drafts are not on order yet: the suggestions stand until the order is placed.
    expect((await call(shop, 'purchaseOrders.suggestions', {}))[0]?.lines).toHaveLength(3)
    await call(shop, 'purchaseOrders.order', { id: created[0]?.id ?? '' })
    const after = await call(shop, 'purchaseOrders.suggestions', {})
    expect(after.map((group) => group.supplierId)).toEqual([null])
  })

  it('suggests the rest when an open order does not lift stock above the point', async () => {
    const { supplier, screen } = await catalogue()
    const order = await draft(supplier.id, [{ partId: screen.id, quantity: 1, unitCostMinor: 1500 }])
    await call(shop, 'purchaseOrders.order', { id: order.id })
    const suggestions = await call(shop, 'purchaseOrders.suggestions', {})
    const line = suggestions[0]?.lines.find((entry) => entry.sku === 'SCR-13')
    expect(line).toMatchObject({ onHand: 0, onOrder: 1, suggested: 5, unitCostMinor: 0 })
    const only = await call(shop, 'purchaseOrders.createFromSuggestions', {
      supplierIds: ['01900000-0000-7000-8000-000000000000'],
    })
    expect(only).toEqual([])
  })
})

describe('special orders on purchase orders', () => {
  it('keeps a line bought for a ticket when the draft is edited, and shows the ticket on it', async () => {
    const { supplier, screen, battery } = await catalogue()
    const ticket = await makeTicket(shop)
    const special = await call(shop, 'ticketParts.specialOrder', {
      ticketId: ticket.id,
      partId: screen.id,
      quantity: 1,
      unitCostMinor: 1500,
    })
    const order = await call(shop, 'purchaseOrders.get', { id: special.purchaseOrderId })
    // The draft editor sends lines as it shows them, without their ticket.
    const edited = await call(shop, 'purchaseOrders.update', {
      id: order.id,
      version: order.version,
      supplierId: supplier.id,
      note: '加急',
      lines: [
        { partId: screen.id, quantity: 2, unitCostMinor: 1600 },
        { partId: battery.id, quantity: 3, unitCostMinor: 800 },
      ],
    })
    expect(edited.lines.map((line) => [line.sku, line.quantityOrdered, line.ticketNumber])).toEqual([
      ['SCR-13', 2, ticket.number],
      ['BAT-13', 3, null],
    ])
  })

  it('does not count units bought for tickets as refilling stock in the reorder suggestions', async () => {
    const { supplier, screen } = await catalogue()
    const ticket = await makeTicket(shop)
    const special = await call(shop, 'ticketParts.specialOrder', {
      ticketId: ticket.id,
      partId: screen.id,
      quantity: 5,
      supplierId: supplier.id,
      unitCostMinor: 1500,
    })
    await call(shop, 'purchaseOrders.order', { id: special.purchaseOrderId })
    const groups = await call(shop, 'purchaseOrders.suggestions', {})
    const line = groups[0]?.lines.find((candidate) => candidate.sku === 'SCR-13')
    expect(line).toMatchObject({ onOrder: 0, suggested: 5 })
  })
})

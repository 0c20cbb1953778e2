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
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'
import { releaseTicketReservations } from './ticketParts'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

/**
 * The stock ledger's promises for one part: on hand is the sum of its movements and the cached
 * level; the cached reserved figure is the sum of the part's reserved ticket rows.
 */
function expectLedgerAgrees(partId: string): void {
  const one = (sql: string) => shop.sqlite.prepare(sql).pluck().get(partId) as number | null
  const ledger = one('select coalesce(sum(quantity), 0) from stockMovements where partId = ?')
  const level = one('select coalesce(max(onHand), 0) from stockLevels where partId = ?')
  const reservedRows = one(
    "select coalesce(sum(quantity), 0) from ticketParts where partId = ? and status = 'reserved'",
  )
  const reservedCache = one('select coalesce(max(reserved), 0) from stockLevels where partId = ?')
  expect(level).toBe(ledger)
  expect(reservedCache).toBe(reservedRows)
}

/** A ticket on the bench and a screen with 5 on hand at 12000 from the shop's supplier. */
async function bench() {
  const supplier = await makeSupplier(shop)
  const ticket = await makeTicket(shop)
  await setTicketStatus(shop, ticket.id, 'in_repair')
  const part = await makePart(shop, {
    sku: 'IP13-SCR',
    name: 'iPhone 13 屏幕',
    defaultSupplierId: supplier.id,
  })
  await receive(shop, part.id, 5, 12000)
  return { supplier, ticket, part }
}

function events(ticketId: string, kind: string) {
  return (
    shop.sqlite
      .prepare('select data from ticketEvents where ticketId = ? and kind = ? order by id')
      .pluck()
      .all(ticketId, kind) as string[]
  ).map((data) => JSON.parse(data) as Record<string, unknown>)
}

function version(ticketId: string): number {
  return shop.sqlite.prepare('select version from tickets where id = ?').pluck().get(ticketId) as number
}

describe('reserving parts for a ticket', () => {
  it('lowers what is available, not what is on hand, everywhere the part shows', async () => {
    const { ticket, part } = await bench()
    const before = version(ticket.id)
    const parts = await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 2 })
    expect(parts).toMatchObject([{ sku: 'IP13-SCR', quantity: 2, status: 'reserved', available: 3 }])
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({
      onHand: 5,
      reserved: 2,
      available: 3,
    })
    const found = await call(shop, 'parts.search', { query: 'IP13' })
    expect(found.items[0]).toMatchObject({ onHand: 5, reserved: 2, available: 3 })
    expect(events(ticket.id, 'part')).toEqual([
      { action: 'reserved', sku: 'IP13-SCR', name: 'iPhone 13 屏幕', quantity: 2 },
    ])
    expect(version(ticket.id)).toBe(before + 1)
    expectLedgerAgrees(part.id)
  })

  it('refuses more than is available, counting what other tickets hold, and writes nothing', async () => {
    const { ticket, part } = await bench()
    const other = await makeTicket(shop)
    await call(shop, 'ticketParts.add', { ticketId: other.id, partId: part.id, quantity: 4 })
    const before = dumpRows(shop)
    const refused = await send(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 2 })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { quantity: 'notEnoughStock' }, detail: { available: 1 } },
    })
    const fitNow = await send(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 2,
      use: true,
    })
    expect(fitNow).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('lets a shop that allows negative stock reserve beyond it', async () => {
    const { ticket, part } = await bench()
    await shop.db.updateTable('settings').set({ allowNegativeStock: 1 }).execute()
    await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 7 })
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ onHand: 5, available: -2 })
    expectLedgerAgrees(part.id)
  })

  it('refuses closed tickets and archived parts', async () => {
    const { ticket, part } = await bench()
    await setTicketStatus(shop, ticket.id, 'collected')
    expect(
      await send(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.ticketClosed' } },
    })
    const open = await makeTicket(shop)
    const archived = await makePart(shop, { sku: 'OLD-1', active: false })
    expect(
      await send(shop, 'ticketParts.add', { ticketId: open.id, partId: archived.id, quantity: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.partArchived' } },
    })
  })
})

describe('using and returning parts', () => {
  it('fits a reserved part: repair_use posted, on hand drops, the reservation goes, the cost is kept', async () => {
    const { ticket, part } = await bench()
    const [reserved] = await call(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 2,
    })
    const used = await call(shop, 'ticketParts.use', { id: reserved!.id })
    expect(used).toMatchObject([{ status: 'used', quantity: 2, unitCostMinor: 12000, available: 3 }])
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({
      onHand: 3,
      reserved: 0,
      available: 3,
    })
    const movement = shop.sqlite
      .prepare(
        "select kind, quantity, documentType, documentId from stockMovements where kind = 'repair_use'",
      )
      .get()
    expect(movement).toEqual({
      kind: 'repair_use',
      quantity: -2,
      documentType: 'ticket',
      documentId: ticket.id,
    })
    expect(events(ticket.id, 'part').map((data) => data.action)).toEqual(['reserved', 'used'])
    expectLedgerAgrees(part.id)
  })

  it('fits a part at once with "use now"', async () => {
    const { ticket, part } = await bench()
    const parts = await call(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
      use: true,
    })
    expect(parts).toMatchObject([{ status: 'used', unitCostMinor: 12000 }])
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ onHand: 4, reserved: 0 })
    expect(events(ticket.id, 'part').map((data) => data.action)).toEqual(['used'])
    expectLedgerAgrees(part.id)
  })

  it('puts a reservation back (released) and returns a used part to stock (returned)', async () => {
    const { ticket, part } = await bench()
    const [first] = await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 2 })
    const afterRelease = await call(shop, 'ticketParts.return', { id: first!.id })
    expect(afterRelease[0]).toMatchObject({ status: 'released', available: 5 })
    expectLedgerAgrees(part.id)

    const fitted = await call(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
      use: true,
    })
    const usedRow = fitted.find((row) => row.status === 'used')!
    await call(shop, 'ticketParts.return', { id: usedRow.id })
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ onHand: 5, reserved: 0 })
    const kinds = shop.sqlite.prepare('select kind from stockMovements order by id').pluck().all()
    expect(kinds).toEqual(['receipt', 'repair_use', 'repair_return'])
    expect(events(ticket.id, 'part').map((data) => data.action)).toEqual([
      'reserved',
      'released',
      'used',
      'returned',
    ])
    expectLedgerAgrees(part.id)
  })

  it('refuses a use or a return the row is past, and writes nothing', async () => {
    const { ticket, part } = await bench()
    const [row] = await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 1 })
    await call(shop, 'ticketParts.return', { id: row!.id })
    const before = dumpRows(shop)
    expect(await send(shop, 'ticketParts.use', { id: row!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.cannot.used', status: 'released' } },
    })
    expect(await send(shop, 'ticketParts.return', { id: row!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.cannot.returned' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('releases a reservation of a cancelled ticket but keeps a fitted part on a collected one', async () => {
    const { ticket, part } = await bench()
    const [reserved] = await call(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
    })
    const fitted = await call(shop, 'ticketParts.add', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
      use: true,
    })
    await setTicketStatus(shop, ticket.id, 'cancelled')
    await call(shop, 'ticketParts.return', { id: reserved!.id })
    const usedRow = fitted.find((row) => row.status === 'used')!
    expect(await send(shop, 'ticketParts.return', { id: usedRow.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'ticketParts:errors.ticketClosed' } },
    })
    expectLedgerAgrees(part.id)
  })

  it('frees everything a ticket holds when asked to (a cancelled ticket keeps no stock)', async () => {
    const { ticket, part } = await bench()
    await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 2 })
    await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 1 })
    const released = await shop.db
      .transaction()
      .execute((trx) => releaseTicketReservations(trx, ticket.id, shop.actor))
    expect(released).toBe(2)
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ reserved: 0, available: 5 })
    expect(events(ticket.id, 'part').map((data) => data.action)).toEqual([
      'reserved',
      'reserved',
      'released',
      'released',
    ])
    expectLedgerAgrees(part.id)
  })

  it('frees the parts of a ticket the customer cancels, in the status change itself', async () => {
    const { ticket, part } = await bench()
    await call(shop, 'ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 2 })
    await setTicketStatus(shop, ticket.id, 'awaiting_parts')
    await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: version(ticket.id),
      toStatus: 'cancelled',
      note: '客户不修了',
    })
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({
      onHand: 5,
      reserved: 0,
      available: 5,
    })
    expect(await call(shop, 'ticketParts.list', { ticketId: ticket.id })).toMatchObject([
      { status: 'released' },
    ])
    expectLedgerAgrees(part.id)
  })

  it('keeps the ledger and the reserved figure right through a run of mixed operations', async () => {
    const { ticket, part } = await bench()
    const other = await makeTicket(shop)
    await setTicketStatus(shop, other.id, 'in_repair')
    const rows: string[] = []
    for (let step = 0; step < 30; step++) {
      const target = step % 2 === 0 ? ticket.id : other.id
      const choice = (step * 7) % 4
      if (choice === 0 || rows.length === 0) {
        const result = await send(shop, 'ticketParts.add', {
          ticketId: target,
          partId: part.id,
          quantity: 1 + (step % 2),
          use: step % 3 === 0,
        })
        if (result.ok) rows.push(...(result.value as { id: string }[]).map((row) => row.id))
      } else if (choice === 1) {
        await send(shop, 'ticketParts.use', { id: rows[step % rows.length] })
      } else if (choice === 2) {
        await send(shop, 'ticketParts.return', { id: rows[step % rows.length] })
      } else {
        await receive(shop, part.id, 1, 11000)
      }
      expectLedgerAgrees(part.id)
    }
    const statuses = shop.sqlite
      .prepare('select distinct status from ticketParts order by status')
      .pluck()
      .all()
    expect(statuses).toEqual(['released', 'reserved', 'returned', 'used'])
  })
})

describe('special orders', () => {
  async function orderedOut() {
    const supplier = await makeSupplier(shop)
    const ticket = await makeTicket(shop)
    await setTicketStatus(shop, ticket.id, 'in_repair')
    const part = await makePart(shop, {
      sku: 'MATE60-BAT',
      name: 'Mate 60 电池',
      defaultSupplierId: supplier.id,
    })
    return { supplier, ticket, part }
  }

  it('puts a line for the ticket on the supplier draft and sets the ticket waiting for parts', async () => {
    const { ticket, part } = await orderedOut()
    const result = await call(shop, 'ticketParts.specialOrder', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
      unitCostMinor: 8000,
    })
    expect(result.purchaseOrderNumber).toBe('SC01-P000001')
    const order = await call(shop, 'purchaseOrders.get', { id: result.purchaseOrderId })
    expect(order).toMatchObject({ status: 'draft', totalMinor: 8000 })
    expect(order.lines).toMatchObject([
      { sku: 'MATE60-BAT', ticketId: ticket.id, ticketNumber: ticket.number },
    ])
    const detail = await call(shop, 'tickets.get', { id: ticket.id })
    expect(detail.status).toBe('awaiting_parts')
    expect(events(ticket.id, 'part')).toEqual([
      {
        action: 'special_ordered',
        sku: 'MATE60-BAT',
        name: 'Mate 60 电池',
        quantity: 1,
        purchaseOrderNumber: 'SC01-P000001',
      },
    ])
    const onOrder = await call(shop, 'ticketParts.list', { ticketId: ticket.id })
    expect(onOrder).toMatchObject([{ status: 'on_order', quantity: 1, purchaseOrderNumber: 'SC01-P000001' }])
  })

  it('adds a second special order to the same draft and leaves a status that cannot wait for parts', async () => {
    const { supplier, ticket, part } = await orderedOut()
    const other = await makeTicket(shop)
    await call(shop, 'ticketParts.specialOrder', { ticketId: ticket.id, partId: part.id, quantity: 1 })
    const second = await call(shop, 'ticketParts.specialOrder', {
      ticketId: other.id,
      partId: part.id,
      quantity: 2,
      supplierId: supplier.id,
    })
    expect(second.purchaseOrderNumber).toBe('SC01-P000001')
    const order = await call(shop, 'purchaseOrders.get', { id: second.purchaseOrderId })
    expect(order.lines.map((line) => [line.ticketNumber, line.quantityOrdered])).toEqual([
      [ticket.number, 1],
      [other.number, 2],
    ])
    // "received" cannot go to awaiting_parts: the status stays, the order is still placed.
    expect((await call(shop, 'tickets.get', { id: other.id })).status).toBe('received')
  })

  it('asks for a supplier when the part has none, and writes nothing', async () => {
    const ticket = await makeTicket(shop)
    const part = await makePart(shop, { sku: 'NO-SUP' })
    const before = dumpRows(shop)
    expect(
      await send(shop, 'ticketParts.specialOrder', { ticketId: ticket.id, partId: part.id, quantity: 1 }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { supplierId: 'required' } } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('reserves the received units for the ticket, marks the arrival and tells the timeline', async () => {
    const { ticket, part } = await orderedOut()
    const { purchaseOrderId } = await call(shop, 'ticketParts.specialOrder', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 2,
      unitCostMinor: 8000,
    })
    const placed = await call(shop, 'purchaseOrders.order', { id: purchaseOrderId })
    const before = version(ticket.id)
    await call(shop, 'purchaseOrders.receive', {
      id: purchaseOrderId,
      lines: [{ lineId: placed.lines[0]!.id, quantity: 2, unitCostMinor: 8200 }],
    })
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({
      onHand: 2,
      reserved: 2,
      available: 0,
    })
    const detail = await call(shop, 'tickets.get', { id: ticket.id })
    expect(detail.partsArrivedAt).not.toBeNull()
    expect(version(ticket.id)).toBe(before + 1)
    expect(events(ticket.id, 'parts_arrived')).toEqual([
      { sku: 'MATE60-BAT', name: 'Mate 60 电池', quantity: 2, purchaseOrderNumber: 'SC01-P000001' },
    ])
    const parts = await call(shop, 'ticketParts.list', { ticketId: ticket.id })
    expect(parts).toMatchObject([{ status: 'reserved', quantity: 2 }])
    expectLedgerAgrees(part.id)

    // Fitting the arrived part takes the ticket off the counter's "parts arrived" list.
    await setTicketStatus(shop, ticket.id, 'in_repair')
    await call(shop, 'ticketParts.use', { id: parts[0]!.id })
    expect((await call(shop, 'tickets.get', { id: ticket.id })).partsArrivedAt).toBeNull()
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ onHand: 0, reserved: 0 })
    expectLedgerAgrees(part.id)
  })

  it('reserves nothing for a ticket cancelled before the part came', async () => {
    const { ticket, part } = await orderedOut()
    const { purchaseOrderId } = await call(shop, 'ticketParts.specialOrder', {
      ticketId: ticket.id,
      partId: part.id,
      quantity: 1,
      unitCostMinor: 8000,
    })
    const placed = await call(shop, 'purchaseOrders.order', { id: purchaseOrderId })
    await setTicketStatus(shop, ticket.id, 'cancelled')
    await call(shop, 'purchaseOrders.receive', {
      id: purchaseOrderId,
      lines: [{ lineId: placed.lines[0]!.id, quantity: 1, unitCostMinor: 8000 }],
    })
    expect(await call(shop, 'parts.get', { id: part.id })).toMatchObject({ onHand: 1, reserved: 0 })
    expect(events(ticket.id, 'parts_arrived')).toEqual([])
  })
})

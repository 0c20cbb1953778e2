/**
 * Test support for the workflow's later steps: an estimate written straight to its tables (the
 * estimates service is tested on its own) and a ticket handed back to its customer.
 */
import { newId } from '../../main/services/context'
import { call, setTicketStatus, type TestShop } from './shop'

/** An estimate of labour lines (price 100.00 each) with these descriptions and warranties. */
export async function writeEstimate(
  shop: TestShop,
  ticketId: string,
  estimate: { version?: number; status: string; lines: { description: string; warrantyDays: number }[] },
): Promise<void> {
  const estimateId = newId()
  await shop.db
    .insertInto('estimates')
    .values({
      id: estimateId,
      ticketId,
      version: estimate.version ?? 1,
      status: estimate.status,
      pricesIncludeTax: 1,
      subtotalMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
      costMinor: 0,
      note: '',
      createdAt: new Date().toISOString(),
      createdBy: shop.actor.id,
    })
    .execute()
  for (const [position, line] of estimate.lines.entries()) {
    await shop.db
      .insertInto('estimateLines')
      .values({
        id: newId(),
        estimateId,
        position,
        kind: 'labour',
        labourItemId: null,
        partId: null,
        description: line.description,
        quantity: 1,
        unitPriceMinor: 10000,
        taxRateBp: 0,
        netMinor: 10000,
        taxMinor: 0,
        totalMinor: 10000,
        unitCostMinor: 0,
        warrantyDays: line.warrantyDays,
      })
      .execute()
  }
}

/** The device handed back (through ready for pickup), optionally dated `collectedAt`. */
export async function collectTicket(shop: TestShop, ticketId: string, collectedAt?: string) {
  await setTicketStatus(shop, ticketId, 'ready_for_pickup')
  const { version } = await call(shop, 'tickets.get', { id: ticketId })
  const ticket = await call(shop, 'tickets.changeStatus', { id: ticketId, version, toStatus: 'collected' })
  if (!collectedAt) return ticket
  await shop.db.updateTable('tickets').set({ collectedAt }).where('id', '=', ticketId).execute()
  return call(shop, 'tickets.get', { id: ticketId })
}

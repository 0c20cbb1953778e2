import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  openDrawer,
  repairedTicket,
  moveTicket,
  type RepairedTicket,
} from '../../tests/support/badInputs/billing'
import {
  call,
  countRows,
  dumpRows,
  makeTicket,
  openTestShop,
  send,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await shop.db.updateTable('settings').set({ taxRateBp: 1300, pricesIncludeTax: 1 }).execute()
})
afterEach(async () => {
  await shop.close()
})

/** A drawer open with ¥500 float, then a repaired ticket with a ¥100 cash deposit. */
async function readyWithDeposit(): Promise<RepairedTicket> {
  await openDrawer(shop, 50000)
  return repairedTicket(shop, { depositMinor: 10000 })
}

function cashMovements() {
  return shop.db.selectFrom('cashMovements').select(['kind', 'amountMinor']).orderBy('id').execute()
}

describe("previewing a ticket's invoice", () => {
  it('brings the approved labour and other lines and the parts used, at the approved price, with the deposit', async () => {
    const { ticket, labourItemId } = await readyWithDeposit()
    const preview = await call(shop, 'invoices.preview', { ticketId: ticket.id })
    expect(preview.lines).toEqual([
      expect.objectContaining({
        kind: 'labour',
        labourItemId,
        unitPriceMinor: 20000,
        warrantyDays: 90,
        source: 'estimate',
      }),
      expect.objectContaining({
        kind: 'other',
        description: '检测费',
        unitPriceMinor: 1000,
        warrantyDays: 0,
        source: 'estimate',
      }),
      // The part used is charged at the approved ¥450 (its list price is ¥500), at the cost it left stock at.
      expect.objectContaining({
        kind: 'part',
        unitPriceMinor: 45000,
        unitCostMinor: 30000,
        warrantyDays: 90,
        taxRateBp: 1300,
        source: 'part_used',
      }),
    ])
    expect(preview).toMatchObject({
      warranty: false,
      totalMinor: 66000,
      depositMinor: 10000,
      dueMinor: 56000,
    })
    expect(preview.lines[0]).toMatchObject({ netMinor: 17699, taxMinor: 2301, totalMinor: 20000 })
    expect(preview.netMinor + preview.taxMinor).toBe(preview.totalMinor)
    expect(preview.totalMinor).toBe(preview.lines.reduce((sum, line) => sum + line.totalMinor, 0))
  })

  it('adds counter lines at catalogue prices, and shares an invoice discount over all lines', async () => {
    const { ticket, labourItemId, partId } = await readyWithDeposit()
    const preview = await call(shop, 'invoices.preview', {
      ticketId: ticket.id,
      lines: [
        { kind: 'part', partId, quantity: 1, discountMinor: 5000, discountReason: '老客户' },
        { kind: 'labour', labourItemId, quantity: 1 },
      ],
      invoiceDiscount: { amountMinor: 1000, reason: '凑整' },
    })
    expect(preview.lines.slice(3)).toEqual([
      expect.objectContaining({ kind: 'part', unitPriceMinor: 50000, source: 'counter', warrantyDays: 90 }),
      expect.objectContaining({ kind: 'labour', unitPriceMinor: 20000, source: 'counter', warrantyDays: 90 }),
    ])
    const shares = preview.lines.map((line, index) => line.discountMinor - (index === 3 ? 5000 : 0))
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(1000)
    expect(preview.lines[3]!.discountReason).toBe('老客户; 凑整')
    expect(preview).toMatchObject({ discountMinor: 6000, totalMinor: 66000 + 45000 + 20000 - 1000 })
  })

  it('charges nothing on a warranty repair, keeping the cost, and owes nothing', async () => {
    const original = await readyWithDeposit()
    await call(shop, 'tickets.pickup', {
      ticketId: original.ticket.id,
      version: original.ticket.version,
      payments: [{ tender: 'card', amountMinor: 56000 }],
    })
    const repeat = await makeTicket(shop, {
      customer: { kind: 'existing', id: original.ticket.customer.id },
      device: { kind: 'existing', id: original.ticket.device.id },
      warrantyOfTicketId: original.ticket.id,
      depositMinor: 3000,
    })
    const [row] = await call(shop, 'ticketParts.add', {
      ticketId: repeat.id,
      partId: original.partId,
      quantity: 1,
    })
    await call(shop, 'ticketParts.use', { id: row!.id })
    const preview = await call(shop, 'invoices.preview', {
      ticketId: repeat.id,
      lines: [{ kind: 'labour', labourItemId: original.labourItemId, quantity: 1 }],
    })
    expect(preview).toMatchObject({ warranty: true, totalMinor: 0, depositMinor: 3000, dueMinor: 0 })
    expect(preview.lines.map((line) => [line.kind, line.unitPriceMinor, line.unitCostMinor])).toEqual([
      ['part', 0, 30000],
      ['labour', 0, 0],
    ])
  })
})

describe('picking up a repaired device', () => {
  it('issues the invoice, applies the deposit, takes a split payment with change, and collects the ticket', async () => {
    const { ticket } = await readyWithDeposit()
    const invoice = await call(shop, 'tickets.pickup', {
      ticketId: ticket.id,
      version: ticket.version,
      payments: [
        { tender: 'cash', amountMinor: 30000, tenderedMinor: 50000 },
        { tender: 'wechat', amountMinor: 26000, reference: '4200001234' },
      ],
    })
    expect(invoice).toMatchObject({
      number: 'SC01-I000001',
      kind: 'invoice',
      ticket: { id: ticket.id, number: ticket.number },
      customer: { id: ticket.customer.id },
      totalMinor: 66000,
      paidMinor: 66000,
      balanceMinor: 0,
      paymentStatus: 'paid',
    })
    expect(
      invoice.payments.map((p) => [p.kind, p.tender, p.amountMinor, p.tenderedMinor, p.changeMinor]),
    ).toEqual([
      ['deposit_applied', 'deposit', 10000, null, 0],
      ['payment', 'cash', 30000, 50000, 20000],
      ['payment', 'wechat', 26000, null, 0],
    ])
    // The repair warranty runs from the pickup: 90 days on the labour and the part fitted.
    const ends = invoice.lines.map((line) => line.warrantyEnd)
    expect(ends[1]).toBeNull()
    expect(Date.parse(ends[0]!) - Date.parse(invoice.issuedAt)).toBe(90 * 24 * 3600 * 1000)
    expect(invoice.warrantyEnd).toBe(ends[0])

    const after = await call(shop, 'tickets.get', { id: ticket.id })
    expect(after).toMatchObject({ status: 'collected', version: ticket.version + 1 })
    expect(after.collectedAt).not.toBeNull()
    const event = after.events.find((each) => each.kind === 'invoice')
    expect(event).toMatchObject({
      visibility: 'customer',
      data: { number: 'SC01-I000001', totalMinor: 66000 },
    })
    // Float, the intake deposit, then the cash that stayed in the drawer (the change went back).
    expect(await cashMovements()).toEqual([
      { kind: 'float', amountMinor: 50000 },
      { kind: 'deposit', amountMinor: 10000 },
      { kind: 'sale', amountMinor: 30000 },
    ])
    const sessions = await shop.db.selectFrom('payments').select('drawerSessionId').distinct().execute()
    expect(sessions).toHaveLength(1)
    expect(sessions[0]!.drawerSessionId).not.toBeNull()
    expect(countRows(shop, 'auditLog')).toBeGreaterThan(0)
    const audit = await shop.db
      .selectFrom('auditLog')
      .select('entityId')
      .where('action', '=', 'tickets.pickup')
      .execute()
    expect(audit).toEqual([{ entityId: invoice.id }])
    expect(await call(shop, 'invoices.forTicket', { ticketId: ticket.id })).toEqual([
      expect.objectContaining({ number: 'SC01-I000001', paymentStatus: 'paid', balanceMinor: 0 }),
    ])
  })

  it('leaves a balance owed by the customer, paid later in two tenders', async () => {
    const { ticket } = await readyWithDeposit()
    const invoice = await call(shop, 'tickets.pickup', {
      ticketId: ticket.id,
      version: ticket.version,
      payments: [{ tender: 'card', amountMinor: 20000 }],
    })
    expect(invoice).toMatchObject({ paidMinor: 30000, balanceMinor: 36000, paymentStatus: 'partly_paid' })
    const paid = await call(shop, 'invoices.pay', {
      invoiceId: invoice.id,
      payments: [
        { tender: 'alipay', amountMinor: 16000 },
        { tender: 'cash', amountMinor: 20000 },
      ],
    })
    expect(paid).toMatchObject({ paidMinor: 66000, balanceMinor: 0, paymentStatus: 'paid' })
    expect(paid.payments).toHaveLength(4)
  })

  it('takes nothing at the counter on account: the whole amount stays due', async () => {
    await openDrawer(shop)
    const { ticket } = await repairedTicket(shop)
    const invoice = await call(shop, 'tickets.pickup', { ticketId: ticket.id, version: ticket.version })
    expect(invoice).toMatchObject({ paidMinor: 0, balanceMinor: 66000, paymentStatus: 'due' })
  })

  it('gives a deposit larger than the invoice back in cash at once', async () => {
    await openDrawer(shop, 0)
    const { ticket, partId } = await repairedTicket(shop, { depositMinor: 80000 })
    const invoice = await call(shop, 'tickets.pickup', { ticketId: ticket.id, version: ticket.version })
    expect(invoice.payments.map((p) => [p.kind, p.tender, p.amountMinor])).toEqual([
      ['deposit_applied', 'deposit', 66000],
      ['refund', 'cash', 14000],
    ])
    expect(invoice).toMatchObject({ paidMinor: 66000, balanceMinor: 0, paymentStatus: 'paid' })
    expect(await cashMovements()).toEqual([
      { kind: 'deposit', amountMinor: 80000 },
      { kind: 'refund', amountMinor: -14000 },
    ])
    expect(partId).toBeTruthy()
  })

  it('gives an Alipay deposit back to Alipay by default, and the drawer does not move', async () => {
    await openDrawer(shop, 0)
    const { ticket } = await repairedTicket(shop, { depositMinor: 80000, depositTender: 'alipay' })
    const preview = await call(shop, 'invoices.preview', { ticketId: ticket.id })
    expect(preview).toMatchObject({
      depositMinor: 80000,
      deposits: [{ tender: 'alipay', amountMinor: 80000 }],
      depositReturnMinor: 14000,
      dueMinor: 0,
    })
    const invoice = await call(shop, 'tickets.pickup', { ticketId: ticket.id, version: ticket.version })
    expect(invoice.payments.map((p) => [p.kind, p.tender, p.amountMinor])).toEqual([
      ['deposit_applied', 'deposit', 66000],
      ['refund', 'alipay', 14000],
    ])
    expect(await cashMovements()).toEqual([])
  })

  it('gives the deposit back in cash or to store credit when the clerk chooses so', async () => {
    await openDrawer(shop, 0)
    const cash = await repairedTicket(shop, { depositMinor: 80000, depositTender: 'wechat' })
    const pickup = {
      ticketId: cash.ticket.id,
      version: cash.ticket.version,
      depositReturn: 'cash' as const,
    }
    // The deposit came by WeChat: the drawer holds no cash to hand back yet.
    expect(await send(shop, 'tickets.pickup', pickup)).toMatchObject({
      ok: false,
      error: { detail: { key: 'drawer:errors.notEnoughCash' } },
    })
    await call(shop, 'drawer.move', { kind: 'paid_in', amountMinor: 20000, reason: '补零钱' })
    await call(shop, 'tickets.pickup', pickup)
    expect(await cashMovements()).toEqual([
      { kind: 'paid_in', amountMinor: 20000 },
      { kind: 'refund', amountMinor: -14000 },
    ])

    const credit = await repairedTicket(shop, { depositMinor: 70000, depositTender: 'card' })
    const invoice = await call(shop, 'tickets.pickup', {
      ticketId: credit.ticket.id,
      version: credit.ticket.version,
      depositReturn: 'store_credit',
    })
    expect(invoice.payments.at(-1)).toMatchObject({
      kind: 'refund',
      tender: 'store_credit',
      amountMinor: 4000,
    })
    const balance = await call(shop, 'customers.storeCredit', { customerId: credit.ticket.customer.id })
    expect(balance.balanceMinor).toBe(4000)
    expect(await cashMovements()).toEqual([
      { kind: 'paid_in', amountMinor: 20000 },
      { kind: 'refund', amountMinor: -14000 },
    ])
  })

  it('gives the whole deposit of a free warranty repair back the way it was paid', async () => {
    await openDrawer(shop, 0)
    const first = await repairedTicket(shop)
    const collected = await call(shop, 'tickets.pickup', {
      ticketId: first.ticket.id,
      version: first.ticket.version,
      payments: [{ tender: 'cash', amountMinor: 66000 }],
    })
    expect(collected.paymentStatus).toBe('paid')
    const repeat = await makeTicket(shop, {
      customer: { kind: 'existing', id: first.ticket.customer.id },
      device: { kind: 'existing', id: first.ticket.device.id },
      warrantyOfTicketId: first.ticket.id,
      depositMinor: 5000,
      depositTender: 'alipay',
    })
    const ticket = await moveTicket(shop, repeat.id, [
      'diagnosing',
      'in_repair',
      'testing',
      'ready_for_pickup',
    ])
    const preview = await call(shop, 'invoices.preview', { ticketId: ticket.id })
    expect(preview).toMatchObject({ warranty: true, totalMinor: 0, depositReturnMinor: 5000, dueMinor: 0 })
    const before = await cashMovements()
    const invoice = await call(shop, 'tickets.pickup', { ticketId: ticket.id, version: ticket.version })
    expect(invoice.payments.map((p) => [p.kind, p.tender, p.amountMinor])).toEqual([
      ['refund', 'alipay', 5000],
    ])
    expect(await cashMovements()).toEqual(before)
  })

  it('sells a part added at the counter out of stock', async () => {
    const { ticket, partId } = await readyWithDeposit()
    await call(shop, 'tickets.pickup', {
      ticketId: ticket.id,
      version: ticket.version,
      extraLines: [{ kind: 'part', partId, quantity: 2 }],
    })
    const part = await call(shop, 'parts.get', { id: partId })
    // Four received, one fitted on the repair, two sold at pickup.
    expect(part.onHand).toBe(1)
    const sold = await shop.db.selectFrom('stockMovements').selectAll().where('kind', '=', 'sale').execute()
    expect(sold).toEqual([expect.objectContaining({ quantity: -2, documentType: 'invoice' })])
  })

  describe('writes nothing when it is refused', () => {
    async function refused(
      input: (ready: RepairedTicket) => Record<string, unknown>,
      code: string,
      prepare?: () => Promise<void>,
    ) {
      const ready = await readyWithDeposit()
      await prepare?.()
      const before = dumpRows(shop)
      const result = await send(shop, 'tickets.pickup', {
        ticketId: ready.ticket.id,
        version: ready.ticket.version,
        ...input(ready),
      })
      expect(result).toMatchObject({ ok: false, error: { code } })
      expect(dumpRows(shop)).toEqual(before)
      return result
    }

    it('an overpayment', async () => {
      const result = await refused(
        () => ({ payments: [{ tender: 'cash', amountMinor: 56001 }] }),
        'VALIDATION',
      )
      expect(result).toMatchObject({ error: { fields: { payments: 'tooLarge' } } })
    })

    it('a version that moved', async () => {
      await refused((ready) => ({ version: ready.ticket.version - 1 }), 'CONFLICT')
    })

    it('a ticket not ready for pickup', async () => {
      let version = 0
      const result = await refused(
        () => ({ version }),
        'CONFLICT',
        async () => {
          const [ticket] = (await shop.db.selectFrom('tickets').select('id').execute()).map((row) => row.id)
          version = (await moveTicket(shop, ticket!, ['in_repair'])).version
        },
      )
      expect(result).toMatchObject({ error: { fields: { toStatus: 'notAllowed' } } })
    })

    it('no drawer open', async () => {
      const result = await refused(
        () => ({}),
        'CONFLICT',
        async () => {
          const session = await call(shop, 'drawer.current', {})
          await shop.db
            .updateTable('drawerSessions')
            .set({ status: 'closed' })
            .where('id', '=', session!.id)
            .execute()
        },
      )
      expect(result).toMatchObject({ error: { detail: { key: 'drawer:errors.notOpen' } } })
    })
  })
})

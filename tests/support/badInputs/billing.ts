/**
 * Inputs the billing methods must refuse (run by main/handlers.workflow.test.ts), and the shop states
 * the billing tests build through the real services: an open drawer, a repaired ticket ready for
 * pickup (approved estimate, a part used, a deposit), a part in stock.
 */
import type { Method, PaymentInput, TicketDetail } from '../../../shared/contract'
import {
  call,
  makePart,
  makeTicket,
  receive,
  type BadInput,
  type BadInputFixture,
  type TestShop,
} from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

export async function openDrawer(shop: TestShop, floatMinor = 50000) {
  return call(shop, 'drawer.open', { floatMinor })
}

/** Moves a ticket along the status machine through the real service, one step at a time. */
export async function moveTicket(shop: TestShop, ticketId: string, statuses: TicketDetail['status'][]) {
  let ticket = await call(shop, 'tickets.get', { id: ticketId })
  for (const toStatus of statuses) {
    ticket = await call(shop, 'tickets.changeStatus', { id: ticketId, version: ticket.version, toStatus })
  }
  return ticket
}

export interface RepairedTicket {
  ticket: TicketDetail
  labourItemId: string
  partId: string
}

/**
 * A repair done and waiting at the counter: an approved estimate of screen labour (¥200, 90 days),
 * the screen at ¥450 (its list price ¥500) and a ¥10 diagnosis; the screen fitted (cost ¥300);
 * `depositMinor` taken in cash at intake.
 */
export async function repairedTicket(
  shop: TestShop,
  options: {
    depositMinor?: number
    depositTender?: 'cash' | 'card' | 'wechat' | 'alipay' | 'transfer'
    warrantyOfTicketId?: string | null
  } = {},
): Promise<RepairedTicket> {
  const labour = await call(shop, 'labour.create', {
    name: '屏幕更换',
    category: '手机维修',
    priceMinor: 20000,
    standardMinutes: 45,
    warrantyDays: 90,
  })
  const part = await makePart(shop, { name: 'iPhone 13 屏幕总成', priceMinor: 50000 })
  await receive(shop, part.id, 4, 30000)
  const intake = await makeTicket(shop, {
    depositMinor: options.depositMinor ?? 0,
    depositTender: options.depositTender ?? 'cash',
    ...(options.warrantyOfTicketId ? { warrantyOfTicketId: options.warrantyOfTicketId } : {}),
  })
  await moveTicket(shop, intake.id, ['diagnosing'])
  const draft = await call(shop, 'estimates.save', {
    ticketId: intake.id,
    lines: [
      { kind: 'labour', labourItemId: labour.id, quantity: 1 },
      { kind: 'part', partId: part.id, quantity: 1, unitPriceMinor: 45000 },
      { kind: 'other', description: '检测费', quantity: 1, unitPriceMinor: 1000 },
    ],
  })
  await call(shop, 'estimates.send', { id: draft.id })
  await call(shop, 'estimates.decide', { id: draft.id, decision: 'approved', channel: 'phone' })
  const [row] = await call(shop, 'ticketParts.add', { ticketId: intake.id, partId: part.id, quantity: 1 })
  await call(shop, 'ticketParts.use', { id: row!.id })
  const ticket = await moveTicket(shop, intake.id, ['testing', 'ready_for_pickup'])
  return { ticket, labourItemId: labour.id, partId: part.id }
}

/** The fixture's ticket ready for pickup (no work on it: nothing to charge) and a drawer open. */
async function readyFixture(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  await openDrawer(shop)
  const ticket = await moveTicket(shop, fixture.ticketId, ['in_repair', 'testing', 'ready_for_pickup'])
  await receive(shop, fixture.partId, 2, 12000)
  return { version: String(ticket.version) }
}

/** A drawer open and two of the fixture's part in stock, priced ¥88. */
async function counterFixture(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  await openDrawer(shop)
  await receive(shop, fixture.partId, 2, 5000)
  await shop.db.updateTable('parts').set({ priceMinor: 8800 }).where('id', '=', fixture.partId).execute()
  return {}
}

/** An invoice of ¥88 sold to the fixture's customer on account, nothing paid yet. */
async function owedInvoice(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  await counterFixture(shop, fixture)
  const invoice = await call(shop, 'invoices.sell', {
    customerId: fixture.customerId,
    lines: [{ kind: 'part', partId: fixture.partId, quantity: 1 }],
  })
  return { invoiceId: invoice.id }
}

const pickup = (fixture: BadInputFixture, input: Record<string, unknown> = {}) => ({
  ticketId: fixture.ticketId,
  version: Number(fixture.extra.version ?? 1),
  ...input,
})

const sale = (fixture: BadInputFixture, input: Record<string, unknown> = {}) => ({
  lines: [{ kind: 'part', partId: fixture.partId, quantity: 1 }],
  payments: [{ tender: 'cash', amountMinor: 8800 }],
  ...input,
})

const cash = (amountMinor: number, tenderedMinor: number | null = null): PaymentInput => ({
  tender: 'cash',
  amountMinor,
  tenderedMinor,
})

export const billingBadInputs: Partial<Record<Method, BadInput[]>> = {
  'tickets.pickup': [
    {
      name: 'a malformed ticket id',
      input: (fixture) => ({ ...pickup(fixture), ticketId: 'T-1' }),
      code: 'VALIDATION',
      fields: { ticketId: 'invalid' },
    },
    {
      name: 'a zero payment',
      input: (fixture) => pickup(fixture, { payments: [cash(0)] }),
      code: 'VALIDATION',
      fields: { 'payments.0.amountMinor': 'tooSmall' },
    },
    {
      name: 'an unknown ticket',
      input: (fixture) => ({ ...pickup(fixture), ticketId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a ticket not ready for pickup',
      setup: async (shop) => {
        await openDrawer(shop)
        return {}
      },
      input: (fixture) => pickup(fixture),
      code: 'CONFLICT',
      fields: { toStatus: 'notAllowed' },
    },
    {
      name: 'a version someone else moved',
      setup: readyFixture,
      input: (fixture) => pickup(fixture, { version: Number(fixture.extra.version) - 1 }),
      code: 'CONFLICT',
    },
    {
      name: 'no drawer open',
      setup: async (shop, fixture) => {
        const ticket = await moveTicket(shop, fixture.ticketId, ['in_repair', 'testing', 'ready_for_pickup'])
        return { version: String(ticket.version) }
      },
      input: (fixture) => pickup(fixture),
      code: 'CONFLICT',
    },
    {
      name: 'a payment on nothing owed',
      setup: readyFixture,
      input: (fixture) => pickup(fixture, { payments: [cash(100)] }),
      code: 'VALIDATION',
      fields: { payments: 'tooLarge' },
    },
    {
      name: 'an invoice discount larger than the lines',
      setup: readyFixture,
      input: (fixture) =>
        pickup(fixture, {
          extraLines: [{ kind: 'other', description: '贴膜', quantity: 1, unitPriceMinor: 3000 }],
          invoiceDiscount: { amountMinor: 3001, reason: '老客户' },
        }),
      code: 'VALIDATION',
      fields: { 'invoiceDiscount.amountMinor': 'tooLarge' },
    },
    {
      name: 'an added line with a discount over its price',
      setup: readyFixture,
      input: (fixture) =>
        pickup(fixture, {
          extraLines: [
            { kind: 'other', description: '贴膜', quantity: 1, unitPriceMinor: 3000 },
            {
              kind: 'part',
              partId: fixture.partId,
              quantity: 1,
              unitPriceMinor: 1000,
              discountMinor: 1001,
              discountReason: '促销',
            },
          ],
        }),
      code: 'VALIDATION',
      fields: { 'extraLines.1.discountMinor': 'tooLarge' },
    },
  ],
  'invoices.sell': [
    {
      name: 'no lines',
      input: (fixture) => sale(fixture, { lines: [] }),
      code: 'VALIDATION',
      fields: { lines: 'required' },
    },
    {
      name: 'half a unit',
      input: (fixture) => sale(fixture, { lines: [{ kind: 'part', partId: fixture.partId, quantity: 0.5 }] }),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'wholeUnits' },
    },
    { name: 'no drawer open', input: (fixture) => sale(fixture), code: 'CONFLICT' },
    {
      name: 'an unknown part',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { lines: [{ kind: 'part', partId: missingId, quantity: 1 }] }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a part line without its part',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { lines: [{ kind: 'part', quantity: 1 }] }),
      code: 'VALIDATION',
      fields: { 'lines.0.partId': 'required' },
    },
    {
      name: 'more than is in stock',
      setup: counterFixture,
      input: (fixture) =>
        sale(fixture, {
          lines: [{ kind: 'part', partId: fixture.partId, quantity: 3 }],
          payments: [cash(26400)],
        }),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'notEnoughStock' },
    },
    {
      name: 'a walk-in paying only part',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { payments: [cash(5000)] }),
      code: 'VALIDATION',
      fields: { payments: 'tooSmall' },
    },
    {
      name: 'more paid than the total',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { payments: [cash(8800), { tender: 'card', amountMinor: 1 }] }),
      code: 'VALIDATION',
      fields: { payments: 'tooLarge' },
    },
    {
      name: 'cash handed over short of the amount',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { payments: [cash(8800, 5000)] }),
      code: 'VALIDATION',
      fields: { 'payments.0.tenderedMinor': 'tooSmall' },
    },
    {
      name: 'store credit without a customer',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { payments: [{ tender: 'store_credit', amountMinor: 8800 }] }),
      code: 'VALIDATION',
      fields: { 'payments.0.tender': 'invalid' },
    },
    {
      name: 'more store credit than the customer has',
      setup: counterFixture,
      input: (fixture) =>
        sale(fixture, {
          customerId: fixture.customerId,
          payments: [{ tender: 'store_credit', amountMinor: 100 }],
        }),
      code: 'VALIDATION',
      fields: { 'payments.0.amountMinor': 'tooLarge' },
    },
    {
      name: 'a line discount with no reason',
      setup: counterFixture,
      input: (fixture) =>
        sale(fixture, {
          lines: [{ kind: 'part', partId: fixture.partId, quantity: 1, discountMinor: 800 }],
          payments: [cash(8000)],
        }),
      code: 'VALIDATION',
      fields: { 'lines.0.discountReason': 'required' },
    },
    {
      name: 'an unknown customer',
      setup: counterFixture,
      input: (fixture) => sale(fixture, { customerId: missingId }),
      code: 'NOT_FOUND',
    },
  ],
  'invoices.pay': [
    {
      name: 'no payments',
      input: () => ({ invoiceId: missingId, payments: [] }),
      code: 'VALIDATION',
      fields: { payments: 'required' },
    },
    {
      name: 'an unknown invoice',
      input: () => ({ invoiceId: missingId, payments: [cash(100)] }),
      code: 'NOT_FOUND',
    },
    {
      name: 'more than is owed',
      setup: owedInvoice,
      input: (fixture) => ({ invoiceId: fixture.extra.invoiceId, payments: [cash(8801)] }),
      code: 'VALIDATION',
      fields: { payments: 'tooLarge' },
    },
    {
      name: 'a card payment with cash tendered',
      setup: owedInvoice,
      input: (fixture) => ({
        invoiceId: fixture.extra.invoiceId,
        payments: [{ tender: 'card', amountMinor: 100, tenderedMinor: 200 }],
      }),
      code: 'VALIDATION',
      fields: { 'payments.0.tenderedMinor': 'invalid' },
    },
    {
      name: 'an invoice paid in full',
      setup: async (shop, fixture) => {
        const { invoiceId } = await owedInvoice(shop, fixture)
        await call(shop, 'invoices.pay', { invoiceId: invoiceId!, payments: [cash(8800)] })
        return { invoiceId: invoiceId! }
      },
      input: (fixture) => ({ invoiceId: fixture.extra.invoiceId, payments: [cash(100)] }),
      code: 'CONFLICT',
    },
  ],
}

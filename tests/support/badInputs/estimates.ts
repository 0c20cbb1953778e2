/** Inputs the labour catalogue and estimates methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import { call, setTicketStatus, type BadInput, type BadInputFixture, type TestShop } from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

const screen = {
  name: '屏幕更换 iPhone 13',
  category: '手机维修',
  priceMinor: 38000,
  standardMinutes: 45,
  warrantyDays: 90,
}

async function labourItem(shop: TestShop): Promise<Record<string, string>> {
  const item = await call(shop, 'labour.create', screen)
  return { labourItemId: item.id }
}

/** A draft of the screen labour on the fixture's ticket, which is in diagnosis. */
async function draft(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  const { labourItemId } = await labourItem(shop)
  await setTicketStatus(shop, fixture.ticketId, 'diagnosing')
  const estimate = await call(shop, 'estimates.save', {
    ticketId: fixture.ticketId,
    lines: [{ kind: 'labour', labourItemId: labourItemId!, quantity: 1 }],
  })
  return { labourItemId: labourItemId!, estimateId: estimate.id }
}

/** The draft above, sent: the ticket waits for the customer's answer. */
async function sent(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  const made = await draft(shop, fixture)
  await call(shop, 'estimates.send', { id: made.estimateId! })
  return made
}

const labourLine = (fixture: BadInputFixture) => ({
  kind: 'labour',
  labourItemId: fixture.extra.labourItemId,
  quantity: 1,
})

export const estimatesBadInputs: Partial<Record<Method, BadInput[]>> = {
  'labour.create': [
    {
      name: 'an empty name',
      input: () => ({ ...screen, name: '  ' }),
      code: 'VALIDATION',
      fields: { name: 'required' },
    },
    {
      name: 'a negative price and a fractional standard time',
      input: () => ({ ...screen, priceMinor: -100, standardMinutes: 2.5 }),
      code: 'VALIDATION',
      fields: { priceMinor: 'negative', standardMinutes: 'invalid' },
    },
    {
      name: 'a warranty of more than ten years and a tax rate over 100 %',
      input: () => ({ ...screen, warrantyDays: 5000, taxRateBp: 10_001 }),
      code: 'VALIDATION',
      fields: { warrantyDays: 'tooLarge', taxRateBp: 'tooLarge' },
    },
  ],
  'labour.update': [
    {
      name: 'an item that does not exist',
      input: () => ({ ...screen, id: missingId, active: true }),
      code: 'NOT_FOUND',
    },
    {
      name: 'no active flag',
      setup: labourItem,
      input: (fixture) => ({ ...screen, id: fixture.extra.labourItemId }),
      code: 'VALIDATION',
      fields: { active: 'required' },
    },
    {
      name: 'a name too long',
      setup: labourItem,
      input: (fixture) => ({
        ...screen,
        id: fixture.extra.labourItemId,
        name: '修'.repeat(121),
        active: true,
      }),
      code: 'VALIDATION',
      fields: { name: 'tooLong' },
    },
  ],
  'estimates.save': [
    {
      name: 'no lines',
      input: (fixture) => ({ ticketId: fixture.ticketId, lines: [] }),
      code: 'VALIDATION',
      fields: { lines: 'required' },
    },
    {
      name: 'a labour line without its item and a free line without description or price',
      input: (fixture) => ({
        ticketId: fixture.ticketId,
        lines: [
          { kind: 'labour', quantity: 1 },
          { kind: 'other', quantity: 1 },
        ],
      }),
      code: 'VALIDATION',
      fields: { 'lines.0.labourItemId': 'required', 'lines.1.description': 'required' },
    },
    {
      name: 'a zero, a fractional quantity',
      setup: labourItem,
      input: (fixture) => ({
        ticketId: fixture.ticketId,
        lines: [
          { ...labourLine(fixture), quantity: 0 },
          { ...labourLine(fixture), quantity: 1.5 },
        ],
      }),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'tooSmall', 'lines.1.quantity': 'wholeUnits' },
    },
    {
      name: 'a part that does not exist',
      input: (fixture) => ({
        ticketId: fixture.ticketId,
        lines: [{ kind: 'part', partId: missingId, quantity: 1 }],
      }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a ticket that does not exist',
      setup: labourItem,
      input: (fixture) => ({ ticketId: missingId, lines: [labourLine(fixture)] }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a closed ticket',
      setup: async (shop, fixture) => {
        const made = await labourItem(shop)
        await setTicketStatus(shop, fixture.ticketId, 'collected')
        return made
      },
      input: (fixture) => ({ ticketId: fixture.ticketId, lines: [labourLine(fixture)] }),
      code: 'CONFLICT',
    },
  ],
  'estimates.send': [
    { name: 'an estimate that does not exist', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
    {
      name: 'an estimate already sent',
      setup: sent,
      input: (fixture) => ({ id: fixture.extra.estimateId }),
      code: 'CONFLICT',
    },
    {
      name: 'a ticket whose diagnosis has not started',
      setup: async (shop, fixture) => {
        const made = await draft(shop, fixture)
        await setTicketStatus(shop, fixture.ticketId, 'received')
        return made
      },
      input: (fixture) => ({ id: fixture.extra.estimateId }),
      code: 'CONFLICT',
    },
  ],
  'estimates.decide': [
    {
      name: 'an estimate still a draft',
      setup: draft,
      input: (fixture) => ({ id: fixture.extra.estimateId, decision: 'approved', channel: 'phone' }),
      code: 'CONFLICT',
    },
    {
      name: 'no decision and an unknown channel',
      setup: sent,
      input: (fixture) => ({ id: fixture.extra.estimateId, channel: 'carrier pigeon' }),
      code: 'VALIDATION',
      fields: { decision: 'required', channel: 'invalid' },
    },
    {
      name: 'an answer dated tomorrow',
      setup: sent,
      input: (fixture) => ({
        id: fixture.extra.estimateId,
        decision: 'approved',
        channel: 'phone',
        decidedAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
      }),
      code: 'VALIDATION',
      fields: { decidedAt: 'invalidDate' },
    },
    {
      name: 'a date that is not a date',
      setup: sent,
      input: (fixture) => ({
        id: fixture.extra.estimateId,
        decision: 'declined',
        channel: 'phone',
        decidedAt: '昨天',
      }),
      code: 'VALIDATION',
      fields: { decidedAt: 'invalidDate' },
    },
  ],
}

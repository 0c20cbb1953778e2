/** Inputs the ticketParts and sendOuts methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import {
  call,
  makePart,
  receive,
  setTicketStatus,
  type BadInput,
  type BadInputFixture,
  type TestShop,
} from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

/** Two of the fixture's part in stock and one reserved on its ticket, then put back (released). */
async function releasedRow(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  await receive(shop, fixture.partId, 2, 12000)
  const [row] = await call(shop, 'ticketParts.add', {
    ticketId: fixture.ticketId,
    partId: fixture.partId,
    quantity: 1,
  })
  await call(shop, 'ticketParts.return', { id: row!.id })
  return { rowId: row!.id }
}

/** The fixture's ticket sent to a partner, and already back. */
async function returnedSendOut(shop: TestShop, fixture: BadInputFixture): Promise<Record<string, string>> {
  const ticket = await call(shop, 'tickets.get', { id: fixture.ticketId })
  const sendOut = await call(shop, 'sendOuts.create', {
    ticketId: ticket.id,
    version: ticket.version,
    partner: '原厂',
  })
  await call(shop, 'sendOuts.markReturned', { id: sendOut.id, toStatus: 'testing' })
  return { sendOutId: sendOut.id }
}

const add = (fixture: BadInputFixture, quantity: unknown = 1) => ({
  ticketId: fixture.ticketId,
  partId: fixture.partId,
  quantity,
})

export const ticketPartsBadInputs: Partial<Record<Method, BadInput[]>> = {
  'ticketParts.add': [
    {
      name: 'a zero quantity',
      input: (fixture) => add(fixture, 0),
      code: 'VALIDATION',
      fields: { quantity: 'tooSmall' },
    },
    {
      name: 'half a unit',
      input: (fixture) => add(fixture, 1.5),
      code: 'VALIDATION',
      fields: { quantity: 'wholeUnits' },
    },
    {
      name: 'a malformed ticket id',
      input: (fixture) => ({ ...add(fixture), ticketId: 'T-1' }),
      code: 'VALIDATION',
      fields: { ticketId: 'invalid' },
    },
    {
      name: 'more than is in stock',
      input: (fixture) => add(fixture, 3),
      code: 'VALIDATION',
      fields: { quantity: 'notEnoughStock' },
    },
    {
      name: 'an unknown ticket',
      input: (fixture) => ({ ...add(fixture), ticketId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'an unknown part',
      input: (fixture) => ({ ...add(fixture), partId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a collected ticket',
      setup: async (shop, fixture) => {
        await receive(shop, fixture.partId, 2, 12000)
        await setTicketStatus(shop, fixture.ticketId, 'collected')
        return {}
      },
      input: (fixture) => add(fixture),
      code: 'CONFLICT',
    },
    {
      name: 'an archived part',
      setup: async (shop) => ({ partId: (await makePart(shop, { sku: 'OLD-1', active: false })).id }),
      input: (fixture) => ({ ...add(fixture), partId: fixture.extra.partId }),
      code: 'CONFLICT',
    },
  ],
  'ticketParts.use': [
    { name: 'a malformed id', input: () => ({ id: 'row-1' }), code: 'VALIDATION', fields: { id: 'invalid' } },
    { name: 'an unknown row', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
    {
      name: 'a released reservation',
      setup: releasedRow,
      input: (fixture) => ({ id: fixture.extra.rowId }),
      code: 'CONFLICT',
    },
  ],
  'ticketParts.return': [
    { name: 'a missing id', input: () => ({}), code: 'VALIDATION', fields: { id: 'required' } },
    { name: 'an unknown row', input: () => ({ id: missingId }), code: 'NOT_FOUND' },
    {
      name: 'a row already put back',
      setup: releasedRow,
      input: (fixture) => ({ id: fixture.extra.rowId }),
      code: 'CONFLICT',
    },
  ],
  'ticketParts.specialOrder': [
    {
      name: 'a zero quantity',
      input: (fixture) => add(fixture, 0),
      code: 'VALIDATION',
      fields: { quantity: 'tooSmall' },
    },
    {
      name: 'a negative cost',
      input: (fixture) => ({ ...add(fixture), unitCostMinor: -100 }),
      code: 'VALIDATION',
      fields: { unitCostMinor: 'negative' },
    },
    {
      name: 'an unknown supplier',
      input: (fixture) => ({ ...add(fixture), supplierId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a part with no supplier and none chosen',
      setup: async (shop) => ({ partId: (await makePart(shop, { sku: 'NO-SUP' })).id }),
      input: (fixture) => ({ ...add(fixture), partId: fixture.extra.partId }),
      code: 'VALIDATION',
      fields: { supplierId: 'required' },
    },
    {
      name: 'a cancelled ticket',
      setup: async (shop, fixture) => {
        await setTicketStatus(shop, fixture.ticketId, 'cancelled')
        return {}
      },
      input: (fixture) => add(fixture),
      code: 'CONFLICT',
    },
  ],
  'sendOuts.create': [
    {
      name: 'no partner',
      input: (fixture) => ({ ticketId: fixture.ticketId, version: 1, partner: ' ' }),
      code: 'VALIDATION',
      fields: { partner: 'required' },
    },
    {
      name: 'an expected date that is not a date',
      input: (fixture) => ({
        ticketId: fixture.ticketId,
        version: 1,
        partner: '原厂',
        expectedBackAt: 'next week',
      }),
      code: 'VALIDATION',
      fields: { expectedBackAt: 'invalidDate' },
    },
    {
      name: 'a version someone else moved',
      input: (fixture) => ({ ticketId: fixture.ticketId, version: 7, partner: '原厂' }),
      code: 'CONFLICT',
    },
    {
      name: 'a ticket in testing',
      setup: async (shop, fixture) => {
        await setTicketStatus(shop, fixture.ticketId, 'testing')
        return {}
      },
      input: (fixture) => ({ ticketId: fixture.ticketId, version: 1, partner: '原厂' }),
      code: 'CONFLICT',
    },
  ],
  'sendOuts.markReturned': [
    {
      name: 'a next status the return cannot lead to',
      input: () => ({ id: missingId, toStatus: 'collected' }),
      code: 'VALIDATION',
      fields: { toStatus: 'invalid' },
    },
    { name: 'an unknown send-out', input: () => ({ id: missingId, toStatus: 'testing' }), code: 'NOT_FOUND' },
    {
      name: 'a second return',
      setup: returnedSendOut,
      input: (fixture) => ({ id: fixture.extra.sendOutId, toStatus: 'ready_for_pickup' }),
      code: 'CONFLICT',
    },
  ],
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EstimateLineInput, LabourItem, TicketDetail } from '../../shared/contract'
import {
  call,
  dumpRows,
  makePart,
  makeTicket,
  openTestShop,
  receive,
  send,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'

let shop: TestShop
let ticket: TicketDetail
let screen: LabourItem
beforeEach(async () => {
  shop = await openTestShop()
  ticket = await makeTicket(shop)
  screen = await call(shop, 'labour.create', {
    name: '屏幕更换 iPhone 13',
    category: '手机维修',
    priceMinor: 20000,
    standardMinutes: 45,
    warrantyDays: 90,
  })
})
afterEach(async () => {
  await shop.close()
})

async function setTax(taxRateBp: number, pricesIncludeTax: boolean): Promise<void> {
  await shop.db
    .updateTable('settings')
    .set({ taxRateBp, pricesIncludeTax: pricesIncludeTax ? 1 : 0 })
    .execute()
}

async function stockedPart(priceMinor = 50000, costMinor = 30000) {
  const part = await makePart(shop, { name: 'iPhone 13 屏幕总成', priceMinor })
  await receive(shop, part.id, 4, costMinor)
  return part
}

function labour(labourItemId = screen.id): EstimateLineInput {
  return { kind: 'labour', labourItemId, quantity: 1 }
}

function save(lines: EstimateLineInput[], ticketId = ticket.id, note = '') {
  return call(shop, 'estimates.save', { ticketId, lines, note })
}

async function events(kind: string) {
  const detail = await call(shop, 'tickets.get', { id: ticket.id })
  return detail.events.filter((event) => event.kind === kind)
}

async function ticketNow() {
  return call(shop, 'tickets.get', { id: ticket.id })
}

/** A ticket in diagnosis with a sent estimate of the screen labour. */
async function sentEstimate() {
  await setTicketStatus(shop, ticket.id, 'diagnosing')
  const draft = await save([labour()])
  return call(shop, 'estimates.send', { id: draft.id })
}

describe('saving an estimate', () => {
  it('copies a labour line from the catalogue: description, price, warranty, the shop tax rate', async () => {
    await setTax(1300, true)
    const estimate = await save([labour()], ticket.id, '客户要求原装屏')
    expect(estimate).toMatchObject({
      version: 1,
      status: 'draft',
      pricesIncludeTax: true,
      currency: 'CNY',
      warranty: false,
      note: '客户要求原装屏',
      createdByName: shop.actor.name,
      sentAt: null,
      decidedAt: null,
    })
    expect(estimate.lines).toEqual([
      expect.objectContaining({
        kind: 'labour',
        labourItemId: screen.id,
        description: '屏幕更换 iPhone 13',
        quantity: 1,
        unitPriceMinor: 20000,
        taxRateBp: 1300,
        netMinor: 17699,
        taxMinor: 2301,
        totalMinor: 20000,
        unitCostMinor: 0,
        warrantyDays: 90,
      }),
    ])
    expect(estimate).toMatchObject({ subtotalMinor: 17699, taxMinor: 2301, totalMinor: 20000, costMinor: 0 })
  })

  it('prices a part from the catalogue at its average cost, carrying the labour warranty', async () => {
    const part = await stockedPart(50000, 30000)
    await receive(shop, part.id, 4, 32000)
    const estimate = await save([labour(), { kind: 'part', partId: part.id, quantity: 2 }])
    expect(estimate.lines[1]).toMatchObject({
      kind: 'part',
      partId: part.id,
      description: 'iPhone 13 屏幕总成',
      quantity: 2,
      unitPriceMinor: 50000,
      totalMinor: 100000,
      unitCostMinor: 31000,
      warrantyDays: 90,
    })
    expect(estimate.costMinor).toBe(62000)
    expect(estimate.totalMinor).toBe(120000)
  })

  it('takes the price, description and rate the clerk typed over the catalogue, and free lines', async () => {
    await setTax(600, false)
    const estimate = await save([
      { ...labour(), description: '屏幕更换（优惠）', unitPriceMinor: 18000, taxRateBp: 0 },
      { kind: 'other', description: '快递费', quantity: 1, unitPriceMinor: 1500 },
    ])
    expect(estimate.lines.map((line) => [line.description, line.unitPriceMinor, line.taxRateBp])).toEqual([
      ['屏幕更换（优惠）', 18000, 0],
      ['快递费', 1500, 600],
    ])
    // Without tax in the prices: 180.00 + 15.00 net, 0.90 tax on the courier fee only.
    expect(estimate).toMatchObject({ subtotalMinor: 19500, taxMinor: 90, totalMinor: 19590 })
  })

  it("uses the labour item's own tax rate before the shop's", async () => {
    await setTax(1300, false)
    const special = await call(shop, 'labour.create', { ...screen, name: '数据恢复', taxRateBp: 600 })
    const estimate = await save([labour(special.id)])
    expect(estimate.lines[0]).toMatchObject({
      taxRateBp: 600,
      netMinor: 20000,
      taxMinor: 1200,
      totalMinor: 21200,
    })
  })

  it('sums rounded lines, so the total is what the printed lines add up to', async () => {
    await setTax(1300, false)
    const cheap = await call(shop, 'labour.create', { ...screen, name: '贴膜', priceMinor: 35 })
    const estimate = await save([labour(cheap.id), labour(cheap.id)])
    expect(estimate.lines.map((line) => line.taxMinor)).toEqual([5, 5])
    expect(estimate).toMatchObject({ subtotalMinor: 70, taxMinor: 10, totalMinor: 80 })
  })

  it('replaces the lines of the draft on each save, with one timeline event for the version', async () => {
    const first = await save([labour()])
    const second = await save([
      labour(),
      { kind: 'other', description: '清洁', quantity: 1, unitPriceMinor: 3000 },
    ])
    expect(second.id).toBe(first.id)
    expect(second.version).toBe(1)
    expect(second.lines).toHaveLength(2)
    expect(await shop.db.selectFrom('estimateLines').select('id').execute()).toHaveLength(2)
    expect((await events('estimate')).map((event) => event.data)).toEqual([
      { version: 1, action: 'saved', totalMinor: 20000 },
    ])
  })

  it('refuses a catalogue item or part that does not exist, and writes nothing', async () => {
    const before = dumpRows(shop)
    const missing = '01900000-0000-7000-8000-000000000000'
    expect(
      await send(shop, 'estimates.save', { ticketId: ticket.id, lines: [labour(missing)] }),
    ).toMatchObject({
      error: { code: 'NOT_FOUND', detail: { key: 'estimates:errors.labourNotFound' } },
    })
    expect(
      await send(shop, 'estimates.save', {
        ticketId: ticket.id,
        lines: [{ kind: 'part', partId: missing, quantity: 1 }],
      }),
    ).toMatchObject({ error: { code: 'NOT_FOUND', detail: { key: 'errors.notFound.part' } } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a closed ticket, and writes nothing', async () => {
    for (const status of ['collected', 'cancelled'] as const) {
      await setTicketStatus(shop, ticket.id, status)
      const before = dumpRows(shop)
      expect(await send(shop, 'estimates.save', { ticketId: ticket.id, lines: [labour()] })).toMatchObject({
        error: { code: 'CONFLICT', detail: { key: 'estimates:errors.ticketClosed' } },
      })
      expect(dumpRows(shop)).toEqual(before)
    }
  })
})

describe('a warranty repair', () => {
  it('charges nothing on any line, and still records the cost', async () => {
    await setTax(1300, false)
    // Written straight to the row: whether a device may be claimed under warranty is tested elsewhere.
    const repeat = await makeTicket(shop)
    await shop.db
      .updateTable('tickets')
      .set({ warrantyOfTicketId: ticket.id })
      .where('id', '=', repeat.id)
      .execute()
    const part = await stockedPart(50000, 30000)
    const estimate = await save(
      [
        { ...labour(), unitPriceMinor: 25000 },
        { kind: 'part', partId: part.id, quantity: 1 },
      ],
      repeat.id,
    )
    expect(estimate.warranty).toBe(true)
    for (const line of estimate.lines) {
      expect(line).toMatchObject({ unitPriceMinor: 0, netMinor: 0, taxMinor: 0, totalMinor: 0 })
    }
    expect(estimate).toMatchObject({ subtotalMinor: 0, taxMinor: 0, totalMinor: 0, costMinor: 30000 })
    expect(estimate.lines[0]!.warrantyDays).toBe(90)
  })
})

describe('sending an estimate', () => {
  it('moves a ticket in diagnosis to awaiting approval, sets its estimate, and tells the timeline', async () => {
    const sent = await sentEstimate()
    expect(sent).toMatchObject({ status: 'sent', version: 1 })
    expect(sent.sentAt).not.toBeNull()
    const now = await ticketNow()
    expect(now.status).toBe('awaiting_approval')
    expect(now.estimateMinor).toBe(20000)
    expect(now.version).toBeGreaterThan(ticket.version)
    const sentEvent = (await events('estimate')).find((event) => event.data.action === 'sent')
    expect(sentEvent).toMatchObject({ visibility: 'customer', data: { version: 1, totalMinor: 20000 } })
    expect((await events('status')).map((event) => [event.fromStatus, event.toStatus])).toContainEqual([
      'diagnosing',
      'awaiting_approval',
    ])
  })

  it('refuses a ticket whose diagnosis has not started, with a clear message, and writes nothing', async () => {
    const draft = await save([labour()])
    const before = dumpRows(shop)
    expect(await send(shop, 'estimates.send', { id: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'estimates:errors.diagnoseFirst' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a ticket in a status that cannot wait for approval, naming the status', async () => {
    const draft = await save([labour()])
    await setTicketStatus(shop, ticket.id, 'testing')
    expect(await send(shop, 'estimates.send', { id: draft.id })).toMatchObject({
      error: { code: 'CONFLICT', detail: { key: 'estimates:errors.cannotSend', status: 'testing' } },
    })
  })

  it('refuses to send the same version twice', async () => {
    const sent = await sentEstimate()
    expect(await send(shop, 'estimates.send', { id: sent.id })).toMatchObject({
      error: { code: 'CONFLICT', detail: { key: 'estimates:errors.notDraft' } },
    })
  })
})

describe('the customer answering', () => {
  it('approves: the ticket goes to in repair, with who, how, when and the note', async () => {
    const sent = await sentEstimate()
    const decidedAt = new Date(Date.now() - 3600_000).toISOString()
    const approved = await call(shop, 'estimates.decide', {
      id: sent.id,
      decision: 'approved',
      channel: 'phone',
      decidedAt,
      note: '客户电话确认',
    })
    expect(approved).toMatchObject({
      status: 'approved',
      decidedAt,
      decisionChannel: 'phone',
      decisionRecordedByName: shop.actor.name,
      decisionNote: '客户电话确认',
    })
    expect((await ticketNow()).status).toBe('in_repair')
    expect(await events('approval')).toEqual([
      expect.objectContaining({
        visibility: 'customer',
        note: '客户电话确认',
        data: { version: 1, decision: 'approved', channel: 'phone' },
      }),
    ])
  })

  it('declines: the ticket is declined, and the answer is dated now when no time is given', async () => {
    const sent = await sentEstimate()
    const declined = await call(shop, 'estimates.decide', {
      id: sent.id,
      decision: 'declined',
      channel: 'in_person',
    })
    expect(declined.status).toBe('declined')
    expect(Math.abs(Date.parse(declined.decidedAt!) - Date.now())).toBeLessThan(10_000)
    expect((await ticketNow()).status).toBe('declined')
  })

  it('refuses an answer dated in the future, or to a draft, and writes nothing', async () => {
    const sent = await sentEstimate()
    const before = dumpRows(shop)
    const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString()
    expect(
      await send(shop, 'estimates.decide', {
        id: sent.id,
        decision: 'approved',
        channel: 'phone',
        decidedAt: tomorrow,
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { decidedAt: 'invalidDate' } } })
    const draft = await save([labour()])
    const afterDraft = dumpRows(shop)
    expect(
      await send(shop, 'estimates.decide', { id: draft.id, decision: 'approved', channel: 'phone' }),
    ).toMatchObject({ error: { code: 'CONFLICT', detail: { key: 'estimates:errors.notSent' } } })
    expect(dumpRows(shop)).toEqual(afterDraft)
    expect(before).not.toEqual(afterDraft)
  })
})

describe('a changed scope', () => {
  it('is a new version that keeps the approved one valid until it is sent, then needs approval again', async () => {
    const first = await sentEstimate()
    await call(shop, 'estimates.decide', { id: first.id, decision: 'approved', channel: 'in_person' })
    const part = await stockedPart()
    const second = await save([labour(), { kind: 'part', partId: part.id, quantity: 1 }])
    expect(second.version).toBe(2)
    let versions = await call(shop, 'estimates.forTicket', { ticketId: ticket.id })
    expect(versions.map((estimate) => [estimate.version, estimate.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ])
    expect((await ticketNow()).status).toBe('in_repair')

    await call(shop, 'estimates.send', { id: second.id })
    versions = await call(shop, 'estimates.forTicket', { ticketId: ticket.id })
    expect(versions.map((estimate) => [estimate.version, estimate.status])).toEqual([
      [2, 'sent'],
      [1, 'superseded'],
    ])
    const now = await ticketNow()
    expect(now.status).toBe('awaiting_approval')
    expect(now.estimateMinor).toBe(70000)

    await call(shop, 'estimates.decide', { id: second.id, decision: 'approved', channel: 'message' })
    expect((await ticketNow()).status).toBe('in_repair')
    expect((await events('estimate')).map((event) => [event.data.version, event.data.action])).toEqual(
      expect.arrayContaining([
        [1, 'saved'],
        [1, 'sent'],
        [2, 'saved'],
        [2, 'sent'],
      ]),
    )
  })

  it('may be revised again while the customer has not answered: the ticket keeps waiting', async () => {
    const first = await sentEstimate()
    const second = await save([labour(), labour()])
    const sent = await call(shop, 'estimates.send', { id: second.id })
    expect(sent.status).toBe('sent')
    const versions = await call(shop, 'estimates.forTicket', { ticketId: ticket.id })
    expect(versions.find((estimate) => estimate.id === first.id)?.status).toBe('superseded')
    expect((await ticketNow()).status).toBe('awaiting_approval')
    expect(
      await send(shop, 'estimates.decide', { id: first.id, decision: 'approved', channel: 'phone' }),
    ).toMatchObject({ error: { code: 'CONFLICT' } })
  })

  it('lists no versions for a ticket without an estimate', async () => {
    expect(await call(shop, 'estimates.forTicket', { ticketId: ticket.id })).toEqual([])
  })
})

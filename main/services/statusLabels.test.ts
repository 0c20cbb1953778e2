import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, dumpRows, makeTicket, openTestShop, send, type TestShop } from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

async function label(status: 'received' | 'diagnosing' | 'awaiting_approval', name: string) {
  return call(shop, 'statusLabels.create', { status, name })
}

describe("the owner's labels inside a status", () => {
  it('adds labels at the end of their status and lists them in order', async () => {
    const reply = await label('awaiting_approval', '等客户回复')
    const quote = await label('awaiting_approval', '已发报价')
    await label('received', '待检测')
    expect([reply.position, quote.position]).toEqual([0, 1])
    const list = await call(shop, 'statusLabels.list', {})
    expect(list.filter((item) => item.status === 'awaiting_approval').map((item) => item.name)).toEqual([
      '等客户回复',
      '已发报价',
    ])
  })

  it('refuses a second label of the same name in one status, but allows it in another', async () => {
    await label('awaiting_approval', '等客户回复')
    const before = dumpRows(shop)
    expect(
      await send(shop, 'statusLabels.create', { status: 'awaiting_approval', name: ' 等客户回复 ' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { name: 'duplicate' } } })
    expect(dumpRows(shop)).toEqual(before)
    expect((await label('diagnosing', '等客户回复')).status).toBe('diagnosing')
  })

  it('renames and deactivates a label', async () => {
    const reply = await label('awaiting_approval', '等客户回复')
    const renamed = await call(shop, 'statusLabels.update', { id: reply.id, name: '等回电', active: false })
    expect(renamed).toMatchObject({
      id: reply.id,
      name: '等回电',
      active: false,
      status: 'awaiting_approval',
    })
  })

  it('reorders the labels of one status, and refuses a list missing or repeating one', async () => {
    const a = await label('received', 'A')
    const b = await label('received', 'B')
    const c = await label('received', 'C')
    const reordered = await call(shop, 'statusLabels.reorder', {
      status: 'received',
      ids: [c.id, a.id, b.id],
    })
    expect(reordered.map((item) => [item.name, item.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ])
    const before = dumpRows(shop)
    for (const ids of [
      [c.id, a.id],
      [c.id, a.id, a.id],
      [c.id, a.id, b.id, b.id],
    ]) {
      expect(await send(shop, 'statusLabels.reorder', { status: 'received', ids })).toMatchObject({
        error: { code: 'VALIDATION', fields: { ids: 'invalid' } },
      })
    }
    expect(await send(shop, 'statusLabels.reorder', { status: 'diagnosing', ids: [c.id] })).toMatchObject({
      error: { code: 'VALIDATION' },
    })
    expect(dumpRows(shop)).toEqual(before)
  })
})

describe('a label on a ticket', () => {
  it('sets a label of the ticket’s status, with an event and a new version; none clears it', async () => {
    const ticket = await makeTicket(shop)
    const waiting = await label('received', '待检测')
    const labelled = await call(shop, 'tickets.setLabel', {
      id: ticket.id,
      version: ticket.version,
      statusLabelId: waiting.id,
    })
    expect(labelled.statusLabel).toEqual({ id: waiting.id, name: '待检测' })
    expect(labelled.version).toBe(ticket.version + 1)
    expect(labelled.events.at(-1)).toMatchObject({ kind: 'label', data: { labelName: '待检测' } })
    const cleared = await call(shop, 'tickets.setLabel', {
      id: ticket.id,
      version: labelled.version,
      statusLabelId: null,
    })
    expect(cleared.statusLabel).toBeNull()
    expect(cleared.events.at(-1)).toMatchObject({ kind: 'label', data: { labelName: null } })
  })

  it('writes nothing when the label is already the one set', async () => {
    const ticket = await makeTicket(shop)
    const waiting = await label('received', '待检测')
    const labelled = await call(shop, 'tickets.setLabel', {
      id: ticket.id,
      version: ticket.version,
      statusLabelId: waiting.id,
    })
    const before = dumpRows(shop)
    const again = await call(shop, 'tickets.setLabel', {
      id: ticket.id,
      version: labelled.version,
      statusLabelId: waiting.id,
    })
    expect(again.version).toBe(labelled.version)
    expect(dumpRows(shop)).toEqual(before)
  })

  it('refuses a label of another status, an inactive label, and a stale version, writing nothing', async () => {
    const ticket = await makeTicket(shop)
    const other = await label('diagnosing', '拆机中')
    const old = await label('received', '旧标签')
    await call(shop, 'statusLabels.update', { id: old.id, name: '旧标签', active: false })
    const before = dumpRows(shop)
    expect(
      await send(shop, 'tickets.setLabel', {
        id: ticket.id,
        version: ticket.version,
        statusLabelId: other.id,
      }),
    ).toMatchObject({
      error: {
        code: 'CONFLICT',
        fields: { statusLabelId: 'notAllowed' },
        detail: { key: 'staff:errors.labelOfOtherStatus' },
      },
    })
    expect(
      await send(shop, 'tickets.setLabel', { id: ticket.id, version: ticket.version, statusLabelId: old.id }),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { statusLabelId: 'notAllowed' } } })
    expect(
      await send(shop, 'tickets.setLabel', {
        id: ticket.id,
        version: ticket.version - 1,
        statusLabelId: null,
      }),
    ).toMatchObject({ error: { code: 'CONFLICT', detail: { key: 'errors.conflict' } } })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('no longer shows once the ticket moved to another status', async () => {
    const ticket = await makeTicket(shop)
    const waiting = await label('received', '待检测')
    const labelled = await call(shop, 'tickets.setLabel', {
      id: ticket.id,
      version: ticket.version,
      statusLabelId: waiting.id,
    })
    const moved = await call(shop, 'tickets.changeStatus', {
      id: ticket.id,
      version: labelled.version,
      toStatus: 'diagnosing',
    })
    expect(moved.statusLabel).toBeNull()
    const row = await shop.db
      .selectFrom('tickets')
      .select('statusLabelId')
      .where('id', '=', ticket.id)
      .executeTakeFirst()
    expect(row?.statusLabelId).toBeNull()
  })

  it('is hidden when its label belongs to another status than the ticket’s (older data)', async () => {
    const ticket = await makeTicket(shop)
    const other = await label('diagnosing', '拆机中')
    await shop.db
      .updateTable('tickets')
      .set({ statusLabelId: other.id })
      .where('id', '=', ticket.id)
      .execute()
    expect((await call(shop, 'tickets.get', { id: ticket.id })).statusLabel).toBeNull()
  })
})

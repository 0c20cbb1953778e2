import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { builtInTemplates } from '../../shared/domain/messages'
import {
  call,
  countRows,
  makeTicket,
  openTestShop,
  send,
  setTicketStatus,
  type TestShop,
} from '../../tests/support/shop'
import { newId } from './context'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
  await shop.db.updateTable('settings').set({ outletName: '华强维修', phone: '0755-88886666' }).execute()
})
afterEach(async () => {
  await shop.close()
})

/** An estimate as the estimates service leaves it (written straight to its table here). */
async function estimate(ticketId: string, version: number, status: string, totalMinor: number) {
  await shop.db
    .insertInto('estimates')
    .values({
      id: newId(),
      ticketId,
      version,
      status,
      pricesIncludeTax: 1,
      subtotalMinor: totalMinor,
      taxMinor: 0,
      totalMinor,
      costMinor: 0,
      note: '',
      createdAt: new Date().toISOString(),
      createdBy: shop.actor.id,
      sentAt: null,
      sentBy: null,
      decidedAt: null,
      decisionChannel: null,
      decisionRecordedBy: null,
    })
    .execute()
}

describe('composing the message for the customer', () => {
  it('fills the current status’s message in simplified Chinese', async () => {
    const ticket = await makeTicket(shop, { estimateMinor: 48000, depositMinor: 10000 })
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const { body } = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-CN' })
    expect(body).toBe(
      `【华强维修】王芳您好，您的Apple iPhone 13（单号${ticket.number}）已修好，当前状态：待取机。取机时需付¥380.00，请携带服务单到店领取。电话：0755-88886666`,
    )
  })

  it('writes traditional Chinese and English with the amount in that language', async () => {
    const ticket = await makeTicket(shop, { estimateMinor: 48000, depositMinor: 10000 })
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const tw = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-TW' })
    expect(tw.body).toContain('目前狀態：待取件')
    expect(tw.body).toContain('取件時需付')
    expect(tw.body).toContain(ticket.number)
    const en = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'en' })
    expect(en.body).toContain('Status: Ready for pickup')
    expect(en.body).toContain('Amount due at pickup: CN¥380.00')
  })

  it('charges from the latest approved estimate, not a draft or the counter’s guess', async () => {
    const ticket = await makeTicket(shop, { estimateMinor: 48000, depositMinor: 10000 })
    await estimate(ticket.id, 1, 'superseded', 30000)
    await estimate(ticket.id, 2, 'approved', 52000)
    await estimate(ticket.id, 3, 'draft', 99000)
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const { body } = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-CN' })
    expect(body).toContain('取机时需付¥420.00')
  })

  it('says the amount is still to be confirmed when no price is known', async () => {
    const ticket = await makeTicket(shop)
    await setTicketStatus(shop, ticket.id, 'ready_for_pickup')
    const { body } = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-CN' })
    expect(body).toContain('取机时需付待确认')
  })

  it('asks nothing of a warranty (repeat) repair', async () => {
    const first = await makeTicket(shop)
    const repeat = await makeTicket(shop, { estimateMinor: 20000 })
    // Linked directly: the warranty rules that allow the link are the tickets service's, tested there.
    await shop.db
      .updateTable('tickets')
      .set({ warrantyOfTicketId: first.id })
      .where('id', '=', repeat.id)
      .execute()
    await setTicketStatus(shop, repeat.id, 'ready_for_pickup')
    const { body } = await call(shop, 'messages.compose', { ticketId: repeat.id, locale: 'zh-CN' })
    expect(body).toContain('取机时需付¥0.00')
  })

  it('answers NOT_FOUND for a ticket that does not exist', async () => {
    const result = await send(shop, 'messages.compose', {
      ticketId: '01900000-0000-7000-8000-000000000000',
      locale: 'en',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('the owner’s own wording', () => {
  it('lists every status in every language, all built in at first', async () => {
    const templates = await call(shop, 'messages.templates', {})
    expect(templates).toHaveLength(12 * 3)
    expect(templates.every((template) => template.builtIn)).toBe(true)
    expect(templates.find((t) => t.status === 'received' && t.locale === 'en')?.body).toBe(
      builtInTemplates.en.received,
    )
  })

  it('uses the owner’s wording once saved, and the shipped one again after a reset', async () => {
    const ticket = await makeTicket(shop)
    const saved = await call(shop, 'messages.saveTemplate', {
      status: 'received',
      locale: 'zh-CN',
      body: '{customerName}，{device}已收到（{number}），{colour}',
    })
    expect(saved).toMatchObject({ builtIn: false })
    const composed = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-CN' })
    expect(composed.body).toBe(`王芳，Apple iPhone 13已收到（${ticket.number}），{colour}`)
    // Saving again replaces the wording rather than adding a second one.
    await call(shop, 'messages.saveTemplate', {
      status: 'received',
      locale: 'zh-CN',
      body: '已收到 {number}',
    })
    expect(countRows(shop, 'messageTemplates')).toBe(1)
    const listed = await call(shop, 'messages.templates', {})
    expect(listed.find((t) => t.status === 'received' && t.locale === 'zh-CN')).toMatchObject({
      body: '已收到 {number}',
      builtIn: false,
    })
    // Other languages keep the shipped wording.
    expect(listed.find((t) => t.status === 'received' && t.locale === 'en')?.builtIn).toBe(true)

    const reset = await call(shop, 'messages.saveTemplate', {
      status: 'received',
      locale: 'zh-CN',
      body: '  ',
    })
    expect(reset).toEqual({
      status: 'received',
      locale: 'zh-CN',
      body: builtInTemplates['zh-CN'].received,
      builtIn: true,
    })
    expect(countRows(shop, 'messageTemplates')).toBe(0)
    const again = await call(shop, 'messages.compose', { ticketId: ticket.id, locale: 'zh-CN' })
    expect(again.body).toContain('您送修的Apple iPhone 13已收到')
  })
})

describe('recording that the customer was told', () => {
  it('puts what was sent and how on the customer-facing timeline', async () => {
    const ticket = await makeTicket(shop)
    const after = await call(shop, 'messages.recordTold', {
      ticketId: ticket.id,
      channel: 'wechat',
      body: '您的手机已收到',
    })
    expect(after.events.at(-1)).toMatchObject({
      kind: 'message',
      visibility: 'customer',
      note: '您的手机已收到',
      data: { channel: 'wechat' },
      actorName: '前台',
    })
    expect(after.version).toBe(ticket.version + 1)
    const audit = shop.sqlite
      .prepare("select count(*) from auditLog where action = 'messages.recordTold'")
      .pluck()
      .get()
    expect(audit).toBe(1)
  })
})

/**
 * The benchmark is only worth its figures if the generated shop holds what the counter would have
 * written. This writes one small plan twice, through the real services and through RawShopWriter
 * (and RawStockWriter), and requires the same rows (ids compared by creation order). The first test
 * masks the times the services take from the clock; the second sets the clock to each event's time,
 * so every column, audit rows included, must match.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import SQLite from 'better-sqlite3'
import { contract, zReportSchema } from '../shared/contract'
import { stockMovementKinds } from '../shared/domain/stock'
import { openDatabase, type OpenedDatabase } from '../main/db/open'
import type { Executor } from '../main/services/context'
import { sessionRow } from '../main/services/drawer.queries'
import { createPart, updatePart } from '../main/services/parts'
import { currentActor, getSettings, initializeStore } from '../main/services/settings'
import {
  adjustStock,
  postMovement,
  receiveStock,
  returnPartFromTicket,
  usePartOnTicket,
} from '../main/services/stock'
import { postCount, recordCount, startCount } from '../main/services/stockCounts'
import { computeZReport } from '../main/services/zReport'
import { createSupplier } from '../main/services/suppliers'
import { intakeTicket } from '../main/services/tickets'
import {
  archiveInput,
  countRecordInput,
  countStartInput,
  partInput,
  RawStockWriter,
  supplierInput,
} from './rawStockWriter'
import { generateBusyShop } from './generate'
import { moneyProblems } from './moneyChecks'
import { intakeInput, RawShopWriter } from './rawWriter'
import { Random } from './shopData'
import { planIntakes, type PlannedIntake } from './shopPlan'
import { movementOf, planStock, type StockEvent, TicketLog } from './stockPlan'

const tables: Record<string, { order: string; clockColumns: string[] }> = {
  customers: { order: 'rowid', clockColumns: ['createdAt', 'updatedAt'] },
  customerPhones: { order: 'rowid', clockColumns: [] },
  customerSearchGrams: { order: '"customerKey", "gram"', clockColumns: [] },
  devices: { order: 'rowid', clockColumns: ['createdAt', 'updatedAt'] },
  documentSequences: { order: '"name"', clockColumns: [] },
  tickets: { order: 'rowid', clockColumns: [] },
  ticketEvents: { order: 'rowid', clockColumns: [] },
  ticketDeposits: { order: 'rowid', clockColumns: [] },
  // The services stamp audit rows with the clock; the generator with the intake's time.
  auditLog: { order: 'rowid', clockColumns: ['at'] },
}
const stockTables: Record<string, { order: string; clockColumns: string[] }> = {
  suppliers: { order: 'rowid', clockColumns: [] },
  parts: { order: 'rowid', clockColumns: [] },
  partBarcodes: { order: 'rowid', clockColumns: [] },
  stockMovements: { order: 'rowid', clockColumns: [] },
  stockLevels: { order: 'rowid', clockColumns: [] },
  stockCounts: { order: 'rowid', clockColumns: [] },
  stockCountLines: { order: 'rowid', clockColumns: [] },
}
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** Every table's rows with ids replaced by their rank in creation order (clock columns masked if asked). */
function snapshot(opened: OpenedDatabase, clock = true): Record<string, unknown[]> {
  const { sqlite } = opened
  const staffId = (sqlite.prepare('select id from staff').pluck().get() as string | undefined) ?? ''
  const ids = [
    'customers',
    'devices',
    'tickets',
    'ticketEvents',
    'ticketDeposits',
    'auditLog',
    'suppliers',
    'parts',
    'stockMovements',
    'stockCounts',
  ]
    .flatMap((table) => sqlite.prepare(`select id from "${table}"`).pluck().all() as string[])
    .sort()
  const rank = new Map(ids.map((id, index) => [id, `#${index}`]))
  rank.set(staffId, 'staff')
  const result: Record<string, unknown[]> = {}
  for (const [table, entry] of Object.entries({ ...tables, ...stockTables })) {
    // With the clock set, audit rows are compared in time order: the generator writes the tickets'
    // and then the stock's (rowids differ), the services one after the other as they happened.
    const order = !clock && table === 'auditLog' ? '"id"' : entry.order
    const clockColumns = clock ? entry.clockColumns : []
    const rows = sqlite.prepare(`select * from "${table}" order by ${order}`).all() as Record<
      string,
      unknown
    >[]
    result[table] = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          clockColumns.includes(column)
            ? '<clock>'
            : typeof value === 'string'
              ? value.replace(uuid, (id) => rank.get(id) ?? `unknown ${id}`)
              : value,
        ]),
      ),
    )
  }
  return result
}

async function openShop(dir: string, name: string) {
  const opened = await openDatabase(path.join(dir, name))
  await initializeStore(opened.db, 'zh-CN')
  return { opened, actor: await currentActor(opened.db), settings: await getSettings(opened.db) }
}

let dir = ''
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('the generated busy shop', () => {
  it('holds the same rows the services write for the same intakes', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-bench-'))
    const end = Date.parse('2026-06-01T12:00:00Z')
    const plan: PlannedIntake[] = [...planIntakes({ customers: 40, devices: 60, tickets: 120 }, 7, end, 60)]
    expect(plan.some((intake) => intake.ticket.depositMinor > 0)).toBe(true)
    expect(
      plan.some((intake) => intake.customer.kind === 'new' && intake.customer.fields.phones.length > 1),
    ).toBe(true)

    const services = await openShop(dir, 'services.db')
    const customerIds: string[] = []
    const deviceIds: string[] = []
    for (const intake of plan) {
      const input = intakeInput(
        intake,
        (ordinal) => customerIds[ordinal]!,
        (ordinal) => deviceIds[ordinal]!,
      )
      const ticket = await services.opened.db
        .transaction()
        .execute((trx) => intakeTicket(trx, input, services.actor, new Date(intake.at).toISOString()))
      if (intake.customer.kind === 'new') customerIds.push(ticket.customer.id)
      if (intake.device.kind === 'new') deviceIds.push(ticket.device.id)
    }

    const raw = await openShop(dir, 'raw.db')
    const writer = new RawShopWriter(
      raw.opened.sqlite,
      raw.settings.outletCode,
      raw.actor,
      new Random(1),
      false,
    )
    raw.opened.sqlite.transaction(() => {
      for (const intake of plan) writer.write(intake)
      writer.finish()
    })()

    try {
      const expected = snapshot(services.opened)
      const actual = snapshot(raw.opened)
      for (const table of Object.keys(tables))
        expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] })
      expect(writer.counts).toMatchObject({ customers: 40, devices: 60, tickets: 120 })
    } finally {
      await services.opened.close()
      await raw.opened.close()
    }
  })

  it('holds the same parts stock rows the services write for the same plan, audit rows included', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-bench-'))
    const end = Date.parse('2026-06-01T12:00:00Z')
    const intakes = [...planIntakes({ customers: 40, devices: 60, tickets: 160 }, 7, end, 60)]
    const log = new TicketLog()
    for (const intake of intakes) log.add(intake)
    const stock = planStock({
      size: { parts: 200, movements: 1500 },
      // A seed whose small plan holds every kind of movement (asserted below).
      seed: 8,
      end,
      days: 150,
      tickets: log.tickets,
    })
    const events = [...stock.events]
    expect(events.some((event) => event.type === 'archive')).toBe(true)
    expect(events.some((event) => event.type === 'countPost')).toBe(true)
    // Two writers' ids in the same millisecond would have no defined order.
    const times = new Set(intakes.map((intake) => intake.at))
    expect(events.filter((event) => times.has(event.at))).toEqual([])

    // Through the services, in time order, with the clock at each event's time.
    const services = await openShop(dir, 'services.db')
    // Two thousand commits: no fsync for each (it changes no row).
    services.opened.sqlite.pragma('synchronous = OFF')
    const customerIds: string[] = []
    const deviceIds: string[] = []
    const ticketIds: string[] = []
    const supplierIds: string[] = []
    const partIds: string[] = []
    const countIds: string[] = []
    const supplierOf = (part: number) => {
      const supplier = stock.catalogue[part]!.supplier
      return supplier === null ? null : supplierIds[supplier]!
    }
    const runEvent = async (trx: Executor, event: StockEvent) => {
      const { actor } = services
      switch (event.type) {
        case 'supplier':
          supplierIds[event.supplier] = (await createSupplier(trx, supplierInput(event.input), actor)).id
          return
        case 'part':
          partIds[event.part] = (
            await createPart(trx, partInput(stock.catalogue[event.part]!, supplierOf(event.part)), actor)
          ).id
          return
        case 'countStart':
          countIds[event.count] = (await startCount(trx, countStartInput(event.category), actor)).id
          return
        case 'countRecord':
          await recordCount(
            trx,
            countRecordInput(countIds[event.count]!, partIds[event.part]!, event.counted),
            actor,
          )
          return
        case 'countPost':
          await postCount(trx, countIds[event.count]!, actor)
          return
        case 'archive':
          await updatePart(
            trx,
            archiveInput(stock.catalogue[event.part]!, supplierOf(event.part), partIds[event.part]!),
            actor,
          )
          return
        case 'movement': {
          const planned = event.movement
          const partId = partIds[event.part]!
          const document = planned.document
          const documentId =
            document === null
              ? null
              : document.type === 'ticket'
                ? ticketIds[document.ticket]!
                : supplierIds[document.supplier]!
          // The callers that exist post through their own entry points (which build the movement).
          switch (planned.kind) {
            case 'receipt':
              await receiveStock(
                trx,
                contract['stock.receive'].input.parse({
                  partId,
                  quantity: planned.quantity,
                  unitCostMinor: planned.unitCostMinor,
                  supplierId: documentId,
                  note: planned.note,
                }),
                actor,
              )
              return
            case 'adjustment':
              await adjustStock(
                trx,
                contract['stock.adjust'].input.parse({
                  partId,
                  quantity: planned.quantity,
                  reason: planned.reason,
                  note: planned.note,
                }),
                actor,
              )
              return
            case 'repair_use':
              await usePartOnTicket(
                trx,
                { ticketId: documentId!, partId, quantity: -planned.quantity },
                actor,
              )
              return
            case 'repair_return':
              await returnPartFromTicket(
                trx,
                { ticketId: documentId!, partId, quantity: planned.quantity },
                actor,
              )
              return
            default:
              await postMovement(trx, movementOf(planned, partId, documentId), actor)
          }
        }
      }
    }
    const timeline = [
      ...intakes.map((intake) => ({ at: intake.at, intake })),
      ...events.map((event) => ({ at: event.at, event })),
    ].sort((a, b) => a.at - b.at)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      for (const entry of timeline) {
        vi.setSystemTime(entry.at)
        await services.opened.db.transaction().execute(async (trx) => {
          if ('event' in entry) {
            await runEvent(trx, entry.event)
            return
          }
          const { intake } = entry
          const input = intakeInput(
            intake,
            (ordinal) => customerIds[ordinal]!,
            (ordinal) => deviceIds[ordinal]!,
          )
          const ticket = await intakeTicket(trx, input, services.actor, new Date(intake.at).toISOString())
          if (intake.customer.kind === 'new') customerIds.push(ticket.customer.id)
          if (intake.device.kind === 'new') deviceIds.push(ticket.device.id)
          ticketIds.push(ticket.id)
        })
      }
    } finally {
      vi.useRealTimers()
    }

    // Raw: the intakes, then the stock plan, as generate.ts writes them.
    const raw = await openShop(dir, 'raw.db')
    const writer = new RawShopWriter(
      raw.opened.sqlite,
      raw.settings.outletCode,
      raw.actor,
      new Random(1),
      false,
    )
    const rawTicketIds: string[] = []
    const stockWriter = new RawStockWriter(
      raw.opened.sqlite,
      raw.settings.outletCode,
      raw.actor,
      new Random(2),
      stock.catalogue,
      (n) => {
        rawTicketIds[n] ??= raw.opened.sqlite
          .prepare('select id from tickets order by rowid limit 1 offset ?')
          .pluck()
          .get(n) as string
        return rawTicketIds[n]
      },
    )
    raw.opened.sqlite.transaction(() => {
      for (const intake of intakes) writer.write(intake)
      writer.finish()
      for (const event of events) stockWriter.write(event)
      stockWriter.finish()
    })()

    try {
      // Every kind of movement the plan makes is in this small plan (transfers need a second outlet).
      const kinds = services.opened.sqlite
        .prepare('select kind, count(*) from stockMovements group by kind')
        .raw()
        .all() as [string, number][]
      expect(new Set(kinds.map(([kind]) => kind))).toEqual(
        new Set(stockMovementKinds.filter((kind) => !kind.startsWith('transfer'))),
      )
      expect(kinds.reduce((sum, [, movements]) => sum + movements, 0)).toBe(1500)
      const expected = snapshot(services.opened, false)
      const actual = snapshot(raw.opened, false)
      for (const table of [...Object.keys(tables), ...Object.keys(stockTables)])
        expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] })
      expect(stockWriter.counts).toMatchObject({
        suppliers: stock.suppliers.length,
        parts: 200,
        movements: 1500,
      })
    } finally {
      await services.opened.close()
      await raw.opened.close()
    }
  }, 120_000)

  it('puts deposits into the drawer open at the time, as intakeTicket does', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-bench-'))
    const end = Date.parse('2026-06-01T12:00:00Z')
    const plan = [...planIntakes({ customers: 30, devices: 40, tickets: 80 }, 9, end, 30)]
    expect(
      plan.some((intake) => intake.ticket.depositMinor > 0 && intake.ticket.depositTender === 'cash'),
    ).toBe(true)
    const sessionId = '019a0000-0000-7000-8000-000000000001'
    const openDrawer = (shop: Awaited<ReturnType<typeof openShop>>) =>
      shop.opened.sqlite
        .prepare(
          `insert into "drawerSessions" ("id", "number", "status", "floatMinor", "openedAt", "openedBy")
           values (?, 'SC01-D000001', 'open', 50000, '2026-01-01T00:00:00.000Z', ?)`,
        )
        .run(sessionId, shop.actor.id)
    const services = await openShop(dir, 'services.db')
    openDrawer(services)
    const customerIds: string[] = []
    const deviceIds: string[] = []
    for (const intake of plan) {
      const input = intakeInput(
        intake,
        (ordinal) => customerIds[ordinal]!,
        (ordinal) => deviceIds[ordinal]!,
      )
      const ticket = await services.opened.db
        .transaction()
        .execute((trx) => intakeTicket(trx, input, services.actor, new Date(intake.at).toISOString()))
      if (intake.customer.kind === 'new') customerIds.push(ticket.customer.id)
      if (intake.device.kind === 'new') deviceIds.push(ticket.device.id)
    }
    const raw = await openShop(dir, 'raw.db')
    openDrawer(raw)
    const writer = new RawShopWriter(
      raw.opened.sqlite,
      raw.settings.outletCode,
      raw.actor,
      new Random(1),
      false,
      () => sessionId,
    )
    raw.opened.sqlite.transaction(() => {
      for (const intake of plan) writer.write(intake)
    })()
    const rows = (shop: Awaited<ReturnType<typeof openShop>>) => ({
      deposits: shop.opened.sqlite
        .prepare(
          'select "amountMinor", "tender", "createdAt", "drawerSessionId" from "ticketDeposits" order by rowid',
        )
        .all(),
      cash: shop.opened.sqlite
        .prepare(
          'select "sessionId", "kind", "amountMinor", "reason", "paymentId", "createdAt", "createdBy" = ? as "byActor" from "cashMovements" order by rowid',
        )
        .all(shop.actor.id),
    })
    try {
      const expected = rows(services)
      expect(expected.cash.length).toBeGreaterThan(0)
      expect(rows(raw)).toEqual(expected)
    } finally {
      await services.opened.close()
      await raw.opened.close()
    }
  })

  it('holds money that obeys the rules: gapless numbers, documents that add up, cash that balances', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-bench-'))
    const out = path.join(dir, 'money.db')
    await generateBusyShop({
      out,
      size: { customers: 300, devices: 450, tickets: 900 },
      stock: { parts: 300, movements: 4000 },
      money: { invoices: 1200 },
      seed: 11,
      days: 100,
      stockDays: 200,
      moneyDays: 200,
      end: Date.parse('2026-06-01T09:00:00Z'),
      log: () => undefined,
    })
    // Each frozen Z report is what the Z report service works out from the day's rows.
    const opened = await openDatabase(out)
    try {
      const closed = opened.sqlite
        .prepare(`select "id", "zReport" from "drawerSessions" where "status" = 'closed' order by "openedAt"`)
        .all() as { id: string; zReport: string }[]
      for (const session of closed) {
        const frozen = JSON.parse(session.zReport) as ReturnType<typeof zReportSchema.parse>
        const row = await sessionRow(opened.db, session.id)
        const live = await computeZReport(opened.db, row, {
          closedAt: frozen.closedAt!,
          closedByName: frozen.closedByName!,
          countedMinor: frozen.cash.countedMinor!,
          varianceMinor: frozen.cash.varianceMinor!,
        })
        // As the drawer stores it (JSON): the live figure may be -0 where the stored one is 0.
        expect(frozen).toEqual(JSON.parse(JSON.stringify(live)))
      }
    } finally {
      await opened.close()
    }
    const sqlite = new SQLite(out, { readonly: true })
    try {
      expect(moneyProblems(sqlite, 'SC01')).toEqual([])
      const count = (query: string) => Number(sqlite.prepare(query).pluck().get())
      // Every kind of thing the rules are about is there to be checked.
      expect(count(`select count(*) from "invoices"`)).toBe(1200)
      expect(
        count(`select count(*) from "invoices" where "kind" = 'credit_note' and "isVoid" = 1`),
      ).toBeGreaterThan(0)
      expect(
        count(`select count(*) from "invoices" where "kind" = 'credit_note' and "isVoid" = 0`),
      ).toBeGreaterThan(0)
      expect(
        count(`select count(*) from "invoices" where "ticketId" is null and "kind" = 'invoice'`),
      ).toBeGreaterThan(0)
      expect(count(`select count(*) from "invoices" where "discountMinor" > 0`)).toBeGreaterThan(0)
      for (const tender of ['cash', 'card', 'wechat', 'alipay', 'transfer', 'deposit'])
        expect({
          tender,
          count: count(`select count(*) from "payments" where "tender" = '${tender}'`),
        }).not.toEqual({ tender, count: 0 })
      expect(count(`select count(*) from "payments" where "changeMinor" > 0`)).toBeGreaterThan(0)
      expect(count(`select count(*) from "storeCredit" where "amountMinor" > 0`)).toBeGreaterThan(0)
      // Split payments, and invoices left owing.
      expect(
        count(
          `select count(*) from (select "invoiceId" from "payments" where "kind" = 'payment' group by "invoiceId" having count(distinct "tender") > 1)`,
        ),
      ).toBeGreaterThan(0)
      expect(
        count(
          `select count(*) from "invoices" i where "kind" = 'invoice' and "totalMinor" > (select coalesce(sum("amountMinor"), 0) from "payments" p where p."invoiceId" = i."id" and p."kind" <> 'refund')`,
        ),
      ).toBeGreaterThan(0)
      expect(
        count(
          `select count(*) from "cashMovements" where "kind" in ('paid_in', 'paid_out', 'deposit', 'refund')`,
        ),
      ).toBeGreaterThan(0)
      // The open drawer is the last one, and the day's figures are the drawer's: one session a day.
      expect(count(`select count(*) from "drawerSessions"`)).toBe(200)
      expect(
        sqlite
          .prepare(`select "status" from "drawerSessions" order by "openedAt" desc limit 1`)
          .pluck()
          .get(),
      ).toBe('open')
      // Collected tickets were collected in business hours, after they came in.
      expect(
        count(
          `select count(*) from "tickets" where "status" = 'collected' and ("collectedAt" is null or "collectedAt" <= "createdAt")`,
        ),
      ).toBe(0)
    } finally {
      sqlite.close()
    }
  }, 120_000)
})

/**
 * The benchmark is only worth its figures if the generated shop holds what the counter would have
 * written. This writes one small plan twice, through the real services and through RawShopWriter,
 * and requires the same rows (ids compared by creation order; clock-written times masked).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../main/db/open'
import { currentActor, getSettings, initializeStore } from '../main/services/settings'
import { intakeTicket } from '../main/services/tickets'
import { intakeInput, RawShopWriter } from './rawWriter'
import { Random } from './shopData'
import { planIntakes, type PlannedIntake } from './shopPlan'

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
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** Every table's rows with ids replaced by their rank in creation order. */
function snapshot(opened: OpenedDatabase): Record<string, unknown[]> {
  const { sqlite } = opened
  const staffId = (sqlite.prepare('select id from staff').pluck().get() as string | undefined) ?? ''
  const ids = ['customers', 'devices', 'tickets', 'ticketEvents', 'ticketDeposits', 'auditLog']
    .flatMap((table) => sqlite.prepare(`select id from "${table}"`).pluck().all() as string[])
    .sort()
  const rank = new Map(ids.map((id, index) => [id, `#${index}`]))
  rank.set(staffId, 'staff')
  const result: Record<string, unknown[]> = {}
  for (const [table, { order, clockColumns }] of Object.entries(tables)) {
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
})

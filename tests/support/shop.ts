/**
 * Test support: a fresh shop in its own SQLite file, and small factories over the real services.
 * No mocks: every test runs the same code and the same database engine as the counter.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type {
  CustomerInput,
  DeviceInput,
  Envelope,
  IntakeInput,
  Locale,
  Method,
  MethodInput,
  MethodOutput,
  PartInput,
  SupplierInput,
} from '../../shared/contract'
import { contract, isMethod, onceMethods } from '../../shared/contract'
import { openDatabase, type OpenedDatabase } from '../../main/db/open'
import { dispatch, type CallMeta, type HandlerContext } from '../../main/handlers'
import { newId, type Actor } from '../../main/services/context'
import { createCustomer } from '../../main/services/customers'
import { createDevice } from '../../main/services/devices'
import { createPart } from '../../main/services/parts'
import { adjustStock, receiveStock } from '../../main/services/stock'
import { createSupplier } from '../../main/services/suppliers'
import { currentActor, initializeStore } from '../../main/services/settings'
import { intakeTicket } from '../../main/services/tickets'
import type { TicketStatus } from '../../shared/domain/status'
import type { AdjustmentReason } from '../../shared/domain/stock'

export interface TestShop extends OpenedDatabase {
  actor: Actor
  dir: string
  context: HandlerContext
}

export async function openTestShop(locale: Locale = 'zh-CN'): Promise<TestShop> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-test-'))
  const opened = await openDatabase(path.join(dir, 'shop.db'))
  await initializeStore(opened.db, locale)
  const actor = await currentActor(opened.db)
  const context: HandlerContext = {
    db: opened.db,
    door: 'http',
    databasePath: opened.path,
    printer: null,
    checkOutput: true,
    log: () => undefined,
  }
  return {
    ...opened,
    actor,
    dir,
    context,
    close: async () => {
      await opened.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The factories parse their input and the service's answer with the contract, as the doors do. */
export async function makeCustomer(shop: TestShop, input: Partial<CustomerInput> = {}) {
  const parsed = contract['customers.create'].input.parse({ name: '王芳', phones: ['13800138000'], ...input })
  const customer = await shop.db.transaction().execute((trx) => createCustomer(trx, parsed, shop.actor))
  return contract['customers.create'].output.parse(customer)
}

export async function makeDevice(shop: TestShop, customerId: string, input: Partial<DeviceInput> = {}) {
  const parsed = contract['devices.create'].input.parse({
    customerId,
    category: 'phone',
    brand: 'Apple',
    model: 'iPhone 13',
    serial: '356938035643809',
    ...input,
  })
  const device = await shop.db.transaction().execute((trx) => createDevice(trx, parsed, shop.actor))
  return contract['devices.create'].output.parse(device)
}

export async function makeTicket(shop: TestShop, input: Partial<IntakeInput> = {}) {
  const customer = input.customer ?? { kind: 'existing' as const, id: (await makeCustomer(shop)).id }
  const device =
    input.device ??
    (customer.kind === 'existing'
      ? { kind: 'existing' as const, id: (await makeDevice(shop, customer.id)).id }
      : { kind: 'new' as const, category: 'phone' as const, brand: 'Huawei', model: 'Mate 60' })
  const parsed = contract['tickets.intake'].input.parse({
    reportedFault: '屏幕碎裂',
    ...input,
    customer,
    device,
  })
  const ticket = await shop.db.transaction().execute((trx) => intakeTicket(trx, parsed, shop.actor))
  return contract['tickets.intake'].output.parse(ticket)
}

export async function makeSupplier(shop: TestShop, input: Partial<SupplierInput> = {}) {
  const parsed = contract['suppliers.create'].input.parse({ name: '华强北配件行', ...input })
  const supplier = await shop.db.transaction().execute((trx) => createSupplier(trx, parsed, shop.actor))
  return contract['suppliers.create'].output.parse(supplier)
}

/** A part; without a SKU it gets the next free one of this shop (P0001, P0002...). */
export async function makePart(shop: TestShop, input: Partial<PartInput> = {}) {
  const sku = input.sku ?? `P${String(countRows(shop, 'parts') + 1).padStart(4, '0')}`
  const parsed = contract['parts.create'].input.parse({ name: '屏幕总成', ...input, sku })
  const part = await shop.db.transaction().execute((trx) => createPart(trx, parsed, shop.actor))
  return contract['parts.create'].output.parse(part)
}

/** Goods in at a unit cost, as `stock.receive` does; answers the part afterwards. */
export async function receive(
  shop: TestShop,
  partId: string,
  quantity: number,
  unitCostMinor: number,
  input: { supplierId?: string | null; note?: string } = {},
) {
  const parsed = contract['stock.receive'].input.parse({ partId, quantity, unitCostMinor, ...input })
  const part = await shop.db.transaction().execute((trx) => receiveStock(trx, parsed, shop.actor))
  return contract['stock.receive'].output.parse(part)
}

/** A signed correction with a reason, as `stock.adjust` does; answers the part afterwards. */
export async function adjust(
  shop: TestShop,
  partId: string,
  quantity: number,
  reason: AdjustmentReason = 'found',
  note = '',
) {
  const parsed = contract['stock.adjust'].input.parse({ partId, quantity, reason, note })
  const part = await shop.db.transaction().execute((trx) => adjustStock(trx, parsed, shop.actor))
  return contract['stock.adjust'].output.parse(part)
}

/** Calls a method through the door's own entry point and parses the answer with the contract. */
export async function call<M extends Method>(
  shop: TestShop,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const envelope = await dispatch(shop.context, method, input, freshKey(method))
  if (!envelope.ok) throw new Error(`${method} failed: ${JSON.stringify(envelope.error)}`)
  return contract[method].output.parse(envelope.value) as MethodOutput<M>
}

/** Calls a method with any input (bad ones included) and answers the envelope as it is. */
export function send(shop: TestShop, method: string, input: unknown): Promise<Envelope<unknown>> {
  return dispatch(shop.context, method, input, freshKey(method))
}

/** A new idempotency key for each money write, as a form opened anew would make. */
function freshKey(method: string): CallMeta {
  return isMethod(method) && onceMethods.has(method) ? { idempotencyKey: newId() } : {}
}

/**
 * Every row of every table, sorted, so a test can prove a refused write left the file as it was
 * (sequences and the settings row included, not only row counts).
 */
export function dumpRows(shop: TestShop): Record<string, string[]> {
  const tables = shop.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => [
      table,
      shop.sqlite
        .prepare(`select * from "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  )
}

/** Rows in one table. */
export function countRows(shop: TestShop, table: string): number {
  return shop.sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number
}

/** A path for a database file in a new temporary folder, and a way to remove the folder. */
export function tempDatabaseFile(): { file: string; dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-test-'))
  return {
    file: path.join(dir, 'shop.db'),
    dir,
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * Moves a ticket to a status directly: the workflow methods arrive with a later issue; until then
 * list and count tests need tickets in other statuses.
 */
export async function setTicketStatus(shop: TestShop, id: string, status: TicketStatus): Promise<void> {
  await shop.db.updateTable('tickets').set({ status }).where('id', '=', id).execute()
}

/** What a bad-input case may point at: a ticket with its customer and device, a supplier and a part. */
export interface BadInputFixture {
  customerId: string
  deviceId: string
  ticketId: string
  supplierId: string
  partId: string
  partSku: string
  partBarcode: string
  /** An active technician (staff). */
  technicianId: string
  /** What the case's own `setup` made (ids of an estimate, a reservation...). */
  extra: Record<string, string>
}

/** A technician, written straight to the staff table (the staff service is tested on its own). */
export async function makeTechnician(shop: TestShop, name = '王师傅', code = 'T1'): Promise<string> {
  const id = newId()
  await shop.db
    .insertInto('staff')
    .values({ id, name, code, role: 'technician', active: 1, createdAt: new Date().toISOString() })
    .execute()
  return id
}

/** An input a method must refuse, the error code it answers, and the fields the error names. */
export interface BadInput {
  name: string
  /** Builds more of the shop before the rows are compared (through the real services). */
  setup?: (shop: TestShop, fixture: BadInputFixture) => Promise<Record<string, string>>
  input: (fixture: BadInputFixture) => unknown
  code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN'
  fields?: Record<string, string>
}

/** The methods of the parts-stock domains, whose bad inputs live in their own table. */
export function isStockMethod(method: Method): boolean {
  return /^(parts|suppliers|stock|stockCounts|purchaseOrders)\.|^reports\.stock/.test(method)
}

/**
 * Sends each bad input through the door's entry point, each in a fresh shop, and expects the error
 * code, the fields, and not one row changed.
 */
export function describeBadInputs(table: Partial<Record<Method, BadInput[]>>): void {
  const cases = Object.entries(table).flatMap(([method, list]) => list.map((bad) => ({ method, ...bad })))
  describe.each(cases)('$method refuses $name input', ({ method, input, code, fields, setup }) => {
    it(`with ${code}${fields ? ` on ${Object.keys(fields).join(', ')}` : ''}, and writes nothing`, async () => {
      const shop = await openTestShop()
      try {
        const ticket = await makeTicket(shop, { unlockCode: '1234' })
        const supplier = await makeSupplier(shop)
        const part = await makePart(shop, {
          sku: 'IP13-SCR',
          barcodes: ['6901234567890'],
          defaultSupplierId: supplier.id,
        })
        const fixture: BadInputFixture = {
          customerId: ticket.customer.id,
          deviceId: ticket.device.id,
          ticketId: ticket.id,
          supplierId: supplier.id,
          partId: part.id,
          partSku: part.sku,
          partBarcode: part.barcodes[0]!,
          technicianId: await makeTechnician(shop),
          extra: {},
        }
        if (setup) fixture.extra = await setup(shop, fixture)
        const before = dumpRows(shop)
        const result = await send(shop, method, input(fixture))
        expect(result).toMatchObject({ ok: false, error: { code } })
        if (!result.ok) {
          expect(result.error.message).not.toBe('')
          if (fields) expect(result.error.fields).toMatchObject(fields)
          else expect(result.error.fields).toBeUndefined()
        }
        expect(dumpRows(shop)).toEqual(before)
      } finally {
        await shop.close()
      }
    })
  })
}

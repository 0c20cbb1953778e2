/**
 * Test support: a fresh shop in its own SQLite file, and small factories over the real services.
 * No mocks: every test runs the same code and the same database engine as the counter.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CustomerInput, DeviceInput, IntakeInput, Locale } from '../../shared/contract'
import { contract } from '../../shared/contract'
import { openDatabase, type OpenedDatabase } from '../../main/db/open'
import type { HandlerContext } from '../../main/handlers'
import type { Actor } from '../../main/services/context'
import { createCustomer } from '../../main/services/customers'
import { createDevice } from '../../main/services/devices'
import { currentActor, initializeStore } from '../../main/services/settings'
import { intakeTicket } from '../../main/services/tickets'

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

export function makeCustomer(shop: TestShop, input: Partial<CustomerInput> = {}) {
  const parsed = contract['customers.create'].input.parse({ name: '王芳', phones: ['13800138000'], ...input })
  return shop.db.transaction().execute((trx) => createCustomer(trx, parsed, shop.actor))
}

export function makeDevice(shop: TestShop, customerId: string, input: Partial<DeviceInput> = {}) {
  const parsed = contract['devices.create'].input.parse({
    customerId,
    category: 'phone',
    brand: 'Apple',
    model: 'iPhone 13',
    serial: '356938035643809',
    ...input,
  })
  return shop.db.transaction().execute((trx) => createDevice(trx, parsed, shop.actor))
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
  return shop.db.transaction().execute((trx) => intakeTicket(trx, parsed, shop.actor))
}

/**
 * Demo data: a small living shop (customers, their devices, three weeks of walk-in repairs) written
 * through the same services as the counter, so a newcomer sees the product at once.
 */
import type { Locale } from '../../shared/contract'
import demo from '../../resources/demo/demo-shop.json'
import { AppError } from '../errors'
import type { Actor, Executor } from './context'
import { createCustomer } from './customers'
import { createDevice } from './devices'
import { intakeTicket } from './tickets'

/** A small deterministic generator, so the demo shop is the same on every machine. */
function randomSequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function imeiFrom(random: () => number): string {
  const digits = Array.from({ length: 14 }, () => Math.floor(random() * 10))
  const sum = digits.reduce((total, digit, index) => {
    const value = index % 2 === 1 ? digit * 2 : digit
    return total + (value > 9 ? value - 9 : value)
  }, 0)
  return [...digits, (10 - (sum % 10)) % 10].join('')
}

export async function loadDemoData(
  db: Executor,
  locale: Locale,
  actor: Actor,
): Promise<{ customers: number; tickets: number }> {
  const existing = await db.selectFrom('tickets').select('id').limit(1).executeTakeFirst()
  const customersExisting = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst()
  if (existing || customersExisting) {
    throw new AppError('CONFLICT', 'Demo data can only be loaded into an empty shop.', 'errors.demoNotEmpty')
  }
  const random = randomSequence(20261125)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const surnames = locale === 'zh-TW' ? demo.traditionalSurnames : demo.surnames
  const customerCount = 40
  const day = 24 * 3600 * 1000
  const start = Date.now() - 20 * day
  let tickets = 0
  for (let index = 0; index < customerCount; index += 1) {
    const name = index % 5 === 4 ? pick(demo.englishNames) : pick(surnames) + pick(demo.givenNames)
    const phone = `1${pick(['38', '39', '58', '86', '35', '77'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`
    const customer = await createCustomer(
      db,
      { name, phones: [phone], email: '', address: '', notes: '' },
      actor,
    )
    const model = pick(demo.devices)
    const device = await createDevice(
      db,
      {
        customerId: customer.id,
        category: model.category as 'phone',
        brand: model.brand,
        model: model.model,
        serial: model.imei ? imeiFrom(random) : `SN${Math.floor(random() * 1e10)}`,
        purchaseDate: null,
        warrantyEnd: null,
        notes: '',
      },
      actor,
    )
    const visits = 1 + Math.floor(random() * 2)
    for (let visit = 0; visit < visits; visit += 1) {
      // Spread over the last three weeks, oldest first, never in the future.
      const at = new Date(start + ((index + visit * 0.5) / customerCount) * 20 * day)
      const estimate = (1 + Math.floor(random() * 60)) * 1000
      await intakeTicket(
        db,
        {
          customer: { kind: 'existing', id: customer.id },
          device: { kind: 'existing', id: device.id },
          reportedFault: pick(
            demo.faults[locale][
              model.category === 'appliance' || model.category === 'tv' ? 'appliance' : 'electronics'
            ],
          ),
          accessories: random() > 0.5 ? [pick(demo.accessories[locale])] : [],
          condition: pick(demo.conditions[locale]),
          unlockCode: random() > 0.6 ? String(Math.floor(random() * 1e6)).padStart(6, '0') : '',
          estimateMinor: estimate,
          depositMinor: random() > 0.5 ? Math.min(estimate, 5000) : 0,
          depositTender: pick(['cash', 'wechat', 'alipay'] as const),
          promisedAt: new Date(at.getTime() + 3 * day).toISOString(),
          priority: random() > 0.85 ? 'urgent' : 'normal',
          assignedTo: null,
          warrantyOfTicketId: null,
        },
        actor,
        at.toISOString(),
      )
      tickets += 1
    }
  }
  return { customers: customerCount, tickets }
}

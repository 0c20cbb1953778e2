/**
 * Demo data: a small living shop (customers, their devices, three weeks of walk-in repairs, a labour
 * price list and two technicians) written through the same services as the counter, so a newcomer
 * sees the product at once.
 */
import type { Locale } from '../../shared/contract'
import type { TicketStatus } from '../../shared/domain/status'
import demo from '../../resources/demo/demo-shop.json'
import { AppError } from '../errors'
import { type Actor, type Executor, newId, nowUtc } from './context'
import { createCustomer } from './customers'
import { createDevice } from './devices'
import { createLabour } from './labour'
import { changeTicketStatus, intakeTicket } from './tickets'

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

/** [name, category, price in minor units, standard minutes, repair warranty days] */
type LabourRow = [string, string, number, number, number]

/** A small published price list of work, in each language with its own currency's usual prices. */
const labourCatalogue: Record<Locale, LabourRow[]> = {
  'zh-CN': [
    ['屏幕更换（手机）', '手机维修', 8000, 45, 90],
    ['电池更换（手机）', '手机维修', 5000, 30, 90],
    ['充电口维修', '手机维修', 6000, 40, 90],
    ['进水清洗处理', '手机维修', 12000, 90, 30],
    ['摄像头更换', '手机维修', 6000, 30, 90],
    ['主板维修', '手机维修', 20000, 180, 90],
    ['笔记本清灰换硅脂', '电脑维修', 8000, 60, 30],
    ['笔记本键盘更换', '电脑维修', 10000, 60, 90],
    ['洗衣机排水泵更换', '家电维修', 12000, 60, 180],
    ['空调加氟', '家电维修', 15000, 60, 90],
    ['故障检测', '检测', 3000, 20, 0],
  ],
  'zh-TW': [
    ['螢幕更換（手機）', '手機維修', 120000, 45, 90],
    ['電池更換（手機）', '手機維修', 80000, 30, 90],
    ['充電孔維修', '手機維修', 90000, 40, 90],
    ['進水清潔處理', '手機維修', 150000, 90, 30],
    ['相機鏡頭更換', '手機維修', 90000, 30, 90],
    ['主機板維修', '手機維修', 300000, 180, 90],
    ['筆電清潔換散熱膏', '電腦維修', 120000, 60, 30],
    ['筆電鍵盤更換', '電腦維修', 150000, 60, 90],
    ['洗衣機排水馬達更換', '家電維修', 180000, 60, 180],
    ['冷氣補冷媒', '家電維修', 200000, 60, 90],
    ['故障檢測', '檢測', 30000, 20, 0],
  ],
  en: [
    ['Screen replacement (phone)', 'Phone repair', 4900, 45, 90],
    ['Battery replacement (phone)', 'Phone repair', 2900, 30, 90],
    ['Charging port repair', 'Phone repair', 3900, 40, 90],
    ['Water damage cleaning', 'Phone repair', 5900, 90, 30],
    ['Camera replacement', 'Phone repair', 3500, 30, 90],
    ['Logic board repair', 'Phone repair', 9900, 180, 90],
    ['Laptop cleaning and thermal paste', 'Computer repair', 4500, 60, 30],
    ['Laptop keyboard replacement', 'Computer repair', 5500, 60, 90],
    ['Washing machine drain pump replacement', 'Appliance repair', 7500, 60, 180],
    ['Air conditioner refrigerant recharge', 'Appliance repair', 8900, 60, 90],
    ['Diagnostic check', 'Diagnosis', 2000, 20, 0],
  ],
}

const technicianNames: Record<Locale, [string, string]> = {
  'zh-CN': ['张师傅', '李师傅'],
  'zh-TW': ['陳師傅', '林師傅'],
  en: ['Alex Chen', 'Sam Lee'],
}

/** Two technicians, written straight to the staff table with the first free codes T1, T2... */
async function addTechnicians(db: Executor, locale: Locale): Promise<string[]> {
  const taken = new Set((await db.selectFrom('staff').select('code').execute()).map((row) => row.code))
  const ids: string[] = []
  let number = 1
  for (const name of technicianNames[locale]) {
    while (taken.has(`T${number}`)) number += 1
    const id = newId()
    await db
      .insertInto('staff')
      .values({ id, name, code: `T${number}`, role: 'technician', active: 1, createdAt: nowUtc() })
      .execute()
    taken.add(`T${number}`)
    ids.push(id)
  }
  return ids
}

async function addLabourCatalogue(db: Executor, locale: Locale, actor: Actor): Promise<void> {
  for (const [name, category, priceMinor, standardMinutes, warrantyDays] of labourCatalogue[locale]) {
    await createLabour(
      db,
      { name, category, priceMinor, standardMinutes, warrantyDays, taxRateBp: null },
      actor,
    )
  }
}

/**
 * Where a demo ticket stands, by its age (0 the oldest, 1 the newest): the older, the further along
 * the workflow, so the workshop board and the counter look like a real shop's day.
 */
function demoPath(age: number): TicketStatus[] {
  if (age < 0.4) return ['in_repair', 'testing', 'ready_for_pickup', 'collected']
  if (age < 0.55) return ['in_repair', 'testing', 'ready_for_pickup']
  if (age < 0.65) return ['diagnosing', 'in_repair', 'testing']
  if (age < 0.75) return ['diagnosing', 'in_repair']
  if (age < 0.8) return ['diagnosing', 'awaiting_approval', 'awaiting_parts']
  if (age < 0.85) return ['diagnosing', 'awaiting_approval']
  if (age < 0.9) return ['diagnosing']
  return []
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
  await addLabourCatalogue(db, locale, actor)
  const technicians = await addTechnicians(db, locale)
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
      const path = demoPath((index + visit * 0.5) / customerCount)
      const open = path.at(-1) !== 'collected'
      // Open repairs are promised from now on (a few already late); collected ones were due 3 days in.
      const promisedAt = open
        ? new Date(Date.now() + (random() < 0.15 ? -6 : 4 + Math.floor(random() * 68)) * 3600 * 1000)
        : new Date(at.getTime() + 3 * day)
      const ticket = await intakeTicket(
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
          promisedAt: promisedAt.toISOString(),
          priority: random() > 0.85 ? 'urgent' : 'normal',
          // Most repairs have a technician; a few wait at the counter for one.
          assignedTo: random() > 0.25 ? pick(technicians) : null,
          warrantyOfTicketId: null,
        },
        actor,
        at.toISOString(),
      )
      let version = ticket.version
      for (const toStatus of path) {
        version = (await changeTicketStatus(db, { id: ticket.id, version, toStatus, note: '' }, actor))
          .version
      }
      tickets += 1
    }
  }
  return { customers: customerCount, tickets }
}

import { z } from 'zod'
import type { contract, Device } from '../../shared/contract'
import { normalizeSerial } from '../../shared/domain/identifiers'
import { AppError, notFound } from '../errors'
import { compiledQuery, param } from '../db/compiled'
import type { DeviceRow } from '../db/schema'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { reversed } from './customerSearch'

type DeviceInput = z.output<(typeof contract)['devices.create']['input']>
type DeviceFields = Omit<DeviceInput, 'customerId'>

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    customerId: row.customerId,
    category: row.category as Device['category'],
    brand: row.brand,
    model: row.model,
    serial: row.serial,
    purchaseDate: row.purchaseDate,
    warrantyEnd: row.warrantyEnd,
    notes: row.notes,
    createdAt: row.createdAt,
  }
}

function checkDates(fields: DeviceFields): void {
  if (fields.purchaseDate && fields.warrantyEnd && fields.warrantyEnd < fields.purchaseDate) {
    throw new AppError(
      'VALIDATION',
      'The warranty cannot end before the purchase date.',
      'errors.validation',
      {
        warrantyEnd: 'beforePurchase',
      },
    )
  }
}

export async function createDevice(db: Executor, input: DeviceInput, actor: Actor): Promise<Device> {
  checkDates(input)
  const customer = await db
    .selectFrom('customers')
    .select('id')
    .where('id', '=', input.customerId)
    .executeTakeFirst()
  if (!customer) throw notFound('customer')
  const now = nowUtc()
  const id = newId()
  const serial = normalizeSerial(input.serial)
  await db
    .insertInto('devices')
    .values({ ...input, id, serial, serialReversed: reversed(serial), createdAt: now, updatedAt: now })
    .execute()
  await writeAudit(db, actor, 'devices.create', 'device', id, input)
  return getDevice(db, id)
}

export async function updateDevice(
  db: Executor,
  input: DeviceFields & { id: string },
  actor: Actor,
): Promise<Device> {
  checkDates(input)
  const { id, ...fields } = input
  const serial = normalizeSerial(fields.serial)
  const result = await db
    .updateTable('devices')
    .set({ ...fields, serial, serialReversed: reversed(serial), updatedAt: nowUtc() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('device')
  await writeAudit(db, actor, 'devices.update', 'device', id, input)
  return getDevice(db, id)
}

export async function getDevice(db: Executor, id: string): Promise<Device> {
  const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('device')
  return toDevice(row)
}

export async function listDevicesOfCustomer(db: Executor, customerId: string): Promise<Device[]> {
  const rows = await db
    .selectFrom('devices')
    .selectAll()
    .where('customerId', '=', customerId)
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toDevice)
}

const devicesBySerial = compiledQuery<{
  from: string
  to: string
  backFrom: string
  backTo: string
  limit: number
}>()((db) =>
  db
    .selectFrom('devices as d')
    .innerJoin('customers as c', 'c.id', 'd.customerId')
    .selectAll('d')
    .select('c.name as customerName')
    .where((eb) =>
      eb.or([
        eb.and([eb('d.serial', '>=', param<string>('from')), eb('d.serial', '<', param<string>('to'))]),
        eb.and([
          eb('d.serialReversed', '>=', param<string>('backFrom')),
          eb('d.serialReversed', '<', param<string>('backTo')),
        ]),
      ]),
    )
    .limit(param<number>('limit')),
)

/** Devices whose serial or IMEI is, starts with, or ends with what was typed or scanned. */
export async function findDevicesBySerial(db: Executor, query: string, limit: number) {
  const serial = normalizeSerial(query)
  if (serial.length < 4) return []
  const last = serial.length - 1
  const bump = (text: string) => `${text.slice(0, -1)}${String.fromCharCode(text.charCodeAt(last) + 1)}`
  const back = reversed(serial)
  const rows = await devicesBySerial.run(db, {
    from: serial,
    to: bump(serial),
    backFrom: back,
    backTo: bump(back),
    limit,
  })
  return rows.map((row) => ({ ...toDevice(row), customerName: row.customerName }))
}

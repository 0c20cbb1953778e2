/**
 * The intake form's values and how they become a `tickets.intake` request. Kept apart from the
 * components so the conversion (money, dates, new or existing records) is tested on its own.
 */
import dayjs from 'dayjs'
import type { deviceCategories, IntakeInput, tenderTypes } from '../../../../shared/contract'
import { parseMoney, type Currency } from '../../../../shared/domain/money'
import type { TicketPriority } from '../../../../shared/domain/status'

export interface IntakeValues {
  customerId: string | null
  customerName: string
  customerPhone: string
  customerEmail: string
  /** null: a new device, described by the fields below. */
  deviceId: string | null
  category: (typeof deviceCategories)[number]
  brand: string
  model: string
  serial: string
  purchaseDate: string | null
  warrantyEnd: string | null
  reportedFault: string
  accessories: string[]
  condition: string
  unlockCode: string
  estimate: string
  deposit: string
  depositTender: (typeof tenderTypes)[number]
  /** Local date and time as the picker gives it ('YYYY-MM-DD HH:mm:ss'). */
  promisedAt: string | null
  priority: TicketPriority
  /** The technician it goes to, if known at the counter. */
  assignedTo: string | null
  /** The earlier ticket this is a warranty repair of (only for an existing device). */
  warrantyOfTicketId: string | null
}

export const emptyIntake: IntakeValues = {
  customerId: null,
  customerName: '',
  customerPhone: '',
  customerEmail: '',
  deviceId: null,
  category: 'phone',
  brand: '',
  model: '',
  serial: '',
  purchaseDate: null,
  warrantyEnd: null,
  reportedFault: '',
  accessories: [],
  condition: '',
  unlockCode: '',
  estimate: '',
  deposit: '',
  depositTender: 'cash',
  promisedAt: null,
  priority: 'normal',
  assignedTo: null,
  warrantyOfTicketId: null,
}

/** Where the api's field paths show up on this form. */
export function formPath(apiPath: string): string {
  const renames: Record<string, string> = {
    'customer.name': 'customerName',
    'customer.phones': 'customerPhone',
    'customer.phones.0': 'customerPhone',
    'customer.email': 'customerEmail',
    'customer.id': 'customerName',
    'device.id': 'deviceId',
    estimateMinor: 'estimate',
    depositMinor: 'deposit',
  }
  if (renames[apiPath]) return renames[apiPath]
  if (apiPath.startsWith('device.')) return apiPath.slice('device.'.length)
  if (apiPath.startsWith('accessories')) return 'accessories'
  return apiPath
}

/** An empty amount is "no amount"; anything else must parse. Returns undefined when it does not. */
export function amount(text: string, currency: Currency): number | null | undefined {
  if (text.trim() === '') return null
  return parseMoney(text, currency) ?? undefined
}

export function toIntakeRequest(values: IntakeValues, currency: Currency): IntakeInput {
  return {
    customer: values.customerId
      ? { kind: 'existing', id: values.customerId }
      : {
          kind: 'new',
          name: values.customerName,
          phones: [values.customerPhone],
          email: values.customerEmail,
        },
    device: values.deviceId
      ? { kind: 'existing', id: values.deviceId }
      : {
          kind: 'new',
          category: values.category,
          brand: values.brand,
          model: values.model,
          serial: values.serial,
          purchaseDate: values.purchaseDate ? values.purchaseDate.slice(0, 10) : null,
          warrantyEnd: values.warrantyEnd ? values.warrantyEnd.slice(0, 10) : null,
        },
    reportedFault: values.reportedFault,
    accessories: values.accessories,
    condition: values.condition,
    unlockCode: values.unlockCode,
    estimateMinor: amount(values.estimate, currency) ?? null,
    depositMinor: amount(values.deposit, currency) ?? 0,
    depositTender: values.depositTender,
    promisedAt: values.promisedAt ? dayjs(values.promisedAt).toISOString() : null,
    priority: values.priority,
    assignedTo: values.assignedTo,
    warrantyOfTicketId: values.deviceId ? values.warrantyOfTicketId : null,
  }
}

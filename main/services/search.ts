import type { MethodOutput } from '../../shared/contract'
import { classifyQuery, normalizeSearchText } from '../../shared/domain/search'
import type { Executor } from './context'
import { customerSummaries, findCustomerIds } from './customers'
import { findDevicesBySerial } from './devices'
import { listTicketSummaries } from './tickets.queries'

/**
 * The counter's one search box: a scanned or typed ticket number, a phone (start or end), a name
 * (Chinese, Latin, pinyin initials), or a serial/IMEI. Answers the few best matches of each kind.
 */
export async function counterSearch(db: Executor, query: string): Promise<MethodOutput<'search.counter'>> {
  const text = normalizeSearchText(query)
  if (text === '') return { tickets: [], customers: [], devices: [] }
  const kind = classifyQuery(text)
  if (kind === 'ticket') {
    const tickets = await listTicketSummaries(db, { numberPrefix: text.toUpperCase(), limit: 10 })
    return { tickets, customers: [], devices: [] }
  }
  const customerIds = await findCustomerIds(db, text, 8)
  const devices = kind === 'digits' || /[a-z0-9]{4,}/.test(text) ? await findDevicesBySerial(db, text, 5) : []
  const tickets =
    customerIds.length > 0 || devices.length > 0
      ? await listTicketSummaries(db, {
          status: 'all',
          customerIds,
          deviceIds: devices.map((device) => device.id),
          limit: 8,
        })
      : []
  return { tickets, customers: await customerSummaries(db, customerIds), devices }
}

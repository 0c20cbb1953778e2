import { z } from 'zod'
import type { contract, Customer, CustomerSummary } from '../../shared/contract'
import { normalizePhone } from '../../shared/domain/identifiers'
import { classifyQuery } from '../../shared/domain/search'
import { notFound } from '../errors'
import { compiledFamily, listParams, listValues } from '../db/compiled'
import type { CustomerRow } from '../db/schema'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { findCustomerIdsByName, findCustomerIdsByPhone, indexCustomerName, reversed } from './customerSearch'
import { listDevicesOfCustomer } from './devices'
import { nextSequence } from './sequences'
import { listTicketSummaries } from './tickets.queries'

type CustomerInput = z.output<(typeof contract)['customers.create']['input']>

/** Customers with their phones, one row per phone; compiled once per number of ids (search pages are small). */
const customersWithPhones = compiledFamily<number, Record<string, unknown>>()((db, count) =>
  db
    .selectFrom('customers as c')
    .leftJoin('customerPhones as p', 'p.customerId', 'c.id')
    .select(['c.id', 'c.name', 'p.phone'])
    .where('c.id', 'in', listParams<string>('id', count))
    .orderBy('c.id')
    .orderBy('p.position'),
)

async function phonesOf(db: Executor, customerIds: string[]): Promise<Map<string, string[]>> {
  const phones = new Map<string, string[]>(customerIds.map((id) => [id, []]))
  if (customerIds.length === 0) return phones
  const rows = await customersWithPhones.run(db, customerIds.length, listValues('id', customerIds))
  for (const row of rows) if (row.phone !== null) phones.get(row.id)?.push(row.phone)
  return phones
}

async function writePhones(db: Executor, customerId: string, phones: string[]): Promise<void> {
  await db.deleteFrom('customerPhones').where('customerId', '=', customerId).execute()
  const unique = [...new Set(phones.map(normalizePhone))]
  await db
    .insertInto('customerPhones')
    .values(
      unique.map((phone, position) => ({ customerId, position, phone, phoneReversed: reversed(phone) })),
    )
    .execute()
}

function toCustomer(row: CustomerRow, phones: string[]): Customer {
  return {
    id: row.id,
    name: row.name,
    phones,
    email: row.email,
    address: row.address,
    notes: row.notes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export async function createCustomer(db: Executor, input: CustomerInput, actor: Actor): Promise<Customer> {
  const now = nowUtc()
  const id = newId()
  const searchKey = await nextSequence(db, 'customerSearchKey')
  const { phones, ...fields } = input
  await db
    .insertInto('customers')
    .values({ id, searchKey, ...fields, createdAt: now, updatedAt: now })
    .execute()
  await writePhones(db, id, phones)
  await indexCustomerName(db, searchKey, input.name)
  await writeAudit(db, actor, 'customers.create', 'customer', id, input)
  return getCustomerRecord(db, id)
}

export async function updateCustomer(
  db: Executor,
  input: CustomerInput & { id: string },
  actor: Actor,
): Promise<Customer> {
  const { id, phones, ...fields } = input
  const existing = await db
    .selectFrom('customers')
    .select('searchKey')
    .where('id', '=', id)
    .executeTakeFirst()
  if (!existing) throw notFound('customer')
  await db
    .updateTable('customers')
    .set({ ...fields, updatedAt: nowUtc() })
    .where('id', '=', id)
    .execute()
  await writePhones(db, id, phones)
  await indexCustomerName(db, existing.searchKey, input.name)
  await writeAudit(db, actor, 'customers.update', 'customer', id, input)
  return getCustomerRecord(db, id)
}

export async function getCustomerRecord(db: Executor, id: string): Promise<Customer> {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('customer')
  const phones = await phonesOf(db, [id])
  return toCustomer(row, phones.get(id) ?? [])
}

export async function getCustomer(db: Executor, id: string) {
  const customer = await getCustomerRecord(db, id)
  const devices = await listDevicesOfCustomer(db, id)
  const tickets = await listTicketSummaries(db, { customerIds: [id], limit: 100 })
  return { customer, devices, tickets }
}

export async function customerSummaries(db: Executor, ids: string[]): Promise<CustomerSummary[]> {
  if (ids.length === 0) return []
  const rows = await customersWithPhones.run(db, ids.length, listValues('id', ids))
  const byId = new Map<string, CustomerSummary>()
  for (const row of rows) {
    const summary = byId.get(row.id) ?? { id: row.id, name: row.name, phones: [] }
    if (row.phone !== null) summary.phones.push(row.phone)
    byId.set(row.id, summary)
  }
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** Customer ids for a counter query: phone digits, or a name (Chinese, Latin or pinyin initials). */
export async function findCustomerIds(db: Executor, query: string, limit: number): Promise<string[]> {
  if (query.trim() === '') return []
  return classifyQuery(query) === 'digits'
    ? findCustomerIdsByPhone(db, query, limit)
    : findCustomerIdsByName(db, query, limit)
}

export async function searchCustomers(
  db: Executor,
  query: string,
  limit: number,
): Promise<CustomerSummary[]> {
  return customerSummaries(db, await findCustomerIds(db, query, limit))
}

/** The customers page: newest first, or the matches of a query; paged by a cursor (the last id). */
export async function listCustomers(
  db: Executor,
  input: { query: string; cursor: string | null; limit: number },
): Promise<{ items: CustomerSummary[]; nextCursor: string | null }> {
  if (input.query.trim() !== '') {
    return { items: await searchCustomers(db, input.query, input.limit), nextCursor: null }
  }
  let query = db
    .selectFrom('customers')
    .select('id')
    .orderBy('id', 'desc')
    .limit(input.limit + 1)
  if (input.cursor) query = query.where('id', '<', input.cursor)
  const ids = (await query.execute()).map((row) => row.id)
  const more = ids.length > input.limit
  const pageIds = ids.slice(0, input.limit)
  return {
    items: await customerSummaries(db, pageIds),
    nextCursor: more ? (pageIds.at(-1) ?? null) : null,
  }
}

import { z } from 'zod'
import type { contract, Supplier } from '../../shared/contract'
import { normalizeSearchText } from '../../shared/domain/search'
import { notFound } from '../errors'
import type { SupplierTable } from '../db/schema'
import { type Actor, type Executor, newId, nowUtc, writeAudit } from './context'
import { contains, listPartSummaries } from './parts.queries'

type SupplierInput = z.output<(typeof contract)['suppliers.create']['input']>
type SupplierUpdate = z.output<(typeof contract)['suppliers.update']['input']>

function toSupplier(row: SupplierTable): Supplier {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    phone: row.phone,
    email: row.email,
    address: row.address,
    paymentTerms: row.paymentTerms,
    notes: row.notes,
    active: row.active === 1,
    createdAt: row.createdAt,
  }
}

export async function createSupplier(db: Executor, input: SupplierInput, actor: Actor): Promise<Supplier> {
  const now = nowUtc()
  const id = newId()
  await db
    .insertInto('suppliers')
    .values({ id, ...input, active: 1, createdAt: now, updatedAt: now })
    .execute()
  await writeAudit(db, actor, 'suppliers.create', 'supplier', id, input)
  return getSupplierRecord(db, id)
}

export async function updateSupplier(db: Executor, input: SupplierUpdate, actor: Actor): Promise<Supplier> {
  const { id, active, ...fields } = input
  const result = await db
    .updateTable('suppliers')
    .set({ ...fields, active: active ? 1 : 0, updatedAt: nowUtc() })
    .where('id', '=', id)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('supplier')
  await writeAudit(db, actor, 'suppliers.update', 'supplier', id, input)
  return getSupplierRecord(db, id)
}

export async function getSupplierRecord(db: Executor, id: string): Promise<Supplier> {
  const row = await db.selectFrom('suppliers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('supplier')
  return toSupplier(row)
}

export async function getSupplier(db: Executor, id: string) {
  const supplier = await getSupplierRecord(db, id)
  const parts = await listPartSummaries(db, { supplierId: id, includeArchived: true, limit: 500 })
  return { supplier, parts }
}

/** Suppliers by name or contact, alphabetical: a shop has dozens, not thousands. */
export async function listSuppliers(
  db: Executor,
  input: { query: string; includeInactive: boolean },
): Promise<Supplier[]> {
  let query = db.selectFrom('suppliers').selectAll().orderBy('name').limit(500)
  if (!input.includeInactive) query = query.where('active', '=', 1)
  const text = normalizeSearchText(input.query)
  if (text !== '') {
    query = query.where((eb) =>
      eb.or([contains('name', text), contains('contact', text), contains('phone', text)]),
    )
  }
  return (await query.execute()).map(toSupplier)
}

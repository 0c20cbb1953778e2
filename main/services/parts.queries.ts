/** Read queries of the parts catalogue, shared by the catalogue, suppliers and stock services. */
import { sql, type Expression, type SqlBool } from 'kysely'
import { pinyin } from 'pinyin-pro'
import type { PartSummary } from '../../shared/contract'
import { isBelowReorder } from '../../shared/domain/stock'
import { normalizeSearchText } from '../../shared/domain/search'
import type { Executor } from './context'

/** `%text%` with LIKE's own wildcards escaped, for use with `escape '\'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

/** `lower(column) like pattern escape '\'`: the same on SQLite and PostgreSQL. */
export function contains(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${likePattern(text.toLowerCase())} escape '\\'`
}

const hanRun = /[\u3400-\u9fff\uf900-\ufaff]+/g

/**
 * What the catalogue search looks in: name, brand, models, SKU and barcodes in lower case, and the
 * pinyin initials of the Chinese name ("屏幕总成" is found by "pmzc").
 */
export function partSearchText(fields: {
  name: string
  brand: string
  compatibleModels: string
  sku: string
  barcodes: string[]
}): string {
  const initials = (fields.name.match(hanRun) ?? [])
    .map((run) => pinyin(run, { pattern: 'first', toneType: 'none', type: 'array' }).join(''))
    .join(' ')
  return normalizeSearchText(
    [fields.name, fields.brand, fields.compatibleModels, fields.sku, ...fields.barcodes, initials].join(' '),
  )
}

export interface PartFilter {
  query?: string
  supplierId?: string
  belowReorderOnly?: boolean
  includeArchived?: boolean
  cursor?: string | null
  limit: number
}

/** Parts newest first (ids are time-ordered), each word of the query found somewhere in the part. */
export async function listPartSummaries(db: Executor, filter: PartFilter): Promise<PartSummary[]> {
  let query = db
    .selectFrom('parts as p')
    .leftJoin('stockLevels as s', 's.partId', 'p.id')
    .select([
      'p.id',
      'p.sku',
      'p.name',
      'p.category',
      'p.brand',
      'p.compatibleModels',
      'p.unit',
      'p.bin',
      'p.priceMinor',
      'p.reorderPoint',
      'p.active',
      's.onHand',
      's.reserved',
    ])
    .orderBy('p.id', 'desc')
    .limit(filter.limit)
  if (filter.cursor) query = query.where('p.id', '<', filter.cursor)
  if (!filter.includeArchived) query = query.where('p.active', '=', 1)
  if (filter.supplierId) query = query.where('p.defaultSupplierId', '=', filter.supplierId)
  if (filter.belowReorderOnly) {
    query = query
      .where('p.reorderPoint', '>', 0)
      .where((eb) => eb(eb.fn.coalesce('s.onHand', eb.val(0)), '<=', eb.ref('p.reorderPoint')))
  }
  for (const word of normalizeSearchText(filter.query ?? '')
    .split(' ')
    .filter(Boolean)) {
    query = query.where(contains('p.searchText', word))
  }
  const rows = await query.execute()
  return rows.map((row) => {
    const onHand = row.onHand ?? 0
    const reserved = row.reserved ?? 0
    return {
      id: row.id,
      sku: row.sku,
      name: row.name,
      category: row.category,
      brand: row.brand,
      compatibleModels: row.compatibleModels,
      unit: row.unit,
      bin: row.bin,
      priceMinor: row.priceMinor,
      onHand,
      reserved,
      available: onHand - reserved,
      reorderPoint: row.reorderPoint,
      belowReorder: isBelowReorder(onHand, row.reorderPoint),
      active: row.active === 1,
    }
  })
}

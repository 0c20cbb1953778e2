/**
 * Customer search for the counter. Chinese names are two or three characters, and a clerk types one
 * or two of them ("王", "王芳"); SQLite's trigram FTS cannot match queries that short. So each name is
 * indexed as its single characters and adjacent pairs (Chinese), the prefixes of its Latin words, and
 * the prefixes of its pinyin initials ("wf" finds 王芳). A query's pieces are looked up in that table
 * and intersected; longer Chinese queries are then checked against the name itself.
 * Phones are found by their beginning or their end ("last four digits") through two plain indexes.
 * Everything here is portable SQL.
 */
import { pinyin } from 'pinyin-pro'
import { normalizePhone } from '../../shared/domain/identifiers'
import { normalizeSearchText } from '../../shared/domain/search'
import { compiledFamily, compiledQuery, listParams, listValues, param } from '../db/compiled'
import type { Executor } from './context'

// Han characters, including the supplementary planes (rare characters in names, such as 𠮷).
const cjkRun = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+/gu
const latinRun = /[a-z0-9]+/g
/** Latin word prefixes are indexed up to this length; longer query words are checked afterwards. */
const maxWordPrefix = 10

function cjkGrams(run: string): string[] {
  const chars = [...run]
  const grams = chars.map((char) => char)
  for (let index = 0; index + 1 < chars.length; index += 1) grams.push(chars[index]! + chars[index + 1]!)
  return grams
}

function wordPrefixes(word: string): string[] {
  const prefixes: string[] = []
  for (let length = 1; length <= Math.min(word.length, maxWordPrefix); length += 1) {
    prefixes.push(`w:${word.slice(0, length)}`)
  }
  return prefixes
}

function pinyinInitials(run: string): string {
  return pinyin(run, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()
}

/** The grams a customer's name is indexed under. */
export function nameGrams(name: string): string[] {
  const text = normalizeSearchText(name)
  const grams = new Set<string>()
  for (const run of text.match(cjkRun) ?? []) {
    for (const gram of cjkGrams(run)) grams.add(gram)
    for (const gram of wordPrefixes(pinyinInitials(run))) grams.add(gram)
  }
  for (const word of text.match(latinRun) ?? []) for (const gram of wordPrefixes(word)) grams.add(gram)
  return [...grams]
}

/** The grams a query must all match. A Chinese run of three or more uses its pairs. */
function queryGrams(query: string): string[] {
  const grams = new Set<string>()
  for (const run of query.match(cjkRun) ?? []) {
    const chars = [...run]
    if (chars.length <= 2) grams.add(run)
    else for (const gram of cjkGrams(run).filter((gram) => [...gram].length === 2)) grams.add(gram)
  }
  for (const word of query.match(latinRun) ?? []) grams.add(`w:${word.slice(0, maxWordPrefix)}`)
  return [...grams]
}

/** Whether every piece of the query really stands in the name (pairs can match apart from each other). */
function nameMatches(name: string, query: string): boolean {
  const text = normalizeSearchText(name)
  const initials = (text.match(cjkRun) ?? []).map(pinyinInitials)
  const words = [...(text.match(latinRun) ?? []), ...initials]
  const cjkOk = (query.match(cjkRun) ?? []).every((run) => text.includes(run))
  const latinOk = (query.match(latinRun) ?? []).every((part) => words.some((word) => word.startsWith(part)))
  return cjkOk && latinOk
}

export async function indexCustomerName(db: Executor, customerKey: number, name: string): Promise<void> {
  await db.deleteFrom('customerSearchGrams').where('customerKey', '=', customerKey).execute()
  const grams = nameGrams(name)
  if (grams.length > 0) {
    await db
      .insertInto('customerSearchGrams')
      .values(grams.map((gram) => ({ gram, customerKey })))
      .execute()
  }
}

export function reversed(text: string): string {
  return [...text].reverse().join('')
}

/**
 * One gram (the rarest-looking: pairs and longer prefixes come first) drives the scan in key order,
 * newest first; every other gram is checked per candidate. No grouping, no sort: a one-character
 * query over thousands of matches stops at the page.
 */
const customersByGrams = compiledFamily<number, Record<string, unknown>>()((db, count) => {
  const [first, ...rest] = listParams<string>('gram', count)
  let lookup = db
    .selectFrom('customerSearchGrams as g')
    .innerJoin('customers as c', 'c.searchKey', 'g.customerKey')
    .select(['c.id', 'c.name'])
    .where('g.gram', '=', first!)
  for (const gram of rest) {
    lookup = lookup.where((eb) =>
      eb.exists(
        eb
          .selectFrom('customerSearchGrams as x')
          .select('x.gram')
          .whereRef('x.customerKey', '=', 'g.customerKey')
          .where('x.gram', '=', gram),
      ),
    )
  }
  return lookup.orderBy('g.customerKey', 'desc').limit(param<number>('limit'))
})

/** Ids of customers whose name matches, newest first. */
export async function findCustomerIdsByName(db: Executor, query: string, limit: number): Promise<string[]> {
  const text = normalizeSearchText(query)
  const grams = queryGrams(text)
  if (grams.length === 0) return []
  const needsCheck = grams.length > 1 || [...text].length > 2
  const ordered = [...grams].sort((a, b) => [...b].length - [...a].length)
  const candidates = await customersByGrams.run(db, ordered.length, {
    ...listValues('gram', ordered),
    limit: needsCheck ? limit * 4 : limit,
  })
  return candidates
    .filter((row) => !needsCheck || nameMatches(row.name, text))
    .slice(0, limit)
    .map((row) => row.id)
}

function prefixRange(text: string): [string, string] {
  // A range on an indexed column is a prefix search every SQL database serves from the index.
  const last = text.charCodeAt(text.length - 1)
  return [text, `${text.slice(0, -1)}${String.fromCharCode(last + 1)}`]
}

type Range = { from: string; to: string; limit: number }
const phonesStartingWith = compiledQuery<Range>()((db) =>
  db
    .selectFrom('customerPhones')
    .select('customerId')
    .where('phone', '>=', param<string>('from'))
    .where('phone', '<', param<string>('to'))
    .orderBy('phone')
    .limit(param<number>('limit')),
)
const phonesEndingWith = compiledQuery<Range>()((db) =>
  db
    .selectFrom('customerPhones')
    .select('customerId')
    .where('phoneReversed', '>=', param<string>('from'))
    .where('phoneReversed', '<', param<string>('to'))
    .orderBy('phoneReversed')
    .limit(param<number>('limit')),
)

/** Ids of customers with a phone that starts or ends with the digits typed. */
export async function findCustomerIdsByPhone(db: Executor, query: string, limit: number): Promise<string[]> {
  const digits = normalizePhone(query)
  if (digits.replace('+', '').length === 0) return []
  const [from, to] = prefixRange(digits)
  const byStart = await phonesStartingWith.run(db, { from, to, limit })
  let byEnd: { customerId: string }[] = []
  if (digits.length >= 3 && byStart.length < limit) {
    const [backFrom, backTo] = prefixRange(reversed(digits))
    byEnd = await phonesEndingWith.run(db, { from: backFrom, to: backTo, limit })
  }
  return [...new Set([...byStart, ...byEnd].map((row) => row.customerId))].slice(0, limit)
}

/**
 * What the money writer needs of the shop already written: the tickets (with their device, deposit
 * and the parts fitted on them), the parts catalogue with prices and costs, and which customers
 * come often enough to buy on account.
 */
import type SQLite from 'better-sqlite3'

export interface TicketFacts {
  id: string
  number: string
  customerId: string
  status: string
  createdAt: number
  updatedAt: number
  estimateMinor: number | null
  depositMinor: number
  depositTender: string | null
  category: string
}

export interface PartFacts {
  id: string
  name: string
  category: string
  priceMinor: number
  averageCostMinor: number
  onHand: number
  active: boolean
}

export interface UsedPart {
  partId: string
  quantity: number
  unitCostMinor: number
}

export interface MoneyInputs {
  tickets: TicketFacts[]
  parts: PartFacts[]
  partById: Map<string, PartFacts>
  usedParts: Map<string, UsedPart[]>
  /** Customers with this many tickets or more are trade customers who settle by the month. */
  accountCustomers: Set<string>
  /** Every customer id, for counter sales to a known customer. */
  customerIds: string[]
}

/** Trade customers (companies, resellers): the busiest customers by tickets. */
const accountThreshold = 8

export function loadMoneyInputs(sqlite: SQLite.Database): MoneyInputs {
  const rows = sqlite
    .prepare(
      `select t."id", t."number", t."customerId", t."status", t."createdAt", t."updatedAt",
              t."estimateMinor", t."depositMinor", d."category",
              (select "tender" from "ticketDeposits" where "ticketId" = t."id" limit 1) as "depositTender"
       from "tickets" t join "devices" d on d."id" = t."deviceId" order by t.rowid`,
    )
    .all() as (Omit<TicketFacts, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string })[]
  const tickets = rows.map((row) => ({
    ...row,
    createdAt: Date.parse(row.createdAt),
    updatedAt: Date.parse(row.updatedAt),
  }))
  const parts = (
    sqlite
      .prepare(
        `select p."id", p."name", p."category", p."priceMinor", p."active",
                coalesce(l."averageCostMinor", 0) as "averageCostMinor", coalesce(l."onHand", 0) as "onHand"
         from "parts" p left join "stockLevels" l on l."partId" = p."id" order by p.rowid`,
      )
      .all() as (Omit<PartFacts, 'active'> & { active: number })[]
  ).map((row) => ({ ...row, averageCostMinor: Math.round(row.averageCostMinor), active: row.active === 1 }))
  const usedParts = new Map<string, UsedPart[]>()
  const used = sqlite
    .prepare(
      `select "documentId", "partId", -sum("quantity") as "quantity", max("unitCostMinor") as "unitCostMinor"
       from "stockMovements" where "documentType" = 'ticket' and "kind" in ('repair_use', 'repair_return')
       group by "documentId", "partId" having -sum("quantity") > 0`,
    )
    .raw()
    .iterate() as Iterable<[string, string, number, number]>
  for (const [ticketId, partId, quantity, unitCostMinor] of used) {
    const list = usedParts.get(ticketId) ?? []
    list.push({ partId, quantity, unitCostMinor: Math.round(unitCostMinor) })
    usedParts.set(ticketId, list)
  }
  const perCustomer = new Map<string, number>()
  for (const ticket of tickets)
    perCustomer.set(ticket.customerId, (perCustomer.get(ticket.customerId) ?? 0) + 1)
  const accountCustomers = new Set(
    [...perCustomer].filter(([, count]) => count >= accountThreshold).map(([id]) => id),
  )
  const customerIds = sqlite.prepare('select "id" from "customers" order by rowid').pluck().all() as string[]
  return {
    tickets,
    parts,
    partById: new Map(parts.map((part) => [part.id, part])),
    usedParts,
    accountCustomers,
    customerIds,
  }
}

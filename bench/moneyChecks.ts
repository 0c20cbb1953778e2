/**
 * The rules the money of a generated shop must obey, as queries that find what breaks them: gapless
 * numbers in time order, documents that are the sums of their lines, refunds bounded by payments,
 * cash payments and refunds each a cash movement of their session, drawers whose expected cash is
 * the sum of their movements and whose frozen Z report says so, store credit never below zero.
 * generate.ts runs them after writing the money; bench/generate.test.ts on a small shop.
 */
import type SQLite from 'better-sqlite3'
import { formatDocumentNumber } from '../shared/domain/identifiers'
import { lineAmounts } from '../shared/domain/money'
import { zReportSchema } from '../shared/schemas/creditNotes'

/** The lines summed as salesLineBuckets keeps them, in its column order. */
const linesByHour = `select substr(i."issuedAt", 1, 13), i."kind", l."kind", coalesce(p."category", ''),
    sum(l."totalMinor"), sum(l."unitCostMinor" * l."quantity")
  from "invoices" i join "invoiceLines" l on l."invoiceId" = i."id" left join "parts" p on p."id" = l."partId"
  group by 1, 2, 3, 4`

/** Each rule: what breaking it means, and a query counting the rows that break it. */
const rules: [string, string][] = [
  [
    'hourly sales buckets that are not the sums of their lines',
    `select count(*) from (
       select * from (${linesByHour} except select * from "salesLineBuckets")
       union all select * from (select * from "salesLineBuckets" except ${linesByHour}))`,
  ],
  [
    'documents whose figures are not the sums of their lines',
    `select count(*) from "invoices" i left join (
       select "invoiceId", sum("netMinor") n, sum("taxMinor") t, sum("totalMinor") s, sum("discountMinor") d, count(*) c
       from "invoiceLines" group by "invoiceId") l on l."invoiceId" = i."id"
     where l.c is null or i."netMinor" <> l.n or i."taxMinor" <> l.t or i."totalMinor" <> l.s
        or i."discountMinor" <> l.d or i."totalMinor" <> i."netMinor" + i."taxMinor"`,
  ],
  [
    'lines whose positions are not 1, 2, 3...',
    `select count(*) from (select "invoiceId", max("position") m, count(*) c, count(distinct "position") d
       from "invoiceLines" group by "invoiceId") where m <> c or d <> c`,
  ],
  [
    'credit notes without their invoice, or invoices with one',
    `select count(*) from "invoices" where ("kind" = 'credit_note') <> ("originalInvoiceId" is not null)`,
  ],
  [
    'credit note lines that are not lines of the invoice they credit',
    `select count(*) from "invoiceLines" l join "invoices" c on c."id" = l."invoiceId"
     left join "invoiceLines" o on o."id" = l."originalLineId"
     where c."kind" = 'credit_note' and (o."invoiceId" is null or o."invoiceId" <> c."originalInvoiceId")`,
  ],
  [
    'credit notes whose refunds do not add up to them',
    `select count(*) from "invoices" c left join (select "creditNoteId", sum("amountMinor") s from "payments"
       where "kind" = 'refund' group by "creditNoteId") r on r."creditNoteId" = c."id"
     where c."kind" = 'credit_note' and coalesce(r.s, 0) <> c."totalMinor"`,
  ],
  [
    'invoices refunded more than was paid, or paid more than their total less credit notes',
    `select count(*) from "invoices" i
     left join (select "invoiceId", sum(case when "kind" = 'refund' then 0 else "amountMinor" end) paid,
                       sum(case when "kind" = 'refund' then "amountMinor" else 0 end) refunded
                from "payments" group by "invoiceId") p on p."invoiceId" = i."id"
     left join (select "originalInvoiceId", sum("totalMinor") s from "invoices" where "kind" = 'credit_note'
                group by "originalInvoiceId") c on c."originalInvoiceId" = i."id"
     where i."kind" = 'invoice' and (coalesce(p.refunded, 0) > coalesce(p.paid, 0)
        or coalesce(p.paid, 0) - coalesce(p.refunded, 0) > i."totalMinor" - coalesce(c.s, 0))`,
  ],
  [
    'deposits applied beyond what the ticket left',
    `select count(*) from "payments" p join "invoices" i on i."id" = p."invoiceId" join "tickets" t on t."id" = i."ticketId"
     where p."kind" = 'deposit_applied' and p."amountMinor" > t."depositMinor"`,
  ],
  [
    'payments that are not positive, or cash with the wrong change',
    `select count(*) from "payments" where "amountMinor" <= 0 or "changeMinor" < 0
       or ("tenderedMinor" is not null and "tenderedMinor" - "amountMinor" <> "changeMinor")
       or ("tender" = 'cash' and "kind" = 'payment' and "tenderedMinor" is null)`,
  ],
  [
    'cash payments and refunds without exactly their cash movement in their session',
    `select count(*) from "payments" p left join "cashMovements" m on m."paymentId" = p."id"
     where p."tender" = 'cash' and (m."id" is null or m."sessionId" <> p."drawerSessionId"
        or m."amountMinor" <> case when p."kind" = 'refund' then -p."amountMinor" else p."amountMinor" end)`,
  ],
  [
    'cash movements of a payment that is not cash',
    `select count(*) from "cashMovements" m join "payments" p on p."id" = m."paymentId" where p."tender" <> 'cash'`,
  ],
  [
    'cash deposits without their movement in the drawer they went into',
    `select count(*) from "ticketDeposits" d join "tickets" t on t."id" = d."ticketId"
     where d."tender" = 'cash' and d."drawerSessionId" is not null and not exists (
       select 1 from "cashMovements" m where m."sessionId" = d."drawerSessionId" and m."kind" = 'deposit'
         and m."reason" = t."number" and m."amountMinor" = d."amountMinor")`,
  ],
  [
    'closed drawers whose expected cash is not the sum of their movements, or whose variance or count is off',
    `select count(*) from "drawerSessions" s left join (select "sessionId", sum("amountMinor") e from "cashMovements"
       group by "sessionId") m on m."sessionId" = s."id"
     where s."status" = 'closed' and (s."expectedMinor" is not m.e or s."varianceMinor" <> s."countedMinor" - s."expectedMinor"
        or s."zReport" is null or json_extract(s."zReport", '$.cash.expectedMinor') <> s."expectedMinor")`,
  ],
  [
    'documents and payments outside the drawer session they name',
    `select count(*) from (
       select "issuedAt" at, "drawerSessionId" s from "invoices"
       union all select "createdAt", "drawerSessionId" from "payments"
       union all select "createdAt", "sessionId" from "cashMovements") x join "drawerSessions" d on d."id" = x.s
     where x.at < d."openedAt" or (d."closedAt" is not null and x.at > d."closedAt")`,
  ],
  [
    'store credit paid with but not taken off, or a balance below zero',
    `select (select count(*) from "payments" p where p."tender" = 'store_credit'
               and not exists (select 1 from "storeCredit" c where c."paymentId" = p."id"))
          + (select count(*) from (select "customerId" from "storeCredit" group by "customerId" having sum("amountMinor") < 0))`,
  ],
  ['not exactly one drawer open', `select abs(count(*) - 1) from "drawerSessions" where "status" = 'open'`],
]

/** Numbers of one kind, in time order, must be 1, 2, 3... with the sequence's next value after them. */
function numberingProblems(sqlite: SQLite.Database, outletCode: string): string[] {
  const problems: string[] = []
  const kinds: [string, 'I' | 'C' | 'D', string, string][] = [
    [
      'invoice',
      'I',
      `select "number" from "invoices" where "kind" = 'invoice' order by "issuedAt", "id"`,
      'invoice',
    ],
    [
      'creditNote',
      'C',
      `select "number" from "invoices" where "kind" = 'credit_note' order by "issuedAt", "id"`,
      'credit note',
    ],
    ['drawer', 'D', `select "number" from "drawerSessions" order by "openedAt"`, 'drawer session'],
  ]
  for (const [sequence, letter, query, name] of kinds) {
    const numbers = sqlite.prepare(query).pluck().all() as string[]
    const wrong = numbers.findIndex(
      (number, index) => number !== formatDocumentNumber(outletCode, letter, index + 1),
    )
    if (wrong >= 0) problems.push(`${name} numbers are not gapless in time order (at ${numbers[wrong]})`)
    const next = sqlite
      .prepare('select "nextValue" from "documentSequences" where "name" = ?')
      .pluck()
      .get(sequence)
    if (numbers.length > 0 && next !== numbers.length + 1)
      problems.push(`the ${name} sequence is at ${String(next)} after ${numbers.length} numbers`)
  }
  return problems
}

/** Every line priced as shared/domain/money.ts prices it (prices include tax at the generated shop). */
function linePricingProblems(sqlite: SQLite.Database): string[] {
  const lines = sqlite
    .prepare(
      `select l."quantity", l."unitPriceMinor", l."taxRateBp", l."discountMinor", l."netMinor", l."taxMinor", l."totalMinor", i."pricesIncludeTax"
       from "invoiceLines" l join "invoices" i on i."id" = l."invoiceId"`,
    )
    .raw()
    .iterate() as Iterable<number[]>
  let wrong = 0
  for (const [quantity, unitPriceMinor, taxRateBp, discountMinor, net, tax, total, includes] of lines) {
    const amounts = lineAmounts({
      quantity: quantity!,
      unitPriceMinor: unitPriceMinor!,
      taxRateBp: taxRateBp!,
      discountMinor: discountMinor!,
      pricesIncludeTax: includes === 1,
    })
    if (amounts.netMinor !== net || amounts.taxMinor !== tax || amounts.totalMinor !== total) wrong += 1
  }
  return wrong > 0 ? [`${wrong} lines not priced as lineAmounts prices them`] : []
}

/** Frozen Z reports as the contract reads them, with the sales of their session's invoices. */
function zReportProblems(sqlite: SQLite.Database): string[] {
  const sessions = sqlite
    .prepare(
      `select s."id", s."zReport", coalesce(sum(i."totalMinor"), 0) as "sales", count(i."id") as "count"
       from "drawerSessions" s left join "invoices" i on i."drawerSessionId" = s."id" and i."kind" = 'invoice'
       where s."status" = 'closed' group by s."id"`,
    )
    .all() as { id: string; zReport: string; sales: number; count: number }[]
  let wrong = 0
  for (const session of sessions) {
    const parsed = zReportSchema.safeParse(JSON.parse(session.zReport))
    if (
      !parsed.success ||
      parsed.data.sales.totalMinor !== session.sales ||
      parsed.data.sales.count !== session.count
    )
      wrong += 1
  }
  return wrong > 0 ? [`${wrong} frozen Z reports unreadable or not matching their session's invoices`] : []
}

/** What breaks the money rules; empty when nothing does. */
export function moneyProblems(
  sqlite: SQLite.Database,
  outletCode: string,
  options = { everyLine: true },
): string[] {
  const problems = rules.flatMap(([rule, query]) => {
    const count = Number(sqlite.prepare(query).pluck().get())
    return count > 0 ? [`${rule}: ${count}`] : []
  })
  return [
    ...problems,
    ...numberingProblems(sqlite, outletCode),
    ...(options.everyLine ? linePricingProblems(sqlite) : []),
    ...zReportProblems(sqlite),
  ]
}

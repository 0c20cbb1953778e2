/**
 * The Z report of a drawer session: the day's sales, tax, tenders, refunds, voids, deposits,
 * discounts and cash. Worked out live while the drawer is open; stored once, frozen, when it closes.
 */
import type { MethodOutput, ParsedInput, ZReport } from '../../shared/contract'
import { zReportSchema } from '../../shared/contract'
import type { Executor } from './context'
import { sessionRow, type SessionRow } from './drawer.queries'
import { getSettings } from './settings'
import {
  cashMovementTotals,
  creditNoteTotals,
  depositTotals,
  paidMovements,
  paymentTotals,
  salesTotals,
  taxByRate,
} from './zReport.queries'

interface Closing {
  closedAt: string
  closedByName: string
  countedMinor: number
  varianceMinor: number
}

type Totals = { tender: string; amountMinor: number }[]

/**
 * Money in and out per tender: payments and intake deposits in, refunds out. Cash first, then the
 * others by name, so the printed report reads the same every day.
 */
function byTender(payments: (Totals[number] & { kind: string })[], deposits: Totals): ZReport['byTender'] {
  const lines = new Map<string, { tender: string; inMinor: number; outMinor: number }>()
  const lineOf = (tender: string) => {
    const line = lines.get(tender) ?? { tender, inMinor: 0, outMinor: 0 }
    lines.set(tender, line)
    return line
  }
  for (const payment of payments) {
    if (payment.kind === 'refund') lineOf(payment.tender).outMinor += payment.amountMinor
    else lineOf(payment.tender).inMinor += payment.amountMinor
  }
  for (const deposit of deposits) lineOf(deposit.tender).inMinor += deposit.amountMinor
  return [...lines.values()].sort((a, b) =>
    a.tender === 'cash' ? -1 : b.tender === 'cash' ? 1 : a.tender.localeCompare(b.tender),
  )
}

/**
 * The report as it stands. The cash section's figures come from the documents (cash payments,
 * deposits, refunds); the expected cash from the drawer's own movements. A test holds them equal.
 */
export async function computeZReport(
  db: Executor,
  row: SessionRow,
  closing: Closing | null,
): Promise<ZReport> {
  const { currency } = await getSettings(db)
  const session = { id: row.id, openedAt: row.openedAt }
  const sales = await salesTotals(db, session)
  const payments = await paymentTotals(db, session)
  const deposits = await depositTotals(db, session)
  const credits = await creditNoteTotals(db, session)
  const movements = await cashMovementTotals(db, row.id)
  const cashOf = (kind: string) =>
    payments.find((line) => line.tender === 'cash' && line.kind === kind)?.amountMinor ?? 0
  return {
    sessionId: row.id,
    sessionNumber: row.number,
    frozen: closing !== null,
    currency,
    openedAt: row.openedAt,
    closedAt: closing?.closedAt ?? null,
    openedByName: row.openedByName,
    closedByName: closing?.closedByName ?? null,
    sales: {
      count: sales.count,
      netMinor: sales.netMinor,
      discountMinor: sales.discountMinor,
      taxMinor: sales.taxMinor,
      totalMinor: sales.totalMinor,
    },
    taxByRate: await taxByRate(db, session),
    byTender: byTender(payments, deposits),
    refunds: credits.refunds,
    voids: credits.voids,
    deposits: {
      count: deposits.reduce((total, line) => total + line.count, 0),
      totalMinor: deposits.reduce((total, line) => total + line.amountMinor, 0),
    },
    discounts: { count: sales.discountedCount, totalMinor: sales.discountMinor },
    cash: {
      floatMinor: row.floatMinor,
      salesMinor: cashOf('payment'),
      depositsMinor: deposits.find((line) => line.tender === 'cash')?.amountMinor ?? 0,
      refundsMinor: cashOf('refund'),
      paidInMinor: movements.paidInMinor,
      paidOutMinor: movements.paidOutMinor,
      expectedMinor: movements.totalMinor,
      countedMinor: closing?.countedMinor ?? null,
      varianceMinor: closing?.varianceMinor ?? null,
    },
    paidMovements: await paidMovements(db, row.id),
  }
}

/** Stored once the drawer closed (exactly as it was then); worked out live while it is open. */
export async function zReport(
  db: Executor,
  input: ParsedInput<'reports.z'>,
): Promise<MethodOutput<'reports.z'>> {
  const row = await sessionRow(db, input.sessionId)
  if (row.status === 'closed' && row.zReport) return zReportSchema.parse(JSON.parse(row.zReport))
  return computeZReport(db, row, null)
}

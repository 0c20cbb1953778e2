/**
 * A drawer session's figures as the money writer makes them, turned at closing time into the Z
 * report the drawer freezes (shared/schemas/creditNotes.ts zReportSchema).
 */
import type { ZReport } from '../shared/schemas/creditNotes'

interface Amount {
  count: number
  totalMinor: number
}

const amount = (): Amount => ({ count: 0, totalMinor: 0 })

export class ZTally {
  readonly sales = { count: 0, netMinor: 0, discountMinor: 0, taxMinor: 0, totalMinor: 0 }
  readonly taxByRate = new Map<number, { netMinor: number; taxMinor: number }>()
  readonly byTender = new Map<string, { inMinor: number; outMinor: number }>()
  readonly refunds = amount()
  readonly voids = amount()
  readonly deposits = amount()
  readonly discounts = amount()
  readonly cash = { salesMinor: 0, depositsMinor: 0, refundsMinor: 0, paidInMinor: 0, paidOutMinor: 0 }
  readonly paidMovements: ZReport['paidMovements'] = []
  /** The running sum of the session's cash movements: the drawer's expected cash. */
  expectedMinor = 0

  constructor(readonly floatMinor: number) {
    this.expectedMinor = floatMinor
  }

  invoice(document: { netMinor: number; discountMinor: number; taxMinor: number; totalMinor: number }): void {
    this.sales.count += 1
    this.sales.netMinor += document.netMinor
    this.sales.discountMinor += document.discountMinor
    this.sales.taxMinor += document.taxMinor
    this.sales.totalMinor += document.totalMinor
    if (document.discountMinor > 0) {
      this.discounts.count += 1
      this.discounts.totalMinor += document.discountMinor
    }
  }

  /** Tax by rate over the session's invoice lines (credit notes show under refunds and voids). */
  taxLine(taxRateBp: number, netMinor: number, taxMinor: number): void {
    const entry = this.taxByRate.get(taxRateBp) ?? { netMinor: 0, taxMinor: 0 }
    entry.netMinor += netMinor
    entry.taxMinor += taxMinor
    this.taxByRate.set(taxRateBp, entry)
  }

  creditNote(totalMinor: number, isVoid: boolean): void {
    const line = isVoid ? this.voids : this.refunds
    line.count += 1
    line.totalMinor += totalMinor
  }

  /** New money in (a payment or a deposit taken) or out (a refund), by tender. */
  tender(tender: string, inMinor: number, outMinor: number): void {
    const entry = this.byTender.get(tender) ?? { inMinor: 0, outMinor: 0 }
    entry.inMinor += inMinor
    entry.outMinor += outMinor
    this.byTender.set(tender, entry)
  }

  deposit(tender: string, amountMinor: number): void {
    this.deposits.count += 1
    this.deposits.totalMinor += amountMinor
    this.tender(tender, amountMinor, 0)
    if (tender === 'cash') this.cashMovement('deposit', amountMinor)
  }

  /** A signed cash movement of the session (what cashMovements holds). */
  cashMovement(kind: 'sale' | 'deposit' | 'refund' | 'paid_in' | 'paid_out', amountMinor: number): void {
    this.expectedMinor += amountMinor
    if (kind === 'sale') this.cash.salesMinor += amountMinor
    else if (kind === 'deposit') this.cash.depositsMinor += amountMinor
    else if (kind === 'refund') this.cash.refundsMinor -= amountMinor
    else if (kind === 'paid_in') this.cash.paidInMinor += amountMinor
    else this.cash.paidOutMinor -= amountMinor
  }

  report(
    session: {
      id: string
      number: string
      openedAt: string
      closedAt: string
      openedByName: string
      closedByName: string
    },
    countedMinor: number,
  ): ZReport {
    return {
      sessionId: session.id,
      sessionNumber: session.number,
      frozen: true,
      currency: 'CNY',
      openedAt: session.openedAt,
      closedAt: session.closedAt,
      openedByName: session.openedByName,
      closedByName: session.closedByName,
      sales: { ...this.sales },
      taxByRate: [...this.taxByRate]
        .sort((a, b) => a[0] - b[0])
        .map(([taxRateBp, entry]) => ({ taxRateBp, ...entry })),
      // Cash first, then the others by name, as the printed report lists them.
      byTender: [...this.byTender]
        .sort((a, b) => (a[0] === 'cash' ? -1 : b[0] === 'cash' ? 1 : a[0].localeCompare(b[0])))
        .map(([tender, entry]) => ({ tender, ...entry })),
      refunds: { ...this.refunds },
      voids: { ...this.voids },
      deposits: { ...this.deposits },
      discounts: { ...this.discounts },
      cash: {
        floatMinor: this.floatMinor,
        ...this.cash,
        expectedMinor: this.expectedMinor,
        countedMinor,
        varianceMinor: countedMinor - this.expectedMinor,
      },
      paidMovements: this.paidMovements,
    }
  }
}

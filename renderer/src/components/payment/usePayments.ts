import { useState } from 'react'
import type { PaymentInput } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { paymentFigures, tenderLine, toPaymentInputs, type TenderLine } from './paymentLines'
import { useStoreCredit } from './useStoreCredit'

/**
 * The payment panel's state for a page: starts with one cash line for whatever is due, and answers
 * the payments to send (none when nothing is due) and whether they can be sent.
 */
export function usePayments(dueMinor: number, currency: Currency, customerId: string | null) {
  const [lines, setLines] = useState<TenderLine[]>(() => [tenderLine('cash')])
  const storeCredit = useStoreCredit(customerId)
  const figures = paymentFigures(lines, dueMinor, currency, storeCredit)
  const nothingDue = dueMinor <= 0
  const payments: PaymentInput[] = nothingDue ? [] : toPaymentInputs(lines, figures)
  return {
    lines,
    setLines,
    figures,
    payments,
    valid: nothingDue || figures.valid,
    reset: () => setLines([tenderLine('cash')]),
  }
}

import type { Invoice } from '../../../../shared/contract'

type Payment = Invoice['payments'][number]

/**
 * A refund row on an invoice that no credit note paid out: the part of the intake deposit above the
 * invoice's total, handed back at pickup. Shown as "deposit given back", not as a refund of the sale.
 */
export function isDepositReturn(payment: Payment): boolean {
  return payment.kind === 'refund' && payment.creditNoteNumber === null
}

/** The i18n key (namespace invoices) naming a money row's kind. */
export function paymentKindKey(payment: Payment): string {
  return isDepositReturn(payment) ? 'paymentKind.depositBack' : `paymentKind.${payment.kind}`
}

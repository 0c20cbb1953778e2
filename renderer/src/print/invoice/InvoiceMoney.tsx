import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import type { ReceiptLayout } from '../receiptLines'
import { PrintSection } from '../shared/Facts'
import classes from './invoice.module.css'
import { isDepositReturn } from '../../components/payment/depositReturn'

/** Totals, tax, the deposit applied, what was paid and what is still due. */
export function InvoiceSums({ invoice, layout }: { invoice: Invoice; layout: ReceiptLayout }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, invoice.currency)
  const deposit = invoice.payments
    .filter((payment) => payment.kind === 'deposit_applied')
    .reduce((sum, payment) => sum + payment.amountMinor, 0)
  const credit = invoice.kind === 'credit_note'
  const row = (label: string, value: string, className?: string) => (
    <>
      <dt className={className}>{label}</dt>
      <dd className={className}>{value}</dd>
    </>
  )
  return (
    <PrintSection title={t('print.totals')} wide testId="invoice-print-totals">
      <dl className={`${classes.sums} ${layout === 'a4' ? classes.sumsWide : ''}`}>
        {row(t('totals.net'), money(invoice.netMinor))}
        {invoice.discountMinor > 0 && row(t('totals.discount'), money(-invoice.discountMinor))}
        {row(t('totals.tax'), money(invoice.taxMinor))}
        {row(credit ? t('print.creditTotal') : t('totals.total'), money(invoice.totalMinor), classes.grand)}
        {deposit > 0 && row(t('print.depositApplied'), money(-deposit))}
        {!credit && row(t('totals.paid'), money(invoice.paidMinor - deposit))}
        {invoice.creditedMinor > 0 && row(t('totals.credited'), money(invoice.creditedMinor))}
        {!credit &&
          row(
            t('totals.balance'),
            money(invoice.balanceMinor),
            invoice.balanceMinor > 0 ? classes.due : classes.grand,
          )}
      </dl>
    </PrintSection>
  )
}

/** Every payment by tender; for cash, what was handed over and the change given. */
export function InvoicePaymentsPrint({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, invoice.currency)
  const shown = invoice.payments.filter((payment) => payment.kind !== 'deposit_applied')
  if (shown.length === 0) return null
  return (
    <PrintSection title={t('print.payments')} wide testId="invoice-print-payments">
      {shown.map((payment) => (
        <div key={payment.id}>
          <div className={classes.payment}>
            <span>
              {payment.kind === 'refund'
                ? t(isDepositReturn(payment) ? 'print.depositBackTo' : 'print.refundTo', {
                    tender: t(`tender.${payment.tender}`),
                  })
                : t(`tender.${payment.tender}`)}
              {payment.reference !== '' ? ` (${payment.reference})` : ''}
            </span>
            <span>{money(payment.kind === 'refund' ? -payment.amountMinor : payment.amountMinor)}</span>
          </div>
          {payment.tenderedMinor !== null && (
            <div className={classes.cash}>
              <div className={classes.payment}>
                <span>{t('print.tendered')}</span>
                <span>{money(payment.tenderedMinor)}</span>
              </div>
              <div className={`${classes.payment} ${classes.change}`}>
                <span>{t('print.change')}</span>
                <span>{money(payment.changeMinor)}</span>
              </div>
            </div>
          )}
        </div>
      ))}
    </PrintSection>
  )
}

import { Button, Group, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { PaymentPanel } from '../../components/PaymentPanel'
import { DrawerClosedNotice } from '../../components/drawer/DrawerClosedNotice'
import { MoneyError } from '../../components/payment/MoneyError'
import { usePayments } from '../../components/payment/usePayments'

/** Pays (part of) the balance still due on an invoice. */
export function TakePayment({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const { t } = useTranslation('invoices')
  const pay = useApiMutation('invoices.pay')
  const payment = usePayments(invoice.balanceMinor, invoice.currency, invoice.customer?.id ?? null)
  const deposit = invoice.payments
    .filter((entry) => entry.kind === 'deposit_applied')
    .reduce((sum, entry) => sum + entry.amountMinor, 0)
  const confirm = () => {
    if (!payment.valid || payment.payments.length === 0) return
    pay.mutate({ invoiceId: invoice.id, payments: payment.payments }, { onSuccess: onDone })
  }
  return (
    <Stack gap="sm" data-testid="take-payment">
      <DrawerClosedNotice />
      <PaymentPanel
        currency={invoice.currency}
        totalMinor={invoice.totalMinor}
        depositMinor={deposit}
        dueMinor={invoice.balanceMinor}
        customerId={invoice.customer?.id ?? null}
        lines={payment.lines}
        onLinesChange={payment.setLines}
        onConfirm={confirm}
        autoFocus
      />
      <MoneyError error={pay.error} />
      <Group justify="flex-end">
        <Button variant="default" disabled={pay.isPending} onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button size="md" onClick={confirm} loading={pay.isPending} data-testid="take-payment-confirm">
          {t('invoice.takePaymentConfirm')}
        </Button>
      </Group>
    </Stack>
  )
}

import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { paymentStatuses } from '../../../../shared/contract'

type PaymentStatus = (typeof paymentStatuses)[number]

const colors: Record<PaymentStatus, string> = {
  paid: 'green',
  partly_paid: 'orange',
  due: 'red',
  voided: 'gray',
  credit: 'grape',
}

/** Paid / partly paid / due / voided / credit note: a word and a colour, never colour alone. */
export function InvoiceStatusBadge({ status, size = 'sm' }: { status: PaymentStatus; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation('invoices')
  return (
    <Badge
      color={colors[status]}
      variant={status === 'due' ? 'filled' : 'light'}
      size={size}
      data-status={status}
      data-testid="invoice-status"
    >
      {t(`status.${status}`)}
    </Badge>
  )
}

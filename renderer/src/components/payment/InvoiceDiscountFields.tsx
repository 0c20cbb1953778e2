import { Group, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../shared/domain/money'
import { invoiceDiscountOf, type DiscountText } from './counterLines'

/** A discount on the whole invoice and its reason (both or neither). */
export function InvoiceDiscountFields({
  value,
  currency,
  onChange,
}: {
  value: DiscountText
  currency: Currency
  onChange: (value: DiscountText) => void
}) {
  const { t } = useTranslation('invoices')
  const { errors } = invoiceDiscountOf(value, currency)
  const message = (key: string | undefined) => (key ? t(`common:validation.${key}`) : undefined)
  return (
    <Group gap="sm" align="flex-start" data-testid="invoice-discount">
      <TextInput
        w={160}
        label={t('discount.amount', { currency })}
        inputMode="decimal"
        autoComplete="off"
        placeholder="0"
        value={value.amount}
        onChange={(event) => onChange({ ...value, amount: event.currentTarget.value })}
        error={message(errors.amount)}
        data-testid="invoice-discount-amount"
      />
      <TextInput
        flex={1}
        label={t('discount.reason')}
        placeholder={t('discount.reasonPlaceholder')}
        autoComplete="off"
        value={value.reason}
        disabled={value.amount.trim() === ''}
        onChange={(event) => onChange({ ...value, reason: event.currentTarget.value })}
        error={message(errors.reason)}
        data-testid="invoice-discount-reason"
      />
    </Group>
  )
}

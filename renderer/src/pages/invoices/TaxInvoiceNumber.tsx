import { Button, Group, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'

/** The official tax invoice (fapiao) number issued elsewhere: shown, and recorded or corrected. */
export function TaxInvoiceNumber({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const errorText = useErrorText()
  const record = useApiMutation('invoices.setTaxInvoiceNumber')
  const [editing, setEditing] = useState(false)
  const [value, setValue] = useState(invoice.taxInvoiceNumber ?? '')
  const save = () => {
    if (value.trim() === '') return
    record.mutate({ id: invoice.id, taxInvoiceNumber: value.trim() }, { onSuccess: () => setEditing(false) })
  }
  if (!editing)
    return (
      <Group gap="xs">
        <Text size="sm" ff="monospace" data-testid="tax-invoice-number">
          {invoice.taxInvoiceNumber ?? t('taxInvoice.none')}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setEditing(true)}
          data-testid="tax-invoice-edit"
        >
          {invoice.taxInvoiceNumber ? t('taxInvoice.change') : t('taxInvoice.record')}
        </Button>
      </Group>
    )
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        size="xs"
        autoFocus
        autoComplete="off"
        placeholder={t('taxInvoice.placeholder')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') save()
          if (event.key === 'Escape') setEditing(false)
        }}
        error={record.isError ? errorText(record.error) : undefined}
        data-testid="tax-invoice-input"
      />
      <Button size="xs" onClick={save} loading={record.isPending} data-testid="tax-invoice-save">
        {t('common:actions.save')}
      </Button>
    </Group>
  )
}

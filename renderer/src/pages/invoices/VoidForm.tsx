import { Alert, Button, Group, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { DrawerClosedNotice } from '../../components/drawer/DrawerClosedNotice'
import { MoneyError } from '../../components/payment/MoneyError'

/** Cancels the whole invoice by a credit note, with a reason; its payments go back. */
export function VoidForm({
  invoice,
  onDone,
}: {
  invoice: Invoice
  onDone: (creditNoteId: string | null) => void
}) {
  const { t } = useTranslation('invoices')
  const voidInvoice = useApiMutation('invoices.void')
  const [reason, setReason] = useState('')
  const [tried, setTried] = useState(false)
  const submit = () => {
    setTried(true)
    if (reason.trim() === '') return
    voidInvoice.mutate({ id: invoice.id, reason: reason.trim() }, { onSuccess: (note) => onDone(note.id) })
  }
  return (
    <Stack gap="sm" data-testid="void-form">
      <DrawerClosedNotice />
      <Alert color="red" variant="light">
        {t('void.explain', { number: invoice.number })}
      </Alert>
      <TextInput
        label={t('void.reason')}
        withAsterisk
        data-autofocus
        autoComplete="off"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && submit()}
        error={tried && reason.trim() === '' ? t('common:validation.required') : undefined}
        data-testid="void-reason"
      />
      <MoneyError error={voidInvoice.error} />
      <Group justify="flex-end">
        <Button variant="default" disabled={voidInvoice.isPending} onClick={() => onDone(null)}>
          {t('common:actions.cancel')}
        </Button>
        <Button color="red" onClick={submit} loading={voidInvoice.isPending} data-testid="void-confirm">
          {t('void.confirm')}
        </Button>
      </Group>
    </Stack>
  )
}

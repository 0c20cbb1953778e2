import { Select, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'

/**
 * The owner's label inside the ticket's status ("waiting for the customer's reply"). Only the
 * current status's labels in use are offered; nothing shows for a status without labels.
 */
export function StatusLabelPicker({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const labels = useApi('statusLabels.list', {})
  const setLabel = useApiMutation('tickets.setLabel')
  const current = ticket.statusLabel
  const offered = (labels.data ?? []).filter(
    (label) => label.status === ticket.status && (label.active || label.id === current?.id),
  )
  if (offered.length === 0) return null
  return (
    <Select
      size="xs"
      w={280}
      leftSection={<Text size="xs">{t('labelPicker.short')}</Text>}
      leftSectionWidth={44}
      placeholder={t('labelPicker.placeholder')}
      aria-label={t('labelPicker.label')}
      data={offered.map((label) => ({ value: label.id, label: label.name }))}
      value={current?.id ?? null}
      onChange={(value) => setLabel.mutate({ id: ticket.id, version: ticket.version, statusLabelId: value })}
      clearable
      disabled={setLabel.isPending}
      error={setLabel.isError ? errorText(setLabel.error) : undefined}
      data-testid="ticket-status-label"
    />
  )
}

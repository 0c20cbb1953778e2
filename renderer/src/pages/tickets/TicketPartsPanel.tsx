import { Card, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { LoadFailed } from '../../components/QueryState'
import { AddPartForm } from './parts/AddPartForm'
import { TicketPartRows } from './parts/TicketPartRows'

/**
 * Parts set aside for, fitted to and given back from this repair, and those special-ordered for it.
 * A collected or cancelled ticket only lets go of what it still holds.
 */
export function TicketPartsPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('ticketParts')
  const parts = useApi('ticketParts.list', { ticketId: ticket.id })
  const closed = ticket.status === 'collected' || ticket.status === 'cancelled'
  const rows = parts.data ?? []

  return (
    <Card withBorder data-testid="ticket-parts-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('title')}</Text>
          {ticket.partsArrivedAt && (
            <Text size="sm" c="teal" fw={600} data-testid="ticket-parts-arrived">
              {t('arrived')}
            </Text>
          )}
        </Group>
        {parts.isError && <LoadFailed error={parts.error} onRetry={() => void parts.refetch()} />}
        {rows.length > 0 ? (
          <TicketPartRows parts={rows} closed={closed} currency={ticket.currency} />
        ) : (
          !parts.isLoading && (
            <Text size="sm" c="dimmed">
              {t('none')}
            </Text>
          )
        )}
        {!closed && <AddPartForm ticketId={ticket.id} currency={ticket.currency} />}
      </Stack>
    </Card>
  )
}

import { Alert, Anchor, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'

/**
 * Tickets whose special-ordered parts have arrived: the counter can call the technician (or the
 * customer) now. Shows nothing when there are none.
 */
export function PartsArrivedCard() {
  const { t } = useTranslation('ticketParts')
  const format = useFormat()
  const arrived = useApi('workshop.partsArrived', {})
  const tickets = arrived.data ?? []
  if (tickets.length === 0) return null

  return (
    <Alert
      color="teal"
      variant="light"
      title={t('counter.title', { count: tickets.length })}
      data-testid="parts-arrived"
    >
      <Stack gap={6}>
        {tickets.map((ticket) => (
          <Group key={ticket.id} gap="md" wrap="nowrap" data-testid="parts-arrived-ticket">
            <Anchor component={Link} to={`/tickets/${ticket.id}`} ff="monospace" fw={600}>
              {ticket.number}
            </Anchor>
            <Text size="sm">{ticket.customerName}</Text>
            <Text size="sm" c="dimmed">
              {ticket.deviceLabel}
            </Text>
            <Text size="sm" c="dimmed">
              {ticket.assignedTo?.name ?? t('counter.unassigned')}
            </Text>
            <Text size="sm" c="teal">
              {t('counter.arrivedAt', { at: format.dateTime(ticket.partsArrivedAt) })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Alert>
  )
}

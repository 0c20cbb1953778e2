import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TicketSummary } from '../../../shared/contract'
import { isOverdue, useFormat } from './format'
import { OverdueBadge, StatusBadge } from './StatusBadge'

const plainRow = { cursor: 'pointer' }
/** A red edge on the left of an overdue row (beside its badge: colour is never the only sign). */
const overdueRow = { ...plainRow, boxShadow: 'inset 4px 0 0 var(--mantine-color-red-6)' }

/**
 * The list of tickets every area shows: click or Enter on a row opens the ticket. An overdue ticket's
 * row has a red edge and a badge with a word, so it stands out without relying on colour.
 */
export function TicketTable({ tickets, empty }: { tickets: TicketSummary[]; empty: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const format = useFormat()
  if (tickets.length === 0) {
    return (
      <Text c="dimmed" size="sm" py="sm">
        {empty}
      </Text>
    )
  }
  return (
    <Table highlightOnHover verticalSpacing="xs" data-testid="ticket-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ticket.number')}</Table.Th>
          <Table.Th>{t('ticket.status')}</Table.Th>
          <Table.Th>{t('ticket.customer')}</Table.Th>
          <Table.Th>{t('ticket.device')}</Table.Th>
          <Table.Th>{t('ticket.fault')}</Table.Th>
          <Table.Th>{t('workshop:technician')}</Table.Th>
          <Table.Th>{t('ticket.promisedAt')}</Table.Th>
          <Table.Th>{t('ticket.createdAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tickets.map((ticket) => {
          const overdue = isOverdue(ticket.promisedAt, ticket.status)
          const open = () => void navigate(`/tickets/${ticket.id}`)
          return (
            <Table.Tr
              key={ticket.id}
              onClick={open}
              onKeyDown={(event) => event.key === 'Enter' && open()}
              tabIndex={0}
              style={overdue ? overdueRow : plainRow}
              data-ticket-number={ticket.number}
              data-overdue={overdue || undefined}
            >
              <Table.Td>
                <Text fw={600} ff="monospace" size="sm">
                  {ticket.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={ticket.status} />
                {ticket.priority !== 'normal' && (
                  <Badge ml={4} color="red" variant="outline" size="sm">
                    {t(`priority.${ticket.priority}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ticket.customerName}</Text>
                <Text size="xs" c="dimmed">
                  {ticket.customerPhone}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{ticket.deviceLabel}</Text>
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" lineClamp={1}>
                  {ticket.reportedFault}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={ticket.assignedToName ? undefined : 'dimmed'}>
                  {ticket.assignedToName ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                  {format.dateTime(ticket.promisedAt)}
                </Text>
                {overdue && <OverdueBadge size="xs" />}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(ticket.createdAt)}</Text>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

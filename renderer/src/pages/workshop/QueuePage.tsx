import { Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import type { BoardTicket } from '../../../../shared/schemas/workshop'
import { useApi } from '../../api/hooks'
import { isOverdue, useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { OverdueBadge, StatusBadge } from '../../components/StatusBadge'
import { useStaffOptions } from './staffOptions'
import classes from './Workshop.module.css'

function QueueRow({ ticket, position }: { ticket: BoardTicket; position: number }) {
  const { t } = useTranslation('workshop')
  const navigate = useNavigate()
  const format = useFormat()
  const overdue = isOverdue(ticket.promisedAt, ticket.status)
  const open = () => void navigate(`/tickets/${ticket.id}`)
  return (
    <Table.Tr
      onClick={open}
      onKeyDown={(event) => event.key === 'Enter' && open()}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      className={overdue ? classes.overdueRow : undefined}
      data-testid="queue-row"
      data-ticket-number={ticket.number}
      data-overdue={overdue || undefined}
    >
      <Table.Td>
        <Text size="sm" c="dimmed">
          {position}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text fw={600} ff="monospace" size="sm">
          {ticket.number}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <StatusBadge status={ticket.status} />
          {ticket.statusLabelName && (
            <Badge size="sm" variant="dot" color="grape">
              {ticket.statusLabelName}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        {ticket.priority !== 'normal' && (
          <Badge color={ticket.priority === 'urgent' ? 'red' : 'orange'} size="sm">
            {t(`common:priority.${ticket.priority}`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ticket.deviceLabel}</Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {ticket.reportedFault}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{ticket.customerName}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
          {format.dateTime(ticket.promisedAt)}
        </Text>
        {overdue && <OverdueBadge size="xs" />}
      </Table.Td>
    </Table.Tr>
  )
}

/** A technician's open tickets, in the order to work on them: priority, promised time, oldest. */
export function QueuePage() {
  const { staffId = '' } = useParams()
  const { t } = useTranslation('workshop')
  const navigate = useNavigate()
  const staff = useStaffOptions()
  const queue = useApi('workshop.queue', { staffId })
  const member = staff.byId.get(staffId)
  const tickets = queue.data ?? []
  const overdue = tickets.filter((ticket) => isOverdue(ticket.promisedAt, ticket.status)).length
  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2" data-testid="queue-title">
            {member ? t('queue.title', { name: member.name, code: member.code }) : t('queue.titleUnknown')}
          </Title>
          {queue.data && (
            <Text size="sm" c="dimmed">
              {t('queue.count', { count: tickets.length })}
              {overdue > 0 ? ` · ${t('queue.overdue', { count: overdue })}` : ''}
            </Text>
          )}
        </Stack>
        <Group align="flex-end">
          <Select
            label={t('queue.choose')}
            data={staff.groups}
            value={member ? staffId : null}
            onChange={(value) => value && void navigate(`/workshop/queue/${value}`)}
            allowDeselect={false}
            searchable
            w={220}
            data-testid="queue-technician"
          />
          <Button variant="default" onClick={() => void navigate(`/workshop?technician=${staffId}`)}>
            {t('queue.board')}
          </Button>
        </Group>
      </Group>
      {queue.isPending && <PageLoader />}
      {queue.isError && <LoadFailed error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data && tickets.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('queue.empty')}
        </Text>
      )}
      {tickets.length > 0 && (
        <Table highlightOnHover verticalSpacing="xs" data-testid="queue-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('queue.position')}</Table.Th>
              <Table.Th>{t('common:ticket.number')}</Table.Th>
              <Table.Th>{t('common:ticket.status')}</Table.Th>
              <Table.Th>{t('queue.priority')}</Table.Th>
              <Table.Th>{t('common:ticket.device')}</Table.Th>
              <Table.Th>{t('common:ticket.customer')}</Table.Th>
              <Table.Th>{t('common:ticket.promisedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tickets.map((ticket, index) => (
              <QueueRow key={ticket.id} ticket={ticket} position={index + 1} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

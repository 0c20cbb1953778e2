import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardTicket } from '../../../../shared/schemas/workshop'
import { allowedTransitions, type TicketStatus } from '../../../../shared/domain/status'
import { isOverdue, useFormat } from '../../components/format'
import { OverdueBadge } from '../../components/StatusBadge'
import classes from './Workshop.module.css'

export interface CardActions {
  open: (ticket: BoardTicket) => void
  move: (ticket: BoardTicket, to: TicketStatus) => void
  /** A card dropped on a column: the ticket is found by id on the board as it is now. */
  drop: (ticketId: string, to: TicketStatus) => void
  setMenu: (ticketId: string | null) => void
  dragStart: (ticket: BoardTicket) => void
  dragEnd: () => void
}

const priorityColor = { urgent: 'red', high: 'orange', normal: 'gray' } as const
const moveSymbol = '⇄'

/**
 * The dragged card's status travels as a data type: a column must decide during dragover, when the
 * data itself cannot be read yet, whether the status machine lets the ticket in.
 */
const statusType = 'application/x-ticket-status-'

export function draggedStatus(event: React.DragEvent): TicketStatus | null {
  const type = Array.from(event.dataTransfer.types).find((entry) => entry.startsWith(statusType))
  return type ? (type.slice(statusType.length) as TicketStatus) : null
}

export function draggedTicketId(event: React.DragEvent): string {
  return event.dataTransfer.getData('text/plain')
}

function startDrag(event: React.DragEvent, ticket: BoardTicket, actions: CardActions) {
  event.dataTransfer.setData('text/plain', ticket.id)
  event.dataTransfer.setData(statusType + ticket.status, ticket.id)
  event.dataTransfer.effectAllowed = 'move'
  // Chromium drops a drag whose page changes during dragstart: mark the columns just after it.
  setTimeout(() => actions.dragStart(ticket), 0)
}

/**
 * A ticket on the board. Click or Enter opens it; drag it to another column, or press M (or its
 * arrows button) for the statuses it may move to, chosen with the arrow keys and Enter.
 */
export const BoardCard = memo(function BoardCard({
  ticket,
  menuOpened,
  actions,
}: {
  ticket: BoardTicket
  menuOpened: boolean
  actions: CardActions
}) {
  const { t } = useTranslation('workshop')
  const format = useFormat()
  const overdue = isOverdue(ticket.promisedAt, ticket.status)
  const moves = allowedTransitions(ticket.status)
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      tabIndex={0}
      draggable
      onDragStart={(event) => startDrag(event, ticket, actions)}
      onDragEnd={actions.dragEnd}
      onClick={() => actions.open(ticket)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') actions.open(ticket)
        if (event.key === 'm' || event.key === 'M') {
          event.preventDefault()
          actions.setMenu(ticket.id)
        }
      }}
      aria-label={t('card.label', { number: ticket.number, device: ticket.deviceLabel })}
      data-testid="board-card"
      data-ticket-number={ticket.number}
      data-overdue={overdue || undefined}
      className={classes.card}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Group gap={4} wrap="nowrap">
            <Text fw={700} ff="monospace" size="sm">
              {ticket.number}
            </Text>
            {ticket.priority !== 'normal' && (
              <Badge size="xs" color={priorityColor[ticket.priority]} variant="filled">
                {t(`common:priority.${ticket.priority}`)}
              </Badge>
            )}
          </Group>
          <Menu
            opened={menuOpened}
            onChange={(opened) => actions.setMenu(opened ? ticket.id : null)}
            position="bottom-end"
            withinPortal
          >
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('card.moveTo')}
                onClick={(event) => event.stopPropagation()}
                data-testid="card-move"
              >
                {moveSymbol}
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown onClick={(event) => event.stopPropagation()}>
              <Menu.Label>{t('card.moveMenu', { number: ticket.number })}</Menu.Label>
              {moves.length === 0 && <Menu.Item disabled>{t('card.noMoves')}</Menu.Item>}
              {moves.map((status) => (
                <Menu.Item
                  key={status}
                  onClick={() => actions.move(ticket, status)}
                  data-testid={`move-to-${status}`}
                >
                  {t(`common:status.${status}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
        {overdue && <OverdueBadge size="xs" />}
        <Text size="sm" fw={500} lineClamp={1}>
          {ticket.deviceLabel}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {ticket.reportedFault}
        </Text>
        <Text size="xs">{ticket.customerName}</Text>
        <Group gap={4}>
          {ticket.assignedTo ? (
            <Badge size="xs" variant="light" color="blue" data-testid="card-technician">
              {ticket.assignedTo.code} · {ticket.assignedTo.name}
            </Badge>
          ) : (
            <Badge size="xs" variant="outline" color="gray">
              {t('unassigned')}
            </Badge>
          )}
          {ticket.statusLabelName && (
            <Badge size="xs" variant="dot" color="grape">
              {ticket.statusLabelName}
            </Badge>
          )}
          {ticket.isWarranty && (
            <Badge size="xs" variant="light" color="teal">
              {t('card.warranty')}
            </Badge>
          )}
          {ticket.partsArrivedAt && ticket.status === 'awaiting_parts' && (
            <Badge size="xs" variant="light" color="green">
              {t('card.partsArrived')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
          {ticket.promisedAt
            ? t('card.promised', { at: format.relative(ticket.promisedAt) })
            : t('card.noPromise')}
        </Text>
      </Stack>
    </Paper>
  )
})

import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardTicket } from '../../../../shared/schemas/workshop'
import { canTransition, type TicketStatus } from '../../../../shared/domain/status'
import { BoardCard, type CardActions, draggedStatus, draggedTicketId } from './BoardCard'
import classes from './Workshop.module.css'

/**
 * One open status: its translated name, how many tickets it holds, and the most urgent of them.
 * While a card is dragged, the column shows whether the status machine lets it in, and only then
 * accepts the drop.
 */
export function BoardColumn({
  status,
  total,
  tickets,
  dragging,
  menuFor,
  actions,
}: {
  status: TicketStatus
  total: number
  tickets: BoardTicket[]
  dragging: BoardTicket | null
  menuFor: string | null
  actions: CardActions
}) {
  const { t } = useTranslation('workshop')
  const [over, setOver] = useState(false)
  const accepts = dragging !== null && canTransition(dragging.status, status)
  const refuses = dragging !== null && !accepts && dragging.status !== status
  return (
    <Paper
      className={classes.column}
      p="xs"
      radius="md"
      data-testid="board-column"
      data-status={status}
      data-accepts={accepts || undefined}
      data-refuses={refuses || undefined}
      data-over={(accepts && over) || undefined}
      onDragOver={(event) => {
        const from = draggedStatus(event)
        if (!from || !canTransition(from, status)) return
        event.preventDefault()
        event.dataTransfer.dropEffect = 'move'
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        const from = draggedStatus(event)
        if (from && canTransition(from, status)) actions.drop(draggedTicketId(event), status)
      }}
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={700} size="sm">
          {t(`common:status.${status}`)}
        </Text>
        <Badge variant="white" color="dark" data-testid="column-total">
          {total}
        </Badge>
      </Group>
      <Stack gap={6} className={classes.columnBody}>
        {tickets.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('board.empty')}
          </Text>
        )}
        {tickets.map((ticket) => (
          <BoardCard key={ticket.id} ticket={ticket} menuOpened={menuFor === ticket.id} actions={actions} />
        ))}
        {total > tickets.length && (
          <Text size="xs" c="dimmed" ta="center" py={4} data-testid="column-more">
            {t('board.more', { count: total - tickets.length })}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

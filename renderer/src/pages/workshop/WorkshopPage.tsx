import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { BoardTicket } from '../../../../shared/schemas/workshop'
import { canTransition, type TicketStatus } from '../../../../shared/domain/status'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import type { CardActions } from './BoardCard'
import { BoardColumn } from './BoardColumn'
import { BoardScroller } from './BoardScroller'
import { useStaffOptions } from './staffOptions'

/** Cards a column shows at first; "show more" adds as many again (the contract allows 500). */
const pageOfCards = 50

/**
 * The workshop board: a column per open status, most urgent first, for everyone, the unassigned
 * tickets, or one technician. A card moves by drag and drop or from the keyboard, only to statuses
 * the status machine allows; a refusal (or someone else's change) is said and the board refreshed.
 */
export function WorkshopPage() {
  const { t } = useTranslation('workshop')
  const errorText = useErrorText()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const technician = params.get('technician') ?? 'all'
  const [limit, setLimit] = useState(pageOfCards)
  const staff = useStaffOptions()
  const board = useApi(
    'workshop.board',
    { technician, limitPerColumn: limit },
    { placeholderData: (previous) => previous },
  )
  const change = useApiMutation('tickets.changeStatus')
  const [dragging, setDragging] = useState<BoardTicket | null>(null)
  const [menuFor, setMenuFor] = useState<string | null>(null)
  /** The last move refused (not allowed any more, or someone else changed the ticket). */
  const [refusal, setRefusal] = useState<{ number: string; error: unknown } | null>(null)
  const refetch = board.refetch
  const mutate = change.mutate

  const data = board.data
  const actions = useMemo<CardActions>(() => {
    const move = (ticket: BoardTicket, to: TicketStatus) => {
      setDragging(null)
      setMenuFor(null)
      setRefusal(null)
      if (!canTransition(ticket.status, to)) return
      mutate(
        { id: ticket.id, version: ticket.version, toStatus: to, note: '' },
        {
          onSuccess: () => {
            notifications.show({
              color: 'teal',
              message: t('moved', { number: ticket.number, status: t(`common:status.${to}`) }),
            })
            void refetch()
          },
          onError: (error) => {
            setRefusal({ number: ticket.number, error })
            void refetch()
          },
        },
      )
    }
    return {
      move,
      drop: (ticketId, to) => {
        const ticket = data?.columns
          .flatMap((column) => column.tickets)
          .find((entry) => entry.id === ticketId)
        if (ticket) move(ticket, to)
        else setDragging(null)
      },
      open: (ticket) => void navigate(`/tickets/${ticket.id}`),
      setMenu: setMenuFor,
      dragStart: setDragging,
      dragEnd: () => setDragging(null),
    }
  }, [navigate, mutate, refetch, t, setRefusal, setDragging, setMenuFor, data])

  const choose = (value: string | null) => {
    setParams(value && value !== 'all' ? { technician: value } : {})
  }
  const filterOptions = [
    {
      group: t('filter.show'),
      items: [
        { value: 'all', label: t('filter.all') },
        { value: 'unassigned', label: t('filter.unassigned') },
      ],
    },
    ...staff.groups,
  ]
  const columns = board.data?.columns ?? []
  const open = columns.reduce((sum, column) => sum + column.total, 0)
  const chosen = staff.byId.get(technician)
  const someHidden = columns.some((column) => column.total > column.tickets.length)

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {board.data ? t('board.open', { count: open }) : ' '} · {t('board.hint')}
          </Text>
        </Stack>
        <Group align="flex-end">
          <Select
            label={t('filter.label')}
            data={filterOptions}
            value={technician}
            onChange={choose}
            allowDeselect={false}
            searchable
            w={240}
            data-testid="board-technician"
          />
          {chosen && (
            <Button
              variant="light"
              onClick={() => void navigate(`/workshop/queue/${chosen.id}`)}
              data-testid="open-queue"
            >
              {t('openQueue')}
            </Button>
          )}
          {someHidden && limit < 500 && (
            <Button variant="default" onClick={() => setLimit(Math.min(500, limit + pageOfCards))}>
              {t('board.showMore')}
            </Button>
          )}
        </Group>
      </Group>
      {refusal && (
        <Alert
          color="red"
          withCloseButton
          onClose={() => setRefusal(null)}
          title={t('moveRefused', { number: refusal.number })}
          data-testid="move-refused"
        >
          {errorText(refusal.error)}
        </Alert>
      )}
      {board.isPending && <PageLoader />}
      {board.isError && <LoadFailed error={board.error} onRetry={() => void refetch()} />}
      {board.data && (
        <BoardScroller dimmed={change.isPending}>
          {columns.map((column) => (
            <BoardColumn
              key={column.status}
              status={column.status}
              total={column.total}
              tickets={column.tickets}
              dragging={dragging}
              menuFor={menuFor}
              actions={actions}
            />
          ))}
        </BoardScroller>
      )}
    </Stack>
  )
}

import { Alert, Button, Group, Menu, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { allowedTransitions, canTransition, type TicketStatus } from '../../../../shared/domain/status'
import { ApiError } from '../../api/client'
import { useApi, useApiMutation } from '../../api/hooks'
import { changedBy, ConflictNotice, useTicketChanges } from '../../components/ConflictNotice'
import { useErrorText } from '../../components/errors'

/**
 * The moves the status machine allows from here; each asks for an optional note for the timeline.
 * When someone else changed the ticket meanwhile, the note stays and the clerk sees what changed.
 */
export function StatusActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets')
  const errorText = useErrorText()
  const changes = useTicketChanges()
  const change = useApiMutation('tickets.changeStatus')
  const latest = useApi('tickets.get', { id: ticket.id }, { enabled: false })
  const [target, setTarget] = useState<TicketStatus | null>(null)
  const [note, setNote] = useState('')
  /** The version the clerk chose the move on. */
  const [base, setBase] = useState<TicketDetail>(ticket)
  const [conflicted, setConflicted] = useState(false)
  const moves = allowedTransitions(ticket.status)

  const current = latest.data && latest.data.version >= ticket.version ? latest.data : ticket
  const refreshed = current.version !== base.version

  const choose = (status: TicketStatus) => {
    setBase(ticket)
    setConflicted(false)
    setTarget(status)
  }
  const close = () => {
    setTarget(null)
    setNote('')
    setConflicted(false)
    change.reset()
  }
  const submit = (from: TicketDetail) => {
    if (!target) return
    change.mutate(
      { id: ticket.id, version: from.version, toStatus: target, note },
      {
        onSuccess: close,
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'CONFLICT' && error.key === 'errors.conflict') {
            setConflicted(true)
            void latest.refetch()
          }
        },
      },
    )
  }
  const keepMine = () => {
    setBase(current)
    setConflicted(false)
    submit(current)
  }

  if (moves.length === 0 && target === null) return null
  const stillAllowed = target !== null && canTransition(current.status, target)
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" data-testid="change-status" disabled={moves.length === 0}>
            {t('statusChange.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {moves.map((status) => (
            <Menu.Item key={status} onClick={() => choose(status)} data-testid={`status-to-${status}`}>
              {t(`common:status.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={target !== null}
        onClose={close}
        title={target ? t('statusChange.title', { status: t(`common:status.${target}`) }) : ''}
        size={conflicted ? 'lg' : 'md'}
        centered
      >
        <Stack>
          {conflicted && (
            <ConflictNotice
              rows={refreshed ? changes(base, current) : null}
              people={refreshed ? changedBy(base, current) : []}
              onKeepMine={keepMine}
              onDiscard={close}
              cannotKeep={
                refreshed && !stillAllowed && target
                  ? t('staff:conflict.moveNoLongerAllowed', {
                      status: t(`common:status.${current.status}`),
                      target: t(`common:status.${target}`),
                    })
                  : null
              }
              keeping={change.isPending}
            />
          )}
          <Textarea
            label={t('statusChange.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
            data-testid="status-note"
          />
          {change.isError && !conflicted && <Alert color="red">{errorText(change.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              onClick={() => submit(base)}
              loading={change.isPending}
              disabled={conflicted}
              data-testid="status-confirm"
            >
              {t('statusChange.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}

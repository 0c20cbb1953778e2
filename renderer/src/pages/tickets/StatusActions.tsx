import { Alert, Button, Group, Menu, Modal, Stack, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { allowedTransitions, type TicketStatus } from '../../../../shared/domain/status'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'

/** The moves the status machine allows from here; each asks for an optional note for the timeline. */
export function StatusActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets')
  const errorText = useErrorText()
  const change = useApiMutation('tickets.changeStatus')
  const [target, setTarget] = useState<TicketStatus | null>(null)
  const [note, setNote] = useState('')
  const moves = allowedTransitions(ticket.status)
  if (moves.length === 0) return null

  const close = () => {
    setTarget(null)
    setNote('')
    change.reset()
  }
  const confirm = () => {
    if (!target) return
    change.mutate({ id: ticket.id, version: ticket.version, toStatus: target, note }, { onSuccess: close })
  }

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" data-testid="change-status">
            {t('statusChange.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {moves.map((status) => (
            <Menu.Item key={status} onClick={() => setTarget(status)} data-testid={`status-to-${status}`}>
              {t(`common:status.${status}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={target !== null}
        onClose={close}
        title={target ? t('statusChange.title', { status: t(`common:status.${target}`) }) : ''}
        centered
      >
        <Stack>
          <Textarea
            label={t('statusChange.note')}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
            data-testid="status-note"
          />
          {change.isError && <Alert color="red">{errorText(change.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={confirm} loading={change.isPending} data-testid="status-confirm">
              {t('statusChange.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}

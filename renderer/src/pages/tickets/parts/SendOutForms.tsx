import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../../shared/contract'
import { useApiMutation } from '../../../api/hooks'
import { useErrorText, useFieldErrors } from '../../../components/errors'
import { useRefreshTicket } from './useRefreshTicket'

/** Where the device goes, under which tracking number, and when it should be back. */
export function SendOutModal({ ticket, onClose }: { ticket: TicketDetail; onClose: () => void }) {
  const { t } = useTranslation('ticketParts')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const refresh = useRefreshTicket()
  const create = useApiMutation('sendOuts.create')
  const [partner, setPartner] = useState('')
  const [trackingNumber, setTrackingNumber] = useState('')
  const [expectedBack, setExpectedBack] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const errors = fieldErrors(create.error)

  // mutateAsync, not mutate's callbacks: the refresh after the write can unmount this form for a
  // moment, and a skipped onSuccess would leave the dialog to open again, empty.
  const submit = async () => {
    try {
      await create.mutateAsync({
        ticketId: ticket.id,
        version: ticket.version,
        partner,
        trackingNumber,
        // The day the device is due back, to the end of that day in the shop's time.
        expectedBackAt: expectedBack ? dayjs(expectedBack).endOf('day').toISOString() : null,
        note,
      })
    } catch {
      return // shown from create.error
    }
    void refresh()
    onClose()
  }

  return (
    <Modal opened onClose={onClose} title={t('sendOut.title')} centered>
      <Stack>
        <TextInput
          label={t('sendOut.partner')}
          placeholder={t('sendOut.partnerPlaceholder')}
          value={partner}
          onChange={(event) => setPartner(event.currentTarget.value)}
          error={errors.partner}
          data-autofocus
          required
          data-testid="send-out-partner"
        />
        <TextInput
          label={t('sendOut.trackingNumber')}
          value={trackingNumber}
          onChange={(event) => setTrackingNumber(event.currentTarget.value)}
          error={errors.trackingNumber}
          data-testid="send-out-tracking"
        />
        <DateInput
          label={t('sendOut.expectedBack')}
          valueFormat="YYYY-MM-DD"
          value={expectedBack}
          onChange={setExpectedBack}
          minDate={dayjs().format('YYYY-MM-DD')}
          clearable
          error={errors.expectedBackAt}
          data-testid="send-out-expected"
        />
        <Textarea
          label={t('sendOut.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="send-out-note"
        />
        {create.isError && Object.keys(errors).length === 0 && (
          <Alert color="red">{errorText(create.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={create.isPending} data-testid="send-out-submit">
            {t('sendOut.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

const nextStatuses = ['testing', 'ready_for_pickup', 'unrepairable'] as const

/** The device is back: what happens next, and a note of what the partner did. */
export function ReturnModal({ sendOutId, onClose }: { sendOutId: string; onClose: () => void }) {
  const { t } = useTranslation('ticketParts')
  const errorText = useErrorText()
  const refresh = useRefreshTicket()
  const markReturned = useApiMutation('sendOuts.markReturned')
  const [toStatus, setToStatus] = useState<(typeof nextStatuses)[number]>('testing')
  const [note, setNote] = useState('')

  const submit = async () => {
    try {
      await markReturned.mutateAsync({ id: sendOutId, toStatus, note })
    } catch {
      return // shown from markReturned.error
    }
    void refresh()
    onClose()
  }

  return (
    <Modal opened onClose={onClose} title={t('return.title')} centered>
      <Stack>
        <Select
          label={t('return.nextStatus')}
          data={nextStatuses.map((status) => ({ value: status, label: t(`common:status.${status}`) }))}
          value={toStatus}
          onChange={(value) => {
            const status = nextStatuses.find((candidate) => candidate === value)
            if (status) setToStatus(status)
          }}
          allowDeselect={false}
          data-testid="send-out-return-status"
        />
        <Textarea
          label={t('return.note')}
          placeholder={t('return.notePlaceholder')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-autofocus
          data-testid="send-out-return-note"
        />
        {markReturned.isError && <Alert color="red">{errorText(markReturned.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={markReturned.isPending}
            data-testid="send-out-return-submit"
          >
            {t('return.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { ticketUpdateSchema } from '../../../../shared/contract'
import { ticketPriorities, type TicketPriority } from '../../../../shared/domain/status'
import { ApiError } from '../../api/client'
import { useApi, useApiMutation } from '../../api/hooks'
import {
  changedBy,
  ConflictNotice,
  useTicketChanges,
  useTicketFieldText,
  type TicketField,
} from '../../components/ConflictNotice'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

interface EditValues {
  reportedFault: string
  accessories: string[]
  condition: string
  /** Local date and time as the picker gives it ('YYYY-MM-DD HH:mm:ss'). */
  promisedAt: string | null
  priority: TicketPriority
}
const editFields = ['reportedFault', 'accessories', 'condition', 'promisedAt', 'priority'] as const

function valuesOf(ticket: TicketDetail): EditValues {
  return {
    reportedFault: ticket.reportedFault,
    accessories: ticket.accessories,
    condition: ticket.condition,
    promisedAt: ticket.promisedAt ? dayjs(ticket.promisedAt).format('YYYY-MM-DD HH:mm:ss') : null,
    priority: ticket.priority,
  }
}

function asTicketFields(values: EditValues) {
  return { ...values, promisedAt: values.promisedAt ? dayjs(values.promisedAt).toISOString() : null }
}

const same = (a: EditValues, b: EditValues, field: (typeof editFields)[number]) =>
  JSON.stringify(a[field]) === JSON.stringify(b[field])

/**
 * Edits what was taken at intake. When someone else changed the ticket meanwhile, the clerk keeps
 * what they typed, sees what changed, and puts their changes on the latest version or drops them.
 */
export function EditTicketButton({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const fieldText = useTicketFieldText()
  const changes = useTicketChanges()
  const latest = useApi('tickets.get', { id: ticket.id }, { enabled: false })
  const update = useApiMutation('tickets.update')
  const [opened, setOpened] = useState(false)
  /** The version the clerk's form started from. */
  const [base, setBase] = useState<TicketDetail>(ticket)
  const [conflicted, setConflicted] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<EditValues>({
    initialValues: valuesOf(ticket),
    validate: {
      reportedFault: (value) => (value.trim() === '' ? t('common:validation.required') : null),
    },
  })

  const open = () => {
    setBase(ticket)
    form.setValues(valuesOf(ticket))
    form.resetDirty(valuesOf(ticket))
    setConflicted(false)
    setFailure(null)
    setOpened(true)
  }
  const close = () => {
    setOpened(false)
    setConflicted(false)
    update.reset()
  }

  const save = (values: EditValues, from: TicketDetail) => {
    setFailure(null)
    update.mutate(
      { id: ticket.id, version: from.version, ...asTicketFields(values) },
      {
        onSuccess: close,
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'CONFLICT') {
            setConflicted(true)
            void latest.refetch()
            return
          }
          const fields = fieldErrors(error)
          if (Object.keys(fields).length > 0) form.setErrors(fields)
          else setFailure(errorText(error))
        },
      },
    )
  }
  const submit = form.onSubmit((values) => save(values, base))

  // The page's ticket is the latest once the refetch answered; until then the notice waits.
  const current = latest.data && latest.data.version >= ticket.version ? latest.data : ticket
  const refreshed = current.version !== base.version
  const mine = form.getValues()
  const baseValues = valuesOf(base)
  const mineAsTicket: TicketDetail = { ...base, ...asTicketFields(mine) }
  const rows = refreshed
    ? changes(base, current).map((row) => {
        const field = row.field as TicketField
        const edited = editFields.some((name) => name === field && !same(mine, baseValues, name))
        return { ...row, mine: edited ? fieldText[field](mineAsTicket) : null }
      })
    : null

  /** The clerk's edits over the latest version: fields they did not touch take the newer values. */
  const keepMine = () => {
    const newer = valuesOf(current)
    const merged = { ...newer }
    for (const field of editFields) {
      if (!same(mine, baseValues, field)) Object.assign(merged, { [field]: mine[field] })
    }
    form.setValues(merged)
    setBase(current)
    setConflicted(false)
    save(merged, current)
  }
  const discard = () => {
    setBase(current)
    form.setValues(valuesOf(current))
    close()
  }

  return (
    <>
      <Button variant="default" onClick={open} data-testid="ticket-edit">
        {t('edit.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('edit.title', { number: ticket.number })}
        size="lg"
        centered
      >
        <form
          onSubmit={submit}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
          noValidate
          data-testid="ticket-edit-form"
        >
          <Stack gap="sm">
            {conflicted && (
              <ConflictNotice
                rows={rows}
                people={refreshed ? changedBy(base, current) : []}
                onKeepMine={keepMine}
                onDiscard={discard}
                keeping={update.isPending}
              />
            )}
            <CountedTextarea
              max={textLimit(ticketUpdateSchema.shape.reportedFault)}
              label={t('conflict.field.reportedFault')}
              withAsterisk
              autosize
              minRows={2}
              data-autofocus
              data-testid="ticket-edit-fault"
              {...form.getInputProps('reportedFault')}
            />
            <TagsInput
              label={t('conflict.field.accessories')}
              clearable
              data-testid="ticket-edit-accessories"
              {...form.getInputProps('accessories')}
            />
            <TextInput
              label={t('conflict.field.condition')}
              data-testid="ticket-edit-condition"
              {...form.getInputProps('condition')}
            />
            <Group grow align="flex-start">
              <DateTimePicker
                label={t('conflict.field.promisedAt')}
                valueFormat="YYYY-MM-DD HH:mm"
                clearable
                data-testid="ticket-edit-promised"
                {...form.getInputProps('promisedAt')}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('conflict.field.priority')}
                </Text>
                <SegmentedControl
                  data={ticketPriorities.map((priority) => ({
                    value: priority,
                    label: t(`common:priority.${priority}`),
                  }))}
                  {...form.getInputProps('priority')}
                />
              </Stack>
            </Group>
            {failure && <Alert color="red">{failure}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button
                type="submit"
                loading={update.isPending}
                disabled={conflicted}
                data-testid="ticket-edit-save"
              >
                {t('common:actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  )
}

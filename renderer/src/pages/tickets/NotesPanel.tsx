import { Alert, Button, Group, SegmentedControl, Stack } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { noteInputSchema } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

type Visibility = 'internal' | 'customer'
/** Ctrl+Enter saves (Cmd+Enter on a Mac), as in chat apps; Enter alone starts a new line. */
const saveKeys = ['ctrl+Enter', 'meta+Enter']

/**
 * Adding a note above the timeline: internal by default (what the bench found, what the shop
 * decided); "customer may see" for what may be told to the customer. Ctrl+Enter saves.
 */
export function NotesPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets')
  const errorText = useErrorText()
  const add = useApiMutation('tickets.addNote')
  const [note, setNote] = useState('')
  const [visibility, setVisibility] = useState<Visibility>('internal')

  const save = () => {
    if (note.trim() === '' || add.isPending) return
    add.mutate(
      { ticketId: ticket.id, note, visibility },
      {
        onSuccess: () => {
          setNote('')
          setVisibility('internal')
        },
      },
    )
  }

  return (
    <Stack gap="xs" mb="md">
      <CountedTextarea
        max={textLimit(noteInputSchema.shape.note)}
        aria-label={t('notes.label')}
        placeholder={t('notes.placeholder')}
        autosize
        minRows={2}
        maxRows={8}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler(saveKeys.map((keys) => [keys, save]))}
        data-testid="note-text"
      />
      {add.isError && <Alert color="red">{errorText(add.error)}</Alert>}
      <Group justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label={t('notes.visibility')}
          value={visibility}
          onChange={(value) => setVisibility(value === 'customer' ? 'customer' : 'internal')}
          data={[
            { value: 'internal', label: t('notes.internal') },
            { value: 'customer', label: t('notes.customer') },
          ]}
          data-testid="note-visibility"
        />
        <Button
          size="xs"
          onClick={save}
          loading={add.isPending}
          disabled={note.trim() === ''}
          data-testid="note-save"
        >
          {t('notes.save')}
        </Button>
      </Group>
    </Stack>
  )
}

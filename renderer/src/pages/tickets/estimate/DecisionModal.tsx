import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { decisionChannels, type Estimate } from '../../../../../shared/contract'
import { useApiMutation } from '../../../api/hooks'
import { useErrorText } from '../../../components/errors'

type Decision = 'approved' | 'declined'
type Channel = (typeof decisionChannels)[number]

interface DecisionModalProps {
  estimate: Estimate
  opened: boolean
  onClose: () => void
}

/** Records the customer's answer to the estimate sent: approved or declined, how, when, and a note. */
export function DecisionModal({ estimate, opened, onClose }: DecisionModalProps) {
  const { t } = useTranslation('estimates')
  const errorText = useErrorText()
  const decide = useApiMutation('estimates.decide')
  const [decision, setDecision] = useState<Decision>('approved')
  const [channel, setChannel] = useState<Channel>('phone')
  // null: now. The picker's value is local time as "YYYY-MM-DD HH:mm:ss".
  const [when, setWhen] = useState<string | null>(null)
  const [note, setNote] = useState('')

  const close = () => {
    decide.reset()
    setWhen(null)
    setNote('')
    onClose()
  }
  const submit = () => {
    decide.mutate(
      {
        id: estimate.id,
        decision,
        channel,
        decidedAt: when ? dayjs(when).toISOString() : null,
        note,
      },
      {
        onSuccess: close,
      },
    )
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('decision.title', { version: estimate.version })}
      centered
    >
      <Stack gap="sm" data-testid="decision-form">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('decision.answer')}
          </Text>
          <SegmentedControl
            fullWidth
            value={decision}
            onChange={(value) => setDecision(value === 'declined' ? 'declined' : 'approved')}
            data={[
              { value: 'approved', label: t('decision.approved') },
              { value: 'declined', label: t('decision.declined') },
            ]}
            color={decision === 'approved' ? 'teal' : 'red'}
            data-testid="decision-answer"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('decision.channel')}
          </Text>
          <SegmentedControl
            fullWidth
            value={channel}
            onChange={(value) => setChannel(decisionChannels.find((known) => known === value) ?? 'phone')}
            data={decisionChannels.map((value) => ({ value, label: t(`channel.${value}`) }))}
            data-testid="decision-channel"
          />
        </Stack>
        <DateTimePicker
          label={t('decision.when')}
          placeholder={t('decision.now')}
          valueFormat="YYYY-MM-DD HH:mm"
          clearable
          maxDate={dayjs().format('YYYY-MM-DD HH:mm:ss')}
          value={when}
          onChange={setWhen}
          data-testid="decision-when"
        />
        <Textarea
          label={t('decision.note')}
          placeholder={t('decision.notePlaceholder')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="decision-note"
        />
        {decide.isError && (
          <Alert color="red" variant="light" data-testid="decision-error">
            {errorText(decide.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={decide.isPending}
            color={decision === 'approved' ? 'teal' : 'red'}
            data-autofocus
            data-testid="decision-save"
          >
            {t('decision.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

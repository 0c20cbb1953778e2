import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawerSession } from '../../../../shared/contract'
import { countedTotal, denominationsFor } from '../../../../shared/domain/cash'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { DenominationGrid } from './DenominationGrid'
import { parseCount } from './parseCount'
import { VarianceText } from './VarianceText'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

/**
 * Closing the day: the cash counted by note and coin, the running total against what the drawer
 * should hold, and the variance, all in view before the clerk confirms.
 */
export function CloseDayModal({
  session,
  opened,
  onClose,
  onClosed,
}: {
  session: DrawerSession
  opened: boolean
  onClose: () => void
  onClosed: (sessionId: string) => void
}) {
  const { t } = useTranslation('drawer')
  return (
    <Modal opened={opened} onClose={onClose} title={t('close.title')} size="xl">
      {opened && <CloseDayForm session={session} onCancel={onClose} onClosed={onClosed} />}
    </Modal>
  )
}

function CloseDayForm({
  session,
  onCancel,
  onClosed,
}: {
  session: DrawerSession
  onCancel: () => void
  onClosed: (sessionId: string) => void
}) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const errorText = useErrorText()
  const close = useApiMutation('drawer.close')
  const [texts, setTexts] = useState<Record<string, string>>({})
  const [note, setNote] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const currency = session.currency
  useUnsavedChanges(note !== '' || Object.values(texts).some((text) => text.trim() !== ''))
  const counts: Record<string, number> = {}
  let bad = false
  for (const denomination of denominationsFor(currency)) {
    const key = String(denomination.valueMinor)
    const count = parseCount(texts[key] ?? '')
    if (count === null) bad = true
    else if (count > 0) counts[key] = count
  }
  const counted = countedTotal(counts)
  // mutateAsync, not mutate's callbacks: closing refreshes the drawer, which unmounts this form
  // before a per-call onSuccess would run, and the day's Z report would then never show.
  const confirm = async () => {
    setFailure(null)
    try {
      const closed = await close.mutateAsync({ id: session.id, denominations: counts, note })
      onClosed(closed.id)
    } catch (error) {
      setFailure(errorText(error))
    }
  }
  return (
    <Stack gap="md" data-testid="close-day-form">
      <Text size="sm" c="dimmed">
        {t('close.hint')}
      </Text>
      <DenominationGrid
        currency={currency}
        texts={texts}
        onChange={(key, text) => setTexts((previous) => ({ ...previous, [key]: text }))}
      />
      <SimpleGrid cols={3} spacing="md">
        <Figure label={t('close.expected')} testId="close-expected">
          {format.money(session.expectedMinor, currency)}
        </Figure>
        <Figure label={t('close.counted')} testId="close-counted">
          {format.money(counted, currency)}
        </Figure>
        <Figure label={t('close.variance')} testId="close-variance">
          <VarianceText varianceMinor={counted - session.expectedMinor} currency={currency} />
        </Figure>
      </SimpleGrid>
      <Textarea
        label={t('close.noteLabel')}
        placeholder={t('close.notePlaceholder')}
        autosize
        minRows={1}
        maxLength={500}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        data-testid="close-note"
      />
      {failure && (
        <Alert color="red" variant="light" data-testid="close-error">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('close.cancel')}
        </Button>
        <Button
          color="dark"
          disabled={bad}
          loading={close.isPending}
          onClick={() => void confirm()}
          data-testid="close-confirm"
        >
          {t('close.confirm')}
        </Button>
      </Group>
    </Stack>
  )
}

function Figure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={800} lh={1.2} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  )
}

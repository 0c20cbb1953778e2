import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { countScopes, type StockCount } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'

type Scope = StockCount['scope']

interface NewCountValues {
  scope: Scope
  scopeValue: string
  note: string
}

/** What to count: every part, a category or a bin. Starting freezes what the system expects. */
function NewCountForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('counts')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const start = useApiMutation('stockCounts.start')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<NewCountValues>({
    initialValues: { scope: 'bin', scopeValue: '', note: '' },
    validate: {
      scopeValue: (value, values) =>
        values.scope !== 'all' && value.trim() === '' ? t('common:validation.required') : null,
    },
  })

  const submit = form.onSubmit((values) => {
    setFailure(null)
    start.mutate(
      { scope: values.scope, scopeValue: values.scope === 'all' ? '' : values.scopeValue, note: values.note },
      {
        onSuccess: (count) => void navigate(`/counts/${count.id}`),
        onError: (error) => setFailure(errorText(error)),
      },
    )
  })
  const scope = form.values.scope

  return (
    <form onSubmit={submit} noValidate data-testid="new-count-form">
      <Stack gap="sm">
        <SegmentedControl
          data={countScopes.map((value) => ({ value, label: t(`scope.${value}`) }))}
          value={scope}
          onChange={(value) => {
            form.setFieldValue('scope', countScopes.find((known) => known === value) ?? 'all')
            setFailure(null)
          }}
          data-testid="count-scope"
        />
        {scope === 'all' ? (
          <Text size="sm" c="dimmed">
            {t('new.allHint')}
          </Text>
        ) : (
          <TextInput
            label={t(`new.${scope}Label`)}
            placeholder={t(`new.${scope}Placeholder`)}
            withAsterisk
            data-autofocus
            autoComplete="off"
            data-testid="count-scope-value"
            {...form.getInputProps('scopeValue')}
          />
        )}
        <TextInput
          label={t('new.note')}
          placeholder={t('new.notePlaceholder')}
          autoComplete="off"
          data-testid="count-note"
          {...form.getInputProps('note')}
        />
        <Text size="sm" c="dimmed">
          {t('new.freezeHint')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" data-testid="count-start-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={start.isPending} data-testid="count-start">
            {t('new.start')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

export function NewCountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('counts')
  return (
    <Modal opened={opened} onClose={onClose} title={t('new.title')} size="md">
      <NewCountForm onCancel={onClose} />
    </Modal>
  )
}

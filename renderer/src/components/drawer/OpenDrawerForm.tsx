import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseMoney, type Currency } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../errors'
import { useUnsavedChanges } from '../keys/KeysContext'

/** No drawer open: the float counted into it, and Enter opens the day. */
export function OpenDrawerForm({ currency, onOpened }: { currency: Currency; onOpened: () => void }) {
  const { t } = useTranslation('drawer')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const open = useApiMutation('drawer.open')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm({
    initialValues: { float: '' },
    validate: {
      float: (value) => {
        if (value.trim() === '') return t('common:validation.required')
        return parseMoney(value, currency) === null ? t('common:validation.invalidAmount') : null
      },
    },
  })
  useUnsavedChanges(form.isDirty())
  const submit = form.onSubmit((values) => {
    setFailure(null)
    open.mutate(
      { floatMinor: parseMoney(values.float, currency) ?? 0 },
      {
        onSuccess: onOpened,
        onError: (error) => {
          const fields = fieldErrors(error, (path) => (path === 'floatMinor' ? 'float' : path))
          if (Object.keys(fields).length > 0) form.setErrors(fields)
          else setFailure(errorText(error))
        },
      },
    )
  })
  return (
    <Card withBorder padding="lg" maw={560} data-testid="drawer-closed">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('closed.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('closed.hint')}
          </Text>
          <Group align="flex-end">
            <TextInput
              label={t('closed.float', { currency })}
              description={t('closed.floatHint')}
              withAsterisk
              inputMode="decimal"
              autoComplete="off"
              data-autofocus
              autoFocus
              w={220}
              data-testid="drawer-float"
              {...form.getInputProps('float')}
            />
            <Button type="submit" loading={open.isPending} data-testid="drawer-open">
              {t('closed.open')}
            </Button>
          </Group>
          {failure && (
            <Text c="red" size="sm" data-testid="drawer-open-error">
              {failure}
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  )
}

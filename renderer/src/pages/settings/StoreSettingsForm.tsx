import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { settingsSchema, type Settings } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { detectLocale, setLocale } from '../../i18n'
import { useContractValidation } from '../../components/useContractValidation'
import { StoreSettingsFields } from './StoreSettingsFields'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

/** The shop's own details (see StoreSettingsFields) on the settings page. Enter saves. */
export function StoreSettingsForm({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation('settings')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(settingsSchema)
  const save = useApiMutation('settings.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<Settings>({ initialValues: settings, validate })
  useUnsavedChanges(form.isDirty())

  const afterSave = async (saved: Settings) => {
    form.setValues(saved)
    form.resetDirty(saved)
    // The shop's language, or this computer's when the shop follows it.
    const locale = saved.defaultLanguage ?? detectLocale(navigator.language)
    if (locale !== i18n.language) await setLocale(locale)
    // `t` is bound to the language it was rendered in; ask i18next for the one just switched to.
    notifications.show({
      color: 'teal',
      message: i18n.t('settings:store.saved'),
      'data-testid': 'settings-saved',
    })
  }

  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(values, {
      onSuccess: (saved) => void afterSave(saved),
      onError: (error) => {
        const fields = fieldErrors(error)
        if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    })
  })

  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('store.title')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="settings-form">
        <Stack gap="sm">
          <StoreSettingsFields form={form} onSubmit={() => submit()} />
          {failure && (
            <Alert color="red" variant="light" data-testid="settings-error">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="settings-save">
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

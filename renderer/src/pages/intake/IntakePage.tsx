import { Alert, Button, Card, Group, Kbd, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { TicketDetail } from '../../../../shared/contract'
import { phoneProblem } from '../../../../shared/domain/identifiers'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useUnsavedChanges } from '../../components/keys/KeysContext'
import { CustomerLookup } from './CustomerLookup'
import { DevicePicker } from './DevicePicker'
import { amount, emptyIntake, formPath, toIntakeRequest, type IntakeValues } from './intakeForm'
import { IntakeSaved } from './IntakeSaved'
import { RepairDetails } from './RepairDetails'

/** A walk-in repair in under a minute: who, which device, what is wrong; Enter saves. */
export function IntakePage() {
  const { t } = useTranslation('intake')
  const [params] = useSearchParams()
  const settings = useApi('settings.get', {})
  const currency = settings.data?.currency ?? 'CNY'
  const intake = useApiMutation('tickets.intake')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const [saved, setSaved] = useState<TicketDetail | null>(null)
  const [formKey, setFormKey] = useState(0)

  const required = (value: string) => (value.trim() === '' ? t('common:validation.required') : null)
  const phoneError = (value: string) => {
    const problem = phoneProblem(value)
    return problem ? t(`common:validation.${problem}`) : null
  }
  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: { ...emptyIntake, customerId: params.get('customer') },
    validate: {
      customerName: (value, values) => (values.customerId ? null : required(value)),
      customerPhone: (value, values) => (values.customerId ? null : (required(value) ?? phoneError(value))),
      brand: (value, values) => (values.deviceId ? null : required(value)),
      reportedFault: required,
      estimate: (value) =>
        amount(value, currency) === undefined ? t('common:validation.invalidAmount') : null,
      deposit: (value) =>
        amount(value, currency) === undefined ? t('common:validation.invalidAmount') : null,
    },
  })

  useUnsavedChanges(form.isDirty() && saved === null)

  /** A refused save takes the clerk to the first field (top to bottom) that says what is wrong. */
  function focusFirstError(errors: Record<string, unknown>) {
    const fields = Object.keys(errors).flatMap((path) => form.getInputNode(path) ?? [])
    const [first] = fields.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )
    first?.focus()
  }

  const submit = form.onSubmit(
    (values) => {
      intake.mutate(toIntakeRequest(values, currency), {
        onSuccess: (ticket) => setSaved(ticket),
        onError: (error) => {
          const errors = fieldErrors(error, formPath)
          form.setErrors(errors)
          focusFirstError(errors)
        },
      })
    },
    (errors) => focusFirstError(errors),
  )

  function startNext() {
    setSaved(null)
    form.setValues({ ...emptyIntake })
    form.resetDirty()
    setFormKey((key) => key + 1)
  }

  return (
    <form onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])} noValidate>
      <Stack gap="md" maw={1000}>
        <Group justify="space-between">
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('keyboardHint')} <Kbd>{t('keys.enter')}</Kbd> / <Kbd>{t('keys.ctrlEnter')}</Kbd>
          </Text>
        </Group>
        <Card withBorder>
          <CustomerLookup key={`customer-${formKey}`} form={form} />
        </Card>
        <Card withBorder>
          <DevicePicker form={form} />
        </Card>
        <Card withBorder>
          <RepairDetails form={form} currency={currency} />
        </Card>
        {intake.isError && (
          <Alert color="red" data-testid="intake-error">
            {errorText(intake.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={intake.isPending} data-testid="intake-save">
            {t('save')}
          </Button>
        </Group>
      </Stack>
      <IntakeSaved ticket={saved} onNext={startNext} />
    </form>
  )
}

import { Button, Card, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawerSession } from '../../../../shared/contract'
import { parseMoney } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useFormat } from '../../components/format'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

const kinds = ['paid_out', 'paid_in'] as const
type Kind = (typeof kinds)[number]

/** Cash put into or taken out of the drawer, always with a reason (it prints on the Z report). */
export function CashMoveForm({ session }: { session: DrawerSession }) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const move = useApiMutation('drawer.move')
  const [failure, setFailure] = useState<string | null>(null)
  const currency = session.currency
  const form = useForm({
    initialValues: { kind: kinds[0] as Kind, amount: '', reason: '' },
    validate: {
      amount: (value) => {
        if (value.trim() === '') return t('common:validation.required')
        const minor = parseMoney(value, currency)
        if (minor === null) return t('common:validation.invalidAmount')
        return minor > 0 ? null : t('common:validation.tooSmall')
      },
      reason: (value) => (value.trim() === '' ? t('common:validation.required') : null),
    },
  })
  useUnsavedChanges(form.isDirty())
  const submit = form.onSubmit((values) => {
    setFailure(null)
    const amountMinor = parseMoney(values.amount, currency) ?? 0
    move.mutate(
      { kind: values.kind, amountMinor, reason: values.reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('move.done', {
              kind: t(`kind.${values.kind}`),
              amount: format.money(amountMinor, currency),
            }),
          })
          form.setValues({ amount: '', reason: '' })
          // The next paid-in or paid-out is another write, with a key of its own.
          move.reset()
        },
        onError: (error) => {
          const fields = fieldErrors(error, (path) => (path === 'amountMinor' ? 'amount' : path))
          if (Object.keys(fields).length > 0) form.setErrors(fields)
          else setFailure(errorText(error))
        },
      },
    )
  })
  const paidOut = form.values.kind === 'paid_out'
  return (
    <Card withBorder padding="md">
      <form onSubmit={submit} noValidate data-testid="drawer-move-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('move.title')}
          </Title>
          <SegmentedControl
            data={kinds.map((kind) => ({
              value: kind,
              label: t(kind === 'paid_out' ? 'move.paidOut' : 'move.paidIn'),
            }))}
            data-testid="drawer-move-kind"
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('move.amount', { currency })}
            withAsterisk
            inputMode="decimal"
            autoComplete="off"
            data-testid="drawer-move-amount"
            {...form.getInputProps('amount')}
          />
          <TextInput
            label={t('move.reason')}
            placeholder={t('move.reasonPlaceholder')}
            withAsterisk
            autoComplete="off"
            maxLength={200}
            data-testid="drawer-move-reason"
            {...form.getInputProps('reason')}
          />
          {failure && (
            <Text c="red" size="sm" data-testid="drawer-move-error">
              {failure}
            </Text>
          )}
          <Button
            type="submit"
            color={paidOut ? 'orange' : 'teal'}
            loading={move.isPending}
            data-testid="drawer-move-submit"
          >
            {paidOut ? t('move.submitOut') : t('move.submitIn')}
          </Button>
        </Stack>
      </form>
    </Card>
  )
}

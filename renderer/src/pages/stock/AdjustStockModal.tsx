import {
  Alert,
  Button,
  Group,
  Input,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Part } from '../../../../shared/contract'
import { adjustmentReasons, type AdjustmentReason } from '../../../../shared/domain/stock'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { formatCount, parseQuantity, signedQuantity } from '../../components/quantity'

const directions = ['remove', 'add'] as const
type Direction = (typeof directions)[number]

interface AdjustValues {
  reason: AdjustmentReason | null
  direction: Direction
  /** How many, without a sign: the direction says which way. */
  quantity: string
  note: string
}

/** Damaged or lost stock leaves the shelf, found stock comes back; "other" can go either way. */
const directionOf: Partial<Record<AdjustmentReason, Direction>> = {
  damaged: 'remove',
  lost: 'remove',
  found: 'add',
}

function signedChange(values: AdjustValues): number | null {
  const parsed = parseQuantity(values.quantity)
  if (!('value' in parsed) || parsed.value <= 0) return null
  return values.direction === 'remove' ? -parsed.value : parsed.value
}

/** A correction of the stock with its reason. Typing a minus or plus sign picks the direction. */
function AdjustStockForm({ part, onDone }: { part: Part; onDone: () => void }) {
  const { t } = useTranslation('stock')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const allowNegative = useApi('settings.get', {}).data?.allowNegativeStock ?? false
  const adjust = useApiMutation('stock.adjust')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<AdjustValues>({
    initialValues: { reason: null, direction: 'remove', quantity: '', note: '' },
    validate: {
      reason: (value) => (value ? null : t('common:validation.required')),
      quantity: (value) => {
        const parsed = parseQuantity(value)
        if ('error' in parsed) return t(`common:validation.${parsed.error}`)
        return parsed.value === 0 ? t('common:validation.notZero') : null
      },
      note: (value, values) =>
        values.reason === 'other' && value.trim() === '' ? t('adjust.noteRequired') : null,
    },
  })

  const chooseReason = (value: string) => {
    const reason = adjustmentReasons.find((known) => known === value) ?? null
    form.setFieldValue('reason', reason)
    const direction = reason ? directionOf[reason] : undefined
    if (direction) form.setFieldValue('direction', direction)
  }
  const typeQuantity = (text: string) => {
    // NFKC folds the full-width signs a Chinese keyboard types.
    const sign = /^[-+\u2212]/.exec(text.normalize('NFKC'))?.[0]
    if (sign) form.setFieldValue('direction', sign === '+' ? 'add' : 'remove')
    form.setFieldValue('quantity', sign ? text.normalize('NFKC').slice(1) : text)
  }

  const change = signedChange(form.values)
  const after = change === null ? null : part.onHand + change
  const submit = form.onSubmit((values) => {
    setFailure(null)
    const quantity = signedChange(values)
    if (quantity === null || values.reason === null) return
    adjust.mutate(
      { partId: part.id, quantity, reason: values.reason, note: values.note },
      {
        // The figures and the ledger change on the part's page: that is the confirmation.
        onSuccess: onDone,
        onError: (error) => {
          // Not enough stock is said in a sentence with the figure; the quantity is only marked.
          const fields = error.code === 'VALIDATION' ? fieldErrors(error) : {}
          if (Object.keys(fields).length > 0) form.setErrors(fields)
          else setFailure(errorText(error))
          if (error.code === 'CONFLICT' && error.fields.quantity) form.setFieldError('quantity', true)
        },
      },
    )
  })

  return (
    <form onSubmit={submit} noValidate data-testid="adjust-form">
      <Stack gap="sm">
        <Input.Wrapper label={t('adjust.reason')} withAsterisk error={form.errors.reason}>
          <SegmentedControl
            fullWidth
            mt={4}
            data={adjustmentReasons.map((reason) => ({ value: reason, label: t(`reason.${reason}`) }))}
            value={form.values.reason ?? ''}
            onChange={chooseReason}
            data-testid="adjust-reason"
          />
        </Input.Wrapper>
        <SimpleGrid cols={2}>
          <Input.Wrapper label={t('adjust.direction')}>
            <SegmentedControl
              fullWidth
              mt={4}
              color={form.values.direction === 'remove' ? 'red' : 'teal'}
              data={directions.map((direction) => ({ value: direction, label: t(`adjust.${direction}`) }))}
              {...form.getInputProps('direction')}
              data-testid="adjust-direction"
            />
          </Input.Wrapper>
          <TextInput
            label={t('adjust.quantity')}
            withAsterisk
            data-autofocus
            inputMode="numeric"
            autoComplete="off"
            data-testid="adjust-quantity"
            {...form.getInputProps('quantity')}
            onChange={(event) => typeQuantity(event.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('adjust.note')}
          withAsterisk={form.values.reason === 'other'}
          placeholder={t('adjust.notePlaceholder')}
          autoComplete="off"
          data-testid="adjust-note"
          {...form.getInputProps('note')}
        />
        <Text
          size="sm"
          fw={500}
          c={after !== null && after < 0 ? 'red' : undefined}
          data-testid="adjust-preview"
        >
          {change === null || after === null
            ? t('adjust.onHandNow', { onHand: formatCount(part.onHand) })
            : t('adjust.preview', {
                before: formatCount(part.onHand),
                change: signedQuantity(change),
                after: formatCount(after),
              })}
        </Text>
        {allowNegative && after !== null && after < 0 && (
          <Alert color="orange" variant="light" data-testid="adjust-negative">
            {t('adjust.goesNegative')}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" data-testid="adjust-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={adjust.isPending} data-testid="adjust-submit">
            {t('adjust.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The "Adjust stock" dialog of a part; a fresh form each time it opens. */
export function AdjustStockModal({
  part,
  opened,
  onClose,
}: {
  part: Part
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('stock')
  return (
    <Modal opened={opened} onClose={onClose} title={t('adjust.title', { name: part.name })} size="lg">
      <AdjustStockForm part={part} onDone={onClose} />
    </Modal>
  )
}

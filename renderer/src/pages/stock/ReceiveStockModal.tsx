import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Part } from '../../../../shared/contract'
import { formatMinor, parseMoney, type Currency } from '../../../../shared/domain/money'
import { movingAverageCost } from '../../../../shared/domain/stock'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useFormat } from '../../components/format'
import { formatCount, parseQuantity } from '../../components/quantity'

interface ReceiveValues {
  quantity: string
  unitCost: string
  supplierId: string | null
  note: string
}

function receivedQuantity(text: string): number | null {
  const parsed = parseQuantity(text)
  return 'value' in parsed && parsed.value > 0 ? parsed.value : null
}

/** Where the api's field paths show up on this form. */
const formPath = (path: string) => (path === 'unitCostMinor' ? 'unitCost' : path)

interface ReceiveStockProps {
  part: Part
  currency: Currency
  onDone: () => void
}

/** Goods in without a purchase order: how many, at what cost each, from whom. Enter receives. */
function ReceiveStockForm({ part, currency, onDone }: ReceiveStockProps) {
  const { t } = useTranslation('stock')
  const format = useFormat()
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const suppliers = useApi('suppliers.list', { query: '', includeInactive: false })
  const receive = useApiMutation('stock.receive')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<ReceiveValues>({
    initialValues: {
      quantity: '',
      unitCost: part.averageCostMinor > 0 ? formatMinor(part.averageCostMinor, currency) : '',
      supplierId: part.defaultSupplierId,
      note: '',
    },
    validate: {
      quantity: (value) => {
        const parsed = parseQuantity(value)
        if ('error' in parsed) return t(`common:validation.${parsed.error}`)
        return parsed.value > 0 ? null : t('common:validation.tooSmall')
      },
      unitCost: (value) => {
        if (value.trim() === '') return t('common:validation.required')
        return parseMoney(value, currency) === null ? t('common:validation.invalidAmount') : null
      },
    },
  })

  const quantity = receivedQuantity(form.values.quantity)
  const unitCost = parseMoney(form.values.unitCost, currency)
  const preview =
    quantity !== null && unitCost !== null
      ? t('receive.preview', {
          onHand: formatCount(part.onHand + quantity),
          cost: format.money(
            movingAverageCost(part.onHand, part.averageCostMinor, quantity, unitCost),
            currency,
          ),
          total: format.money(quantity * unitCost, currency),
        })
      : null

  const submit = form.onSubmit((values) => {
    setFailure(null)
    receive.mutate(
      {
        partId: part.id,
        quantity: receivedQuantity(values.quantity) ?? 0,
        unitCostMinor: parseMoney(values.unitCost, currency) ?? 0,
        supplierId: values.supplierId,
        note: values.note,
      },
      {
        // The figures and the ledger change on the part's page: that is the confirmation.
        onSuccess: onDone,
        onError: (error) => {
          const fields = fieldErrors(error, formPath)
          if (Object.keys(fields).length > 0) form.setErrors(fields)
          else setFailure(errorText(error))
        },
      },
    )
  })

  const supplierOptions = (suppliers.data ?? []).map((supplier) => ({
    value: supplier.id,
    label: supplier.name,
  }))
  if (part.defaultSupplierId && !supplierOptions.some((option) => option.value === part.defaultSupplierId))
    supplierOptions.push({ value: part.defaultSupplierId, label: part.defaultSupplierName ?? '' })

  return (
    <form onSubmit={submit} noValidate data-testid="receive-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('receive.onHandNow', { onHand: formatCount(part.onHand) })}
        </Text>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('receive.quantity')}
            withAsterisk
            data-autofocus
            inputMode="numeric"
            autoComplete="off"
            data-testid="receive-quantity"
            {...form.getInputProps('quantity')}
          />
          <TextInput
            label={t('receive.unitCost', { currency })}
            description={t('receive.unitCostHint')}
            withAsterisk
            inputMode="decimal"
            autoComplete="off"
            data-testid="receive-cost"
            {...form.getInputProps('unitCost')}
          />
        </SimpleGrid>
        <Select
          label={t('receive.supplier')}
          placeholder={t('form.noSupplier')}
          data={supplierOptions}
          searchable
          clearable
          data-testid="receive-supplier"
          {...form.getInputProps('supplierId')}
        />
        <TextInput
          label={t('receive.note')}
          placeholder={t('receive.notePlaceholder')}
          autoComplete="off"
          data-testid="receive-note"
          {...form.getInputProps('note')}
        />
        {preview && (
          <Text size="sm" fw={500} data-testid="receive-preview">
            {preview}
          </Text>
        )}
        {failure && (
          <Alert color="red" variant="light" data-testid="receive-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={receive.isPending} data-testid="receive-submit">
            {t('receive.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/** The "Receive stock" dialog of a part; a fresh form each time it opens. */
export function ReceiveStockModal({
  part,
  currency,
  opened,
  onClose,
}: {
  part: Part
  currency: Currency
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('stock')
  return (
    <Modal opened={opened} onClose={onClose} title={t('receive.title', { name: part.name })} size="lg">
      <ReceiveStockForm part={part} currency={currency} onDone={onClose} />
    </Modal>
  )
}

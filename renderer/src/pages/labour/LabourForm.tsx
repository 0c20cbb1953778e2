import { Alert, Autocomplete, Button, Group, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { labourItemInputSchema, type LabourItem } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import {
  emptyLabour,
  formPath,
  labourValues,
  textFieldErrors,
  toLabourInput,
  type LabourValues,
} from './labourValues'

interface LabourFormProps {
  /** The item to edit; without one the form adds a new item to the catalogue. */
  item?: LabourItem
  /** Starting values for a new item, e.g. the name the clerk searched for. */
  initial?: Partial<LabourValues>
  currency: Currency
  /** Categories already in use, offered while typing. */
  categories: string[]
  /** The shop's tax rate, shown as what an item without its own rate uses. */
  shopTaxPercent: number
  onSaved: (item: LabourItem) => void
  onCancel: () => void
}

/** One item of the price list of work: what it is, its price, standard time, warranty and tax. Enter saves. */
export function LabourForm(props: LabourFormProps) {
  const { item, initial = {}, currency, categories, shopTaxPercent, onSaved, onCancel } = props
  const { t } = useTranslation('estimates')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validateContract = useContractValidation(labourItemInputSchema)
  const create = useApiMutation('labour.create')
  const update = useApiMutation('labour.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<LabourValues>({
    initialValues: item ? labourValues(item, currency) : { ...emptyLabour, ...initial },
    validate: (values) => {
      const contract = Object.entries(validateContract(toLabourInput(values, currency))).map(
        ([path, text]): [string, string] => [formPath(path), text],
      )
      const typed = Object.entries(textFieldErrors(values, currency)).map(([path, key]): [string, string] => [
        path,
        t(`common:validation.${key}`),
      ])
      return { ...Object.fromEntries(contract), ...Object.fromEntries(typed) }
    },
  })

  const submit = form.onSubmit((values) => {
    setFailure(null)
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        const fields = fieldErrors(error, formPath)
        if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    }
    const input = toLabourInput(values, currency)
    if (item) update.mutate({ id: item.id, active: values.active, ...input }, handlers)
    else create.mutate(input, handlers)
  })

  return (
    <form onSubmit={submit} noValidate data-testid="labour-form">
      <Stack gap="sm">
        <TextInput
          label={t('labour.name')}
          placeholder={t('labour.namePlaceholder')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          data-testid="labour-form-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('labour.category')}
            data={categories}
            data-testid="labour-form-category"
            {...form.getInputProps('category')}
          />
          <TextInput
            label={t('labour.priceIn', { currency })}
            withAsterisk
            inputMode="decimal"
            autoComplete="off"
            data-testid="labour-form-price"
            {...form.getInputProps('price')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('labour.standardMinutes')}
            inputMode="numeric"
            autoComplete="off"
            data-testid="labour-form-minutes"
            {...form.getInputProps('standardMinutes')}
          />
          <TextInput
            label={t('labour.warrantyDays')}
            description={t('labour.warrantyHint')}
            inputMode="numeric"
            autoComplete="off"
            data-testid="labour-form-warranty"
            {...form.getInputProps('warrantyDays')}
          />
          <TextInput
            label={t('labour.taxPercent')}
            description={t('labour.taxHint', { percent: shopTaxPercent })}
            placeholder={t('labour.shopRate')}
            inputMode="decimal"
            autoComplete="off"
            rightSection="%"
            data-testid="labour-form-tax"
            {...form.getInputProps('taxPercent')}
          />
        </SimpleGrid>
        {item && (
          <Switch
            label={t('labour.active')}
            description={t('labour.activeHint')}
            data-testid="labour-form-active"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        {failure && (
          <Alert color="red" variant="light" data-testid="labour-form-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="labour-form-save">
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { partInputSchema, type Part } from '../../../../shared/contract'
import { ApiError } from '../../api/client'
import { useApi, useApiMutation } from '../../api/hooks'
import { brandFilter, brandNames } from '../../components/brands'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import { emptyPart, formPath, partValues, textFieldErrors, toPartInput, type PartValues } from './partValues'
import { useCurrency } from './useStock'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }
const twoColumns = { gridColumn: 'span 2' }

/** Categories a repair shop's stock room usually has; the clerk may type any other. */
const categoryKeys = [
  'screen',
  'battery',
  'backCover',
  'chargingPort',
  'camera',
  'speaker',
  'board',
  'accessory',
  'consumable',
  'tool',
] as const

/** The error keys the core gives for a code already used by another part, and the field they concern. */
const duplicateFields: Record<string, keyof PartValues> = {
  'errors.duplicateSku': 'sku',
  'errors.duplicateBarcode': 'barcodes',
}

interface PartFormProps {
  /** The part to edit; without one the form adds a new part to the catalogue. */
  part?: Part
  /** Starting values for a new part, e.g. the barcode the clerk just scanned. */
  initial?: Partial<PartValues>
  onSaved: (part: Part) => void
  onCancel: () => void
}

/** A part of the catalogue: what it is, what it fits, its codes, price and reorder figures. */
export function PartForm({ part, initial = {}, onSaved, onCancel }: PartFormProps) {
  const { t } = useTranslation('stock')
  const currency = useCurrency()
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validateContract = useContractValidation(partInputSchema)
  const suppliers = useApi('suppliers.list', { query: '', includeInactive: false })
  const create = useApiMutation('parts.create')
  const update = useApiMutation('parts.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<PartValues>({
    initialValues: part ? partValues(part, currency) : { ...emptyPart, ...initial },
    validate: (values) => {
      const checked = validateContract(toPartInput(values, currency))
      const contract = Object.fromEntries(
        Object.entries(checked).map(([path, text]) => [formPath(path), text]),
      )
      const typed = Object.entries(textFieldErrors(values, currency)).map(([path, key]): [string, string] => [
        path,
        t(`common:validation.${key}`),
      ])
      return { ...contract, ...Object.fromEntries(typed) }
    },
  })

  useUnsavedChanges(form.isDirty())
  const submit = form.onSubmit((values) => {
    setFailure(null)
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        const duplicate = error instanceof ApiError ? duplicateFields[error.key] : undefined
        const fields = fieldErrors(error, formPath)
        if (duplicate) form.setFieldError(duplicate, errorText(error))
        else if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    }
    const input = toPartInput(values, currency)
    if (part) update.mutate({ id: part.id, ...input }, handlers)
    else create.mutate(input, handlers)
  })

  // The part's own supplier stays choosable even when that supplier has since been made inactive.
  const supplierOptions = (suppliers.data ?? []).map((supplier) => ({
    value: supplier.id,
    label: supplier.name,
  }))
  if (part?.defaultSupplierId && !supplierOptions.some((option) => option.value === part.defaultSupplierId))
    supplierOptions.push({ value: part.defaultSupplierId, label: part.defaultSupplierName ?? '' })

  return (
    <form onSubmit={submit} noValidate data-testid="part-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('part.sku')}
            description={t('form.skuHint')}
            withAsterisk
            autoComplete="off"
            data-autofocus={!initial.sku || undefined}
            styles={monospaceInput}
            data-testid="part-form-sku"
            {...form.getInputProps('sku')}
            onChange={(event) => form.setFieldValue('sku', event.currentTarget.value.toUpperCase())}
          />
          <TextInput
            label={t('part.name')}
            description={t('form.nameHint')}
            withAsterisk
            autoComplete="off"
            data-autofocus={initial.sku ? true : undefined}
            style={twoColumns}
            data-testid="part-form-name"
            {...form.getInputProps('name')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Autocomplete
            label={t('part.category')}
            data={categoryKeys.map((key) => t(`form.categories.${key}`))}
            data-testid="part-form-category"
            {...form.getInputProps('category')}
          />
          <Autocomplete
            label={t('part.brand')}
            placeholder={t('common:deviceForm.brandPlaceholder')}
            data={brandNames}
            filter={brandFilter}
            data-testid="part-form-brand"
            {...form.getInputProps('brand')}
          />
          <TextInput
            label={t('part.unit')}
            placeholder={t('form.unitPlaceholder')}
            autoComplete="off"
            data-testid="part-form-unit"
            {...form.getInputProps('unit')}
          />
        </SimpleGrid>
        <TextInput
          label={t('part.compatibleModels')}
          placeholder={t('form.compatibleModelsPlaceholder')}
          autoComplete="off"
          data-testid="part-form-models"
          {...form.getInputProps('compatibleModels')}
        />
        <TagsInput
          label={t('part.barcodes')}
          description={t('form.barcodesHint')}
          clearable
          styles={monospaceInput}
          data-testid="part-form-barcodes"
          {...form.getInputProps('barcodes')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('form.price', { currency })}
            inputMode="decimal"
            autoComplete="off"
            data-testid="part-form-price"
            {...form.getInputProps('price')}
          />
          <TextInput
            label={t('part.reorderPoint')}
            description={t('form.reorderPointHint')}
            inputMode="numeric"
            autoComplete="off"
            data-testid="part-form-reorder-point"
            {...form.getInputProps('reorderPoint')}
          />
          <TextInput
            label={t('part.reorderQuantity')}
            description={t('form.reorderQuantityHint')}
            inputMode="numeric"
            autoComplete="off"
            data-testid="part-form-reorder-quantity"
            {...form.getInputProps('reorderQuantity')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('part.bin')}
            placeholder={t('form.binPlaceholder')}
            autoComplete="off"
            styles={monospaceInput}
            data-testid="part-form-bin"
            {...form.getInputProps('bin')}
          />
          <Select
            label={t('part.defaultSupplier')}
            placeholder={t('form.noSupplier')}
            data={supplierOptions}
            searchable
            clearable
            nothingFoundMessage={t('form.noSuppliersYet')}
            style={twoColumns}
            data-testid="part-form-supplier"
            {...form.getInputProps('defaultSupplierId')}
          />
        </SimpleGrid>
        <Group gap="xl">
          <Switch
            label={t('part.serialized')}
            description={t('form.serializedHint')}
            data-testid="part-form-serialized"
            {...form.getInputProps('serialized', { type: 'checkbox' })}
          />
          {part && (
            <Switch
              label={t('form.archived')}
              description={t('form.archivedHint')}
              checked={!form.values.active}
              onChange={(event) => form.setFieldValue('active', !event.currentTarget.checked)}
              data-testid="part-form-archived"
            />
          )}
        </Group>
        {failure && (
          <Alert color="red" variant="light" data-testid="part-form-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="part-form-submit">
            {part ? t('common:actions.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

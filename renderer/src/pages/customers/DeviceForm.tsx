import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useForm, type UseFormReturnType } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import dayjs from 'dayjs'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  deviceCategories,
  deviceInputSchema,
  type Device,
  type DeviceInput,
} from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { brandFilter, brandNames } from './brands'
import { useContractValidation } from './useContractValidation'

export type DeviceValues = Required<DeviceInput>
/** The fields that describe a device, shared with any form that takes one in (the intake form). */
export type DeviceFieldValues = Pick<
  DeviceValues,
  'category' | 'brand' | 'model' | 'serial' | 'purchaseDate' | 'warrantyEnd'
>

const today = () => dayjs().format('YYYY-MM-DD')

/** Category, brand, model, serial/IMEI and the warranty dates, on any form holding those fields. */
export function DeviceFields({
  form,
  autoFocus = true,
}: {
  form: UseFormReturnType<DeviceFieldValues>
  autoFocus?: boolean
}) {
  const { t } = useTranslation('customers')
  const purchaseDateRef = useRef<HTMLInputElement>(null)
  const purchaseDate = form.values.purchaseDate
  const warrantyPresets = purchaseDate
    ? [1, 2, 3].map((years) => ({
        value: dayjs(purchaseDate).add(years, 'year').format('YYYY-MM-DD'),
        label: t('device.warrantyYears', { count: years }),
      }))
    : undefined

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <Select
          label={t('common:device.category')}
          withAsterisk
          searchable
          openOnFocus={false}
          allowDeselect={false}
          data={deviceCategories.map((category) => ({
            value: category,
            label: t(`common:category.${category}`),
          }))}
          data-autofocus={autoFocus || undefined}
          data-testid="device-form-category"
          {...form.getInputProps('category')}
        />
        <Autocomplete
          label={t('common:device.brand')}
          withAsterisk
          placeholder={t('device.brandPlaceholder')}
          data={brandNames}
          filter={brandFilter}
          limit={8}
          autoComplete="off"
          data-testid="device-form-brand"
          {...form.getInputProps('brand')}
        />
        <TextInput
          label={t('common:device.model')}
          placeholder={t('device.modelPlaceholder')}
          autoComplete="off"
          data-testid="device-form-model"
          {...form.getInputProps('model')}
        />
        <TextInput
          label={t('common:device.serial')}
          placeholder={t('device.serialPlaceholder')}
          autoComplete="off"
          ff="monospace"
          // A scanner ends the serial with Enter: move on to the next field instead of saving.
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            purchaseDateRef.current?.focus()
          }}
          data-testid="device-form-serial"
          {...form.getInputProps('serial')}
        />
        <DateInput
          ref={purchaseDateRef}
          label={t('common:device.purchaseDate')}
          placeholder={t('device.datePlaceholder')}
          valueFormat="YYYY-MM-DD"
          clearable
          maxDate={today()}
          data-testid="device-form-purchase-date"
          {...form.getInputProps('purchaseDate')}
        />
        <DateInput
          label={t('common:device.warrantyEnd')}
          placeholder={t('device.datePlaceholder')}
          valueFormat="YYYY-MM-DD"
          clearable
          minDate={purchaseDate ?? undefined}
          presets={warrantyPresets}
          data-testid="device-form-warranty-end"
          {...form.getInputProps('warrantyEnd')}
        />
      </SimpleGrid>
    </Stack>
  )
}

function valuesOf(device: Device | undefined): DeviceValues {
  if (!device) {
    return {
      category: 'phone',
      brand: '',
      model: '',
      serial: '',
      purchaseDate: null,
      warrantyEnd: null,
      notes: '',
    }
  }
  const { category, brand, model, serial, purchaseDate, warrantyEnd, notes } = device
  return { category, brand, model, serial, purchaseDate, warrantyEnd, notes }
}

interface DeviceFormProps {
  customerId: string
  /** The device to edit; without one the form adds a device to the customer. */
  device?: Device
  onSaved: (device: Device) => void
  onCancel: () => void
}

/** Adds a device to a customer, or corrects one. Enter saves. */
export function DeviceForm({ customerId, device, onSaved, onCancel }: DeviceFormProps) {
  const { t } = useTranslation('customers')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(deviceInputSchema)
  const create = useApiMutation('devices.create')
  const update = useApiMutation('devices.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<DeviceValues>({ initialValues: valuesOf(device), validate })

  const submit = form.onSubmit((values) => {
    setFailure(null)
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        const fields = fieldErrors(error)
        if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    }
    if (device) update.mutate({ id: device.id, ...values }, handlers)
    else create.mutate({ customerId, ...values }, handlers)
  })
  const submitFromTextarea = getHotkeyHandler([['mod+Enter', () => submit()]])

  return (
    <form onSubmit={submit} noValidate data-testid="device-form">
      <Stack gap="sm">
        <DeviceFields form={form} />
        <Textarea
          label={t('common:device.notes')}
          autosize
          minRows={2}
          maxRows={5}
          onKeyDown={submitFromTextarea}
          data-testid="device-form-notes"
          {...form.getInputProps('notes')}
        />
        {failure && (
          <Alert color="red" variant="light" data-testid="device-form-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="device-form-submit"
          >
            {device ? t('common:actions.save') : t('device.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

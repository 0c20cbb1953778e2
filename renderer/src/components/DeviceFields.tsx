import { Autocomplete, Select, SimpleGrid, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import type { UseFormReturnType } from '@mantine/form'
import dayjs from 'dayjs'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { deviceCategories, type DeviceInput } from '../../../shared/contract'
import { isValidImei } from '../../../shared/domain/identifiers'
import { brandFilter, brandNames } from './brands'

export type DeviceValues = Required<DeviceInput>
/** The fields that describe a device, shared by every form that takes one in (device form, intake). */
export type DeviceFieldValues = Pick<
  DeviceValues,
  'category' | 'brand' | 'model' | 'serial' | 'purchaseDate' | 'warrantyEnd'
>

const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

/** Category, brand, model, serial/IMEI and the warranty dates, on any form holding those fields. */
export function DeviceFields({
  form,
  autoFocus = true,
}: {
  form: UseFormReturnType<DeviceFieldValues>
  autoFocus?: boolean
}) {
  const { t } = useTranslation()
  const purchaseDateRef = useRef<HTMLInputElement>(null)
  const purchaseDate = form.values.purchaseDate
  const serial = form.values.serial.replace(/[\s-]/g, '')
  const imeiWarning = /^\d{15}$/.test(serial) && !isValidImei(serial) ? t('deviceForm.imeiCheck') : null
  const warrantyPresets = purchaseDate
    ? [1, 2, 3].map((years) => ({
        value: dayjs(purchaseDate).add(years, 'year').format('YYYY-MM-DD'),
        label: t('deviceForm.warrantyYears', { count: years }),
      }))
    : undefined

  return (
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
        placeholder={t('deviceForm.brandPlaceholder')}
        data={brandNames}
        filter={brandFilter}
        limit={8}
        autoComplete="off"
        data-testid="device-form-brand"
        {...form.getInputProps('brand')}
      />
      <TextInput
        label={t('common:device.model')}
        placeholder={t('deviceForm.modelPlaceholder')}
        autoComplete="off"
        data-testid="device-form-model"
        {...form.getInputProps('model')}
      />
      <TextInput
        label={t('common:device.serial')}
        placeholder={t('deviceForm.serialPlaceholder')}
        autoComplete="off"
        styles={monospaceInput}
        // A scanner ends the serial with Enter: move on to the next field instead of saving.
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return
          event.preventDefault()
          purchaseDateRef.current?.focus()
        }}
        description={imeiWarning}
        data-testid="device-form-serial"
        {...form.getInputProps('serial')}
      />
      <DateInput
        ref={purchaseDateRef}
        label={t('common:device.purchaseDate')}
        placeholder={t('deviceForm.datePlaceholder')}
        valueFormat="YYYY-MM-DD"
        clearable
        data-testid="device-form-purchase-date"
        {...form.getInputProps('purchaseDate')}
      />
      <DateInput
        label={t('common:device.warrantyEnd')}
        placeholder={t('deviceForm.datePlaceholder')}
        valueFormat="YYYY-MM-DD"
        clearable
        presets={warrantyPresets}
        defaultDate={purchaseDate ?? undefined}
        data-testid="device-form-warranty-end"
        {...form.getInputProps('warrantyEnd')}
      />
    </SimpleGrid>
  )
}

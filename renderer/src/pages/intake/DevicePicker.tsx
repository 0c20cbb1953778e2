import { Autocomplete, Group, Radio, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { deviceCategories } from '../../../../shared/contract'
import { isValidImei } from '../../../../shared/domain/identifiers'
import { useApi } from '../../api/hooks'
import type { IntakeValues } from './intakeForm'

const commonBrands = ['Apple', 'Huawei', 'Honor', 'Xiaomi', 'OPPO', 'vivo', 'Samsung', 'Lenovo', 'Dell', 'HP', 'Midea', 'Haier', 'Gree', 'TCL', 'Sony']
const newDevice = 'new'

/** One of the customer's devices, or a new one described inline. */
export function DevicePicker({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('intake')
  const values = form.getValues()
  const customer = useApi('customers.get', { id: values.customerId ?? '' }, { enabled: Boolean(values.customerId) })
  const devices = values.customerId ? (customer.data?.devices ?? []) : []
  const serial = values.serial.replace(/[\s-]/g, '')
  const imeiWarning = /^\d{15}$/.test(serial) && !isValidImei(serial) ? t('device.imeiCheck') : null

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('device.title')}</Text>
      {devices.length > 0 && (
        <Radio.Group
          value={values.deviceId ?? newDevice}
          onChange={(value) => form.setFieldValue('deviceId', value === newDevice ? null : value)}
        >
          <Group gap="lg">
            {devices.map((device) => (
              <Radio
                key={device.id}
                value={device.id}
                data-testid="intake-device-existing"
                label={`${device.brand} ${device.model}${device.serial ? ` · ${device.serial}` : ''}`}
              />
            ))}
            <Radio value={newDevice} label={t('device.new')} data-testid="intake-device-new" />
          </Group>
        </Radio.Group>
      )}
      {values.deviceId === null && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('common:device.category')}
            data={deviceCategories.map((category) => ({ value: category, label: t(`common:category.${category}`) }))}
            allowDeselect={false}
            data-testid="intake-device-category"
            {...form.getInputProps('category')}
          />
          <Autocomplete
            label={t('common:device.brand')}
            withAsterisk
            data={commonBrands}
            data-testid="intake-device-brand"
            {...form.getInputProps('brand')}
          />
          <TextInput label={t('common:device.model')} data-testid="intake-device-model" {...form.getInputProps('model')} />
          <TextInput
            label={t('common:device.serial')}
            description={imeiWarning}
            data-testid="intake-device-serial"
            {...form.getInputProps('serial')}
          />
          <DateInput
            label={t('common:device.purchaseDate')}
            valueFormat="YYYY-MM-DD"
            clearable
            {...form.getInputProps('purchaseDate')}
          />
          <DateInput
            label={t('common:device.warrantyEnd')}
            valueFormat="YYYY-MM-DD"
            clearable
            {...form.getInputProps('warrantyEnd')}
          />
        </SimpleGrid>
      )}
    </Stack>
  )
}

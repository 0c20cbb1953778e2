import { Group, Radio, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { DeviceFields } from '../../components/DeviceFields'
import { useApi } from '../../api/hooks'
import type { IntakeValues } from './intakeForm'
import { WarrantyOffer } from './WarrantyOffer'

const newDevice = 'new'

/** One of the customer's devices, or a new one described inline. */
export function DevicePicker({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('intake')
  const values = form.getValues()
  const customer = useApi(
    'customers.get',
    { id: values.customerId ?? '' },
    { enabled: Boolean(values.customerId) },
  )
  const devices = values.customerId ? (customer.data?.devices ?? []) : []

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('device.title')}</Text>
      {devices.length > 0 && (
        <Radio.Group
          value={values.deviceId ?? newDevice}
          onChange={(value) => {
            form.setFieldValue('deviceId', value === newDevice ? null : value)
            form.setFieldValue('warrantyOfTicketId', null)
          }}
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
      {values.deviceId === null && <DeviceFields form={form} autoFocus={false} />}
      {values.deviceId !== null && <WarrantyOffer form={form} deviceId={values.deviceId} />}
    </Stack>
  )
}

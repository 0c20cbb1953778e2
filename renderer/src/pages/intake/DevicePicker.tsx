import { Group, Radio, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { DeviceFields } from '../../components/DeviceFields'
import { useApi } from '../../api/hooks'
import type { IntakeValues } from './intakeForm'
import { WarrantyOffer } from './WarrantyOffer'

const newDevice = 'new'

/**
 * One of the customer's devices, or a new one described inline. When a customer is chosen, their
 * only device is taken (most repeat visits bring the same phone), and the focus moves on: to the
 * fault for that device, to the device choice when there are several, or to the new device's brand.
 */
export function DevicePicker({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('intake')
  const values = form.getValues()
  const customerId = values.customerId
  const customer = useApi('customers.get', { id: customerId ?? '' }, { enabled: Boolean(customerId) })
  const devices = customerId ? (customer.data?.devices ?? []) : []
  const choices = useRef<HTMLDivElement>(null)
  // Once per chosen customer, so a clerk who then picks "another device" keeps that choice.
  const settledFor = useRef<string | null>(null)
  const loaded = customer.data?.customer.id === customerId ? customer.data : undefined
  useEffect(() => {
    if (!customerId) settledFor.current = null
    if (!customerId || !loaded || settledFor.current === customerId) return
    settledFor.current = customerId
    const [only, ...others] = loaded.devices
    if (only && others.length === 0) {
      form.setFieldValue('deviceId', only.id)
      form.getInputNode('reportedFault')?.focus()
    } else if (only) choices.current?.querySelector('input')?.focus()
    else form.getInputNode('brand')?.focus()
  }, [customerId, loaded, form])

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
          <Group gap="lg" ref={choices}>
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

import { Alert, Button, Group, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { deviceInputSchema, type Device } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import { DeviceFields, type DeviceValues } from '../../components/DeviceFields'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

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
  const validateInput = useContractValidation(deviceInputSchema)
  // The door checks this too; checked here so the clerk sees it before saving.
  const validate = (values: DeviceValues) => {
    const errors = validateInput(values)
    const { purchaseDate, warrantyEnd } = values
    if (purchaseDate && warrantyEnd && warrantyEnd < purchaseDate && !('warrantyEnd' in errors)) {
      errors.warrantyEnd = t('common:validation.beforePurchase')
    }
    return errors
  }
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
        <CountedTextarea
          max={textLimit(deviceInputSchema.shape.notes)}
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

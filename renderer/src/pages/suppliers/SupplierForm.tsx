import { Alert, Button, Group, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { supplierInputSchema, type Supplier, type SupplierInput } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

type SupplierValues = Required<SupplierInput> & { active: boolean }

function valuesOf(supplier: Supplier | undefined, initial: Partial<SupplierValues>): SupplierValues {
  if (supplier) {
    const { name, contact, phone, email, address, paymentTerms, notes, active } = supplier
    return { name, contact, phone, email, address, paymentTerms, notes, active }
  }
  const empty = { name: '', contact: '', phone: '', email: '', address: '', paymentTerms: '', notes: '' }
  return { ...empty, active: true, ...initial }
}

interface SupplierFormProps {
  /** The supplier to edit; without one the form adds a new supplier. */
  supplier?: Supplier
  /** Starting values for a new supplier, e.g. the name the clerk searched for. */
  initial?: Partial<SupplierValues>
  onSaved: (supplier: Supplier) => void
  onCancel: () => void
}

/** Who a shop buys parts from and how to reach them. Enter saves. */
export function SupplierForm({ supplier, initial = {}, onSaved, onCancel }: SupplierFormProps) {
  const { t } = useTranslation('suppliers')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(supplierInputSchema)
  const create = useApiMutation('suppliers.create')
  const update = useApiMutation('suppliers.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<SupplierValues>({ initialValues: valuesOf(supplier, initial), validate })
  useUnsavedChanges(form.isDirty())

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
    const { active, ...fields } = values
    if (supplier) update.mutate({ id: supplier.id, active, ...fields }, handlers)
    else create.mutate(fields, handlers)
  })
  const submitFromTextarea = getHotkeyHandler([['mod+Enter', () => submit()]])

  return (
    <form onSubmit={submit} noValidate data-testid="supplier-form">
      <Stack gap="sm">
        <TextInput
          label={t('supplier.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          data-testid="supplier-form-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('supplier.contact')}
            autoComplete="off"
            data-testid="supplier-form-contact"
            {...form.getInputProps('contact')}
          />
          <TextInput
            label={t('supplier.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            data-testid="supplier-form-phone"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('supplier.email')}
            type="email"
            autoComplete="off"
            data-testid="supplier-form-email"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('supplier.paymentTerms')}
            placeholder={t('form.paymentTermsPlaceholder')}
            autoComplete="off"
            data-testid="supplier-form-payment-terms"
            {...form.getInputProps('paymentTerms')}
          />
        </SimpleGrid>
        <Textarea
          label={t('supplier.address')}
          autosize
          minRows={1}
          maxRows={4}
          onKeyDown={submitFromTextarea}
          data-testid="supplier-form-address"
          {...form.getInputProps('address')}
        />
        <CountedTextarea
          max={textLimit(supplierInputSchema.shape.notes)}
          label={t('supplier.notes')}
          autosize
          minRows={2}
          maxRows={6}
          onKeyDown={submitFromTextarea}
          data-testid="supplier-form-notes"
          {...form.getInputProps('notes')}
        />
        {supplier && (
          <Switch
            label={t('form.active')}
            description={t('form.activeHint')}
            data-testid="supplier-form-active"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        {failure && (
          <Alert color="red" variant="light" data-testid="supplier-form-error">
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
            data-testid="supplier-form-submit"
          >
            {supplier ? t('common:actions.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

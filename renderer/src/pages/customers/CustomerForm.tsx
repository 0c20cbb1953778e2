import { Alert, Button, CloseButton, Group, Input, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { customerInputSchema, type Customer, type CustomerInput } from '../../../../shared/contract'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

export type CustomerValues = Required<CustomerInput>

/** The contract allows this many phone numbers per customer. */
const maxPhones = 5

function valuesOf(customer: Customer | undefined, initial: Partial<CustomerValues>): CustomerValues {
  if (customer) {
    const { name, phones, email, address, notes } = customer
    return { name, phones: phones.length > 0 ? phones : [''], email, address, notes }
  }
  return { name: '', phones: [''], email: '', address: '', notes: '', ...initial }
}

interface CustomerFormProps {
  /** The customer to edit; without one the form creates a new customer. */
  customer?: Customer
  /** Starting values for a new customer, e.g. the phone number the clerk searched for. */
  initial?: Partial<CustomerValues>
  onSaved: (customer: Customer) => void
  onCancel: () => void
}

/** A customer's contact details, for a new customer or an edit. Enter saves. */
export function CustomerForm({ customer, initial = {}, onSaved, onCancel }: CustomerFormProps) {
  const { t } = useTranslation('customers')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(customerInputSchema)
  const create = useApiMutation('customers.create')
  const update = useApiMutation('customers.update')
  const [failure, setFailure] = useState<string | null>(null)
  const [addedPhone, setAddedPhone] = useState<number | null>(null)
  const form = useForm<CustomerValues>({ initialValues: valuesOf(customer, initial), validate })
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
    if (customer) update.mutate({ id: customer.id, ...values }, handlers)
    else create.mutate(values, handlers)
  })
  const submitFromTextarea = getHotkeyHandler([['mod+Enter', () => submit()]])

  const phones = form.values.phones
  const addPhone = () => {
    form.insertListItem('phones', '')
    setAddedPhone(phones.length)
  }

  return (
    <form onSubmit={submit} noValidate data-testid="customer-form">
      <Stack gap="sm">
        <TextInput
          label={t('common:customer.name')}
          withAsterisk
          data-autofocus
          autoComplete="off"
          data-testid="customer-form-name"
          {...form.getInputProps('name')}
        />
        <Input.Wrapper label={t('common:customer.phones')} withAsterisk error={form.errors.phones}>
          <Stack gap={6} mt={4}>
            {phones.map((_, index) => (
              <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  flex={1}
                  type="tel"
                  inputMode="tel"
                  autoComplete="off"
                  autoFocus={index === addedPhone}
                  aria-label={t('form.phoneNumber', { number: index + 1 })}
                  data-testid={`customer-form-phone-${index}`}
                  {...form.getInputProps(`phones.${index}`)}
                />
                {phones.length > 1 && (
                  <CloseButton
                    mt={4}
                    aria-label={t('form.removePhone')}
                    title={t('form.removePhone')}
                    data-testid={`customer-form-remove-phone-${index}`}
                    onClick={() => form.removeListItem('phones', index)}
                  />
                )}
              </Group>
            ))}
            {phones.length < maxPhones && (
              <Group>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={addPhone}
                  data-testid="customer-form-add-phone"
                >
                  {t('form.addPhone')}
                </Button>
              </Group>
            )}
          </Stack>
        </Input.Wrapper>
        <TextInput
          label={t('common:customer.email')}
          type="email"
          autoComplete="off"
          data-testid="customer-form-email"
          {...form.getInputProps('email')}
        />
        <Textarea
          label={t('common:customer.address')}
          autosize
          minRows={1}
          maxRows={4}
          onKeyDown={submitFromTextarea}
          data-testid="customer-form-address"
          {...form.getInputProps('address')}
        />
        <CountedTextarea
          max={textLimit(customerInputSchema.shape.notes)}
          label={t('common:customer.notes')}
          autosize
          minRows={2}
          maxRows={6}
          onKeyDown={submitFromTextarea}
          data-testid="customer-form-notes"
          {...form.getInputProps('notes')}
        />
        {failure && (
          <Alert color="red" variant="light" data-testid="customer-form-error">
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
            data-testid="customer-form-submit"
          >
            {customer ? t('common:actions.save') : t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { classifyQuery } from '../../../../shared/domain/search'
import { useApi } from '../../api/hooks'
import type { IntakeValues } from './intakeForm'

/** Find the customer by phone or name as they speak, or take a new one's details inline. */
export function CustomerLookup({ form }: { form: UseFormReturnType<IntakeValues> }) {
  const { t } = useTranslation('intake')
  const customerId = form.getValues().customerId
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query.trim(), 120)
  const matches = useApi(
    'customers.search',
    { query: debounced, limit: 6 },
    { enabled: debounced !== '' && !customerId },
  )
  const chosen = useApi('customers.get', { id: customerId ?? '' }, { enabled: Boolean(customerId) })

  /** A customer, or none (to find another): their device choice starts again either way. */
  function choose(id: string | null) {
    form.setFieldValue('customerId', id)
    form.setFieldValue('deviceId', null)
    form.setFieldValue('warrantyOfTicketId', null)
    form.clearFieldError('customerName')
    form.clearFieldError('customerPhone')
  }

  /** Enter in the lookup picks the first match, or starts a new customer with what was typed. */
  function acceptQuery() {
    const first = matches.data?.[0]
    if (first && debounced === query.trim()) {
      choose(first.id)
      return
    }
    if (query.trim() === '') return
    if (classifyQuery(query) === 'digits') form.setFieldValue('customerPhone', query.trim())
    else form.setFieldValue('customerName', query.trim())
  }

  if (customerId) {
    const customer = chosen.data?.customer
    return (
      <Group justify="space-between" data-testid="intake-customer-chosen">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {t('customer.title')}
          </Text>
          <Text fw={600} size="lg">
            {customer?.name ?? t('common:loading')}
          </Text>
          <Text size="sm">{customer?.phones.join(' / ')}</Text>
        </Stack>
        <Button variant="subtle" onClick={() => choose(null)}>
          {t('customer.change')}
        </Button>
      </Group>
    )
  }

  return (
    <Stack gap="sm">
      <Text fw={600}>{t('customer.title')}</Text>
      <TextInput
        autoFocus
        data-testid="intake-customer-search"
        label={t('customer.search')}
        placeholder={t('customer.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            acceptQuery()
          }
        }}
      />
      {matches.data && matches.data.length > 0 && (
        <Paper withBorder p={4}>
          {matches.data.map((customer) => (
            <UnstyledButton
              key={customer.id}
              onClick={() => choose(customer.id)}
              p={6}
              display="block"
              w="100%"
              data-testid="intake-customer-match"
            >
              <Group gap="sm">
                <Text fw={600}>{customer.name}</Text>
                <Text size="sm" c="dimmed">
                  {customer.phones.join(' / ')}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </Paper>
      )}
      <Group gap="xs">
        <Badge variant="light">{t('customer.new')}</Badge>
        <Text size="xs" c="dimmed">
          {t('customer.newHint')}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('common:customer.name')}
          withAsterisk
          data-testid="intake-customer-name"
          {...form.getInputProps('customerName')}
        />
        <TextInput
          label={t('common:customer.phone')}
          withAsterisk
          inputMode="tel"
          data-testid="intake-customer-phone"
          {...form.getInputProps('customerPhone')}
        />
        <TextInput
          label={t('common:customer.email')}
          type="email"
          data-testid="intake-customer-email"
          {...form.getInputProps('customerEmail')}
        />
      </SimpleGrid>
    </Stack>
  )
}

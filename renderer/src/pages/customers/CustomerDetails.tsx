import { Box, Card, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Customer } from '../../../../shared/contract'
import { useFormat } from '../../components/format'

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  )
}

/** How to reach the customer, and what the shop noted about them. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers')
  const format = useFormat()
  const none = (
    <Text size="sm" c="dimmed">
      {t('common:none')}
    </Text>
  )
  return (
    <Card withBorder data-testid="customer-details">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Detail label={t('common:customer.phones')}>
          {customer.phones.map((phone) => (
            <Text key={phone} size="sm" ff="monospace" data-testid="customer-phone">
              {phone}
            </Text>
          ))}
        </Detail>
        <Detail label={t('common:customer.email')}>
          {customer.email ? <Text size="sm">{customer.email}</Text> : none}
        </Detail>
        <Detail label={t('common:customer.address')}>
          {customer.address ? <Text size="sm">{customer.address}</Text> : none}
        </Detail>
        <Detail label={t('detail.since')}>
          <Text size="sm">{format.date(customer.createdAt)}</Text>
        </Detail>
      </SimpleGrid>
      {customer.notes && (
        <Box mt="md">
          <Detail label={t('common:customer.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {customer.notes}
            </Text>
          </Detail>
        </Box>
      )}
    </Card>
  )
}

import { Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { TicketTable } from '../../components/TicketTable'
import { CustomerDetails } from './CustomerDetails'
import { CustomerDevices } from './CustomerDevices'
import { CustomerMoney } from './CustomerMoney'
import { CustomerForm } from './CustomerForm'
import { LoadFailed, PageLoader } from '../../components/QueryState'

/** One customer: how to reach them, their devices and their repairs. */
export function CustomerPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('customers')
  const navigate = useNavigate()
  const [editing, setEditing] = useState(false)
  const result = useApi('customers.get', { id })

  const back = (
    <Anchor component={Link} to="/customers" size="sm" data-testid="back-to-customers">
      {t('detail.back')}
    </Anchor>
  )
  if (result.isPending) return <PageLoader />
  if (result.isError) {
    return (
      <Stack gap="md" maw={1200}>
        {back}
        <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
      </Stack>
    )
  }

  const { customer, devices, tickets } = result.data
  return (
    <Stack gap="md" maw={1200}>
      {back}
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2" data-testid="customer-name">
          {customer.name}
        </Title>
        <Group gap="sm">
          <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-customer">
            {t('common:actions.edit')}
          </Button>
          <Button
            onClick={() => void navigate(`/intake?customer=${encodeURIComponent(customer.id)}`)}
            data-testid="new-repair-for-customer"
          >
            {t('detail.newRepair')}
          </Button>
        </Group>
      </Group>
      <CustomerDetails customer={customer} />
      <CustomerMoney customerId={customer.id} />
      <CustomerDevices customerId={customer.id} devices={devices} />
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('detail.tickets', { count: tickets.length })}
        </Text>
        <TicketTable tickets={tickets} empty={t('detail.noTickets')} />
      </Card>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('form.editTitle')} size="lg">
        <CustomerForm
          customer={customer}
          onSaved={() => {
            setEditing(false)
            notifications.show({ color: 'teal', message: t('form.saved') })
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </Stack>
  )
}

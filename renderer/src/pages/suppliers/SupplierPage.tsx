import { Anchor, Badge, Box, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Supplier } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { PartTable } from '../../components/PartTable'
import { useCurrency } from '../stock/useStock'
import { SupplierForm } from './SupplierForm'
import { SupplierOrders } from './SupplierOrders'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  )
}

/** How to reach the supplier and on what terms. */
function SupplierFacts({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation('suppliers')
  const format = useFormat()
  const text = (value: string) =>
    value ? (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        {t('common:none')}
      </Text>
    )
  return (
    <Card withBorder data-testid="supplier-details">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact label={t('supplier.contact')}>{text(supplier.contact)}</Fact>
        <Fact label={t('supplier.phone')}>{text(supplier.phone)}</Fact>
        <Fact label={t('supplier.email')}>{text(supplier.email)}</Fact>
        <Fact label={t('supplier.address')}>{text(supplier.address)}</Fact>
        <Fact label={t('supplier.paymentTerms')}>{text(supplier.paymentTerms)}</Fact>
        <Fact label={t('detail.since')}>
          <Text size="sm">{format.date(supplier.createdAt)}</Text>
        </Fact>
      </SimpleGrid>
      {supplier.notes && (
        <Box mt="md">
          <Fact label={t('supplier.notes')}>{text(supplier.notes)}</Fact>
        </Box>
      )}
    </Card>
  )
}

/** One supplier: how to reach them, and the parts they supply with what is on hand. */
export function SupplierPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('suppliers')
  const navigate = useNavigate()
  const currency = useCurrency()
  const [editing, setEditing] = useState(false)
  const result = useApi('suppliers.get', { id })

  const back = (
    <Anchor component={Link} to="/suppliers" size="sm" data-testid="back-to-suppliers">
      {t('detail.back')}
    </Anchor>
  )
  if (result.isPending) return <PageLoader />
  if (result.isError) {
    return (
      <Stack gap="md" maw={1300}>
        {back}
        <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
      </Stack>
    )
  }

  const { supplier, parts } = result.data
  return (
    <Stack gap="md" maw={1300}>
      {back}
      <Group justify="space-between" align="flex-end">
        <Group gap="sm">
          <Title order={1} size="h2" data-testid="supplier-name">
            {supplier.name}
          </Title>
          {!supplier.active && (
            <Badge color="gray" variant="light" data-testid="supplier-inactive">
              {t('inactive')}
            </Badge>
          )}
        </Group>
        <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-supplier">
          {t('common:actions.edit')}
        </Button>
      </Group>
      <SupplierFacts supplier={supplier} />
      <Card withBorder padding={0}>
        <Text fw={600} p="md" pb="xs">
          {t('detail.parts', { count: parts.length })}
        </Text>
        {parts.length === 0 ? (
          <Text c="dimmed" size="sm" px="md" pb="md">
            {t('detail.noParts')}
          </Text>
        ) : (
          <PartTable
            parts={parts}
            currency={currency}
            onOpen={(part) => void navigate(`/stock/${part.id}`)}
          />
        )}
      </Card>
      <SupplierOrders supplierId={supplier.id} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('form.editTitle')} size="lg">
        <SupplierForm
          supplier={supplier}
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

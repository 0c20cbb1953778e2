import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { purchaseOrderStatuses, type PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { useCurrency } from '../stock/useStock'
import { OrderStatusBadge } from './OrderStatusBadge'
import { SuggestionsModal } from './SuggestionsModal'
import { CursorPager, useCursorPages } from '../../components/CursorPager'

type Status = PurchaseOrder['status']

/** Purchase orders, newest first, by status and supplier; new ones start here or from suggestions. */
export function PurchaseOrdersPage() {
  const { t } = useTranslation('purchasing')
  const navigate = useNavigate()
  const format = useFormat()
  const currency = useCurrency()
  const [status, setStatus] = useState<Status | null>(null)
  const [supplierId, setSupplierId] = useState<string | null>(null)
  const pages = useCursorPages()
  const cursor = pages.cursor
  const list = useApi('purchaseOrders.list', { status, supplierId, cursor, limit: 50 })
  const suppliers = useApi('suppliers.list', { query: '', includeInactive: true })
  const [suggesting, setSuggesting] = useState(false)
  const open = (id: string) => void navigate(`/purchase-orders/${id}`)
  const restart = pages.restart

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </Stack>
        <Group>
          <Button variant="light" onClick={() => setSuggesting(true)} data-testid="po-from-suggestions">
            {t('actions.fromSuggestions')}
          </Button>
          <Button onClick={() => void navigate('/purchase-orders/new')} data-testid="po-new">
            {t('actions.new')}
          </Button>
        </Group>
      </Group>
      <Group>
        <Select
          label={t('list.status')}
          placeholder={t('list.anyStatus')}
          clearable
          data={purchaseOrderStatuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          value={status}
          onChange={(value) => {
            setStatus(value)
            restart()
          }}
          data-testid="po-filter-status"
        />
        <Select
          label={t('list.supplier')}
          placeholder={t('list.anySupplier')}
          clearable
          searchable
          data={(suppliers.data ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
          value={supplierId}
          onChange={(value) => {
            setSupplierId(value)
            restart()
          }}
          data-testid="po-filter-supplier"
        />
      </Group>
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : list.data.items.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" size="sm" data-testid="po-empty">
            {t('empty')}
          </Text>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover verticalSpacing="xs" data-testid="po-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.number')}</Table.Th>
                  <Table.Th>{t('list.supplier')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.lines')}</Table.Th>
                  <Table.Th ta="right">{t('list.total')}</Table.Th>
                  <Table.Th>{t('list.created')}</Table.Th>
                  <Table.Th>{t('list.ordered')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((order) => (
                  <Table.Tr
                    key={order.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid="po-row"
                    data-number={order.number}
                    onClick={() => open(order.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') open(order.id)
                    }}
                  >
                    <Table.Td>
                      <Text size="sm" ff="monospace" fw={500}>
                        {order.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>{order.supplierName}</Table.Td>
                    <Table.Td>
                      <OrderStatusBadge status={order.status} />
                    </Table.Td>
                    <Table.Td ta="right">{order.lineCount}</Table.Td>
                    <Table.Td ta="right">{format.money(order.totalMinor, currency)}</Table.Td>
                    <Table.Td>{format.dateTime(order.createdAt)}</Table.Td>
                    <Table.Td>{format.dateTime(order.orderedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <CursorPager pages={pages} nextCursor={list.data?.nextCursor} testId="po" />
      <SuggestionsModal opened={suggesting} onClose={() => setSuggesting(false)} />
    </Stack>
  )
}

import { Anchor, Badge, Card, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { useCurrency } from '../stock/useStock'

/** The supplier's latest purchase orders, newest first; the purchase-order list holds the rest. */
export function SupplierOrders({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation('suppliers')
  const format = useFormat()
  const currency = useCurrency()
  const orders = useApi('purchaseOrders.list', { supplierId, limit: 20 })
  const items = orders.data?.items ?? []
  return (
    <Card withBorder data-testid="supplier-orders">
      <Text fw={600} mb="xs">
        {t('detail.orders')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {orders.isLoading ? t('common:loading') : t('detail.noOrders')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing:list.number')}</Table.Th>
              <Table.Th>{t('purchasing:list.status')}</Table.Th>
              <Table.Th>{t('purchasing:list.created')}</Table.Th>
              <Table.Th ta="right">{t('purchasing:list.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((order) => (
              <Table.Tr key={order.id} data-testid="supplier-order">
                <Table.Td>
                  <Anchor component={Link} to={`/purchase-orders/${order.id}`} ff="monospace" size="sm">
                    {order.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`purchasing:status.${order.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(order.createdAt)}</Table.Td>
                <Table.Td ta="right">{format.money(order.totalMinor, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

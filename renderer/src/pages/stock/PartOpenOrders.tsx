import { Anchor, Badge, Card, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'

/** Purchase orders still to be received that carry this part: what is already on its way. */
export function PartOpenOrders({ partId }: { partId: string }) {
  const { t } = useTranslation('stock')
  const format = useFormat()
  const orders = useApi('purchaseOrders.list', { partId, openOnly: true, limit: 20 })
  const items = orders.data?.items ?? []
  return (
    <Card withBorder data-testid="part-open-orders">
      <Text fw={600} mb="xs">
        {t('openOrders.title')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {orders.isLoading ? t('common:loading') : t('openOrders.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('purchasing:list.number')}</Table.Th>
              <Table.Th>{t('purchasing:list.supplier')}</Table.Th>
              <Table.Th>{t('purchasing:list.status')}</Table.Th>
              <Table.Th>{t('purchasing:list.ordered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((order) => (
              <Table.Tr key={order.id} data-testid="part-open-order">
                <Table.Td>
                  <Anchor component={Link} to={`/purchase-orders/${order.id}`} ff="monospace" size="sm">
                    {order.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{order.supplierName}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`purchasing:status.${order.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(order.orderedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'
import { useCurrency } from '../stock/useStock'

/** An order's lines as placed: ordered, received so far, still outstanding, at the agreed cost. */
export function LinesTable({ order }: { order: PurchaseOrder }) {
  const { t } = useTranslation('purchasing')
  const format = useFormat()
  const currency = useCurrency()
  return (
    <Table verticalSpacing="xs" data-testid="po-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.part')}</Table.Th>
          <Table.Th ta="right">{t('lines.ordered')}</Table.Th>
          <Table.Th ta="right">{t('lines.received')}</Table.Th>
          <Table.Th ta="right">{t('lines.outstanding')}</Table.Th>
          <Table.Th ta="right">{t('lines.unitCost')}</Table.Th>
          <Table.Th ta="right">{t('lines.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {order.lines.map((line) => (
          <Table.Tr key={line.id} data-testid="po-line" data-sku={line.sku}>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {line.sku}
              </Text>
              <Text size="xs">{line.name}</Text>
              {line.ticketId && (
                <Text size="xs" c="orange" data-testid="po-line-ticket">
                  {t('lines.forTicket')}{' '}
                  <Anchor component={Link} to={`/tickets/${line.ticketId}`} size="xs" ff="monospace">
                    {line.ticketNumber}
                  </Anchor>
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right" data-testid="po-line-ordered">
              {formatCount(line.quantityOrdered)}
            </Table.Td>
            <Table.Td ta="right" data-testid="po-line-received">
              {formatCount(line.quantityReceived)}
            </Table.Td>
            <Table.Td ta="right" data-testid="po-line-outstanding">
              {formatCount(line.quantityOutstanding)}
            </Table.Td>
            <Table.Td ta="right">{format.money(line.unitCostMinor, currency)}</Table.Td>
            <Table.Td ta="right">
              {format.money(line.unitCostMinor * line.quantityOrdered, currency)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Td colSpan={5} ta="right" fw={600}>
            {t('lines.totalLabel')}
          </Table.Td>
          <Table.Td ta="right" fw={600} data-testid="po-total">
            {format.money(order.totalMinor, currency)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}

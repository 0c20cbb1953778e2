import { Anchor, Card, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApi } from '../../../api/hooks'
import { useFormat } from '../../../components/format'
import { InvoiceStatusBadge } from '../../../components/payment/InvoiceStatusBadge'

/** The ticket's invoices and credit notes, with what each still owes; nothing when it has none. */
export function TicketInvoices({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const invoices = useApi('invoices.forTicket', { ticketId }, { retry: false })
  const rows = invoices.data ?? []
  if (rows.length === 0) return null
  return (
    <Card withBorder data-testid="ticket-invoices">
      <Text fw={600} mb="xs">
        {t('ticketInvoices.title')}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.number')}</Table.Th>
            <Table.Th>{t('list.issuedAt')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th ta="right">{t('list.total')}</Table.Th>
            <Table.Th ta="right">{t('list.balance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((invoice) => (
            <Table.Tr key={invoice.id} data-testid="ticket-invoice">
              <Table.Td>
                <Anchor component={Link} to={`/invoices/${invoice.id}`} ff="monospace" fw={600}>
                  {invoice.number}
                </Anchor>
                {invoice.kind === 'credit_note' && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t('kind.credit_note')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.dateTime(invoice.issuedAt)}</Table.Td>
              <Table.Td>
                <InvoiceStatusBadge status={invoice.paymentStatus} />
              </Table.Td>
              <Table.Td ta="right">{format.money(invoice.totalMinor, invoice.currency)}</Table.Td>
              <Table.Td ta="right">{format.money(invoice.balanceMinor, invoice.currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

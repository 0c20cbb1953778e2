import { Alert, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../../components/ActionsHeader'
import { Link } from 'react-router'
import type { TicketPart } from '../../../../../shared/contract'
import type { Currency } from '../../../../../shared/domain/money'
import { useApiMutation } from '../../../api/hooks'
import { useErrorText } from '../../../components/errors'
import { useFormat } from '../../../components/format'
import { useRefreshTicket } from './useRefreshTicket'

const statusColor: Record<TicketPart['status'], string> = {
  reserved: 'blue',
  used: 'green',
  returned: 'gray',
  released: 'gray',
  on_order: 'orange',
}

/** The ticket's parts, newest last, with what can be done to each while the ticket is open. */
export function TicketPartRows({
  parts,
  closed,
  currency,
}: {
  parts: TicketPart[]
  closed: boolean
  currency: Currency
}) {
  const { t } = useTranslation('ticketParts')
  const format = useFormat()
  const errorText = useErrorText()
  const refresh = useRefreshTicket()
  const use = useApiMutation('ticketParts.use')
  const giveBack = useApiMutation('ticketParts.return')
  const busy = use.isPending || giveBack.isPending
  const failure = use.error ?? giveBack.error

  return (
    <>
      {failure && <Alert color="red">{errorText(failure)}</Alert>}
      <Table verticalSpacing="xs" data-testid="ticket-parts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.part')}</Table.Th>
            <Table.Th ta="right">{t('columns.quantity')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th ta="right">{t('columns.cost')}</Table.Th>
            <ActionsHeader />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((part) => (
            <Table.Tr key={part.id} data-testid="ticket-part" data-sku={part.sku} data-status={part.status}>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {part.sku}
                </Text>
                <Text size="xs">{part.name}</Text>
              </Table.Td>
              <Table.Td ta="right" data-testid="ticket-part-count">
                {part.quantity}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Badge color={statusColor[part.status]} variant="light" data-testid="ticket-part-status">
                    {t(`status.${part.status}`)}
                  </Badge>
                  {part.purchaseOrderId && (
                    <Anchor component={Link} to={`/purchase-orders/${part.purchaseOrderId}`} size="xs">
                      {part.purchaseOrderNumber}
                    </Anchor>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                {part.status === 'used' || part.status === 'returned'
                  ? format.money(part.unitCostMinor * part.quantity, currency)
                  : '—'}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {part.status === 'reserved' && !closed && (
                    <Button
                      size="xs"
                      loading={busy}
                      onClick={() => use.mutate({ id: part.id }, { onSuccess: () => void refresh() })}
                      data-testid="ticket-part-use"
                    >
                      {t('actions.use')}
                    </Button>
                  )}
                  {part.status === 'reserved' && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy}
                      onClick={() => giveBack.mutate({ id: part.id }, { onSuccess: () => void refresh() })}
                      data-testid="ticket-part-release"
                    >
                      {t('actions.release')}
                    </Button>
                  )}
                  {part.status === 'used' && !closed && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={busy}
                      onClick={() => giveBack.mutate({ id: part.id }, { onSuccess: () => void refresh() })}
                      data-testid="ticket-part-return"
                    >
                      {t('actions.return')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

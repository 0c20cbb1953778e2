import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../../components/ActionsHeader'
import type { TicketDetail } from '../../../../shared/contract'
import { canTransition } from '../../../../shared/domain/status'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { ReturnModal, SendOutModal } from './parts/SendOutForms'

/** Sending the device to a manufacturer's or partner's service centre, and its return. */
export function SendOutPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('ticketParts')
  const format = useFormat()
  const sendOuts = useApi('sendOuts.forTicket', { ticketId: ticket.id })
  const [sending, setSending] = useState(false)
  const [returning, setReturning] = useState<string | null>(null)
  // "Overdue" is judged as of when the ticket was opened; a reload refreshes it.
  const [now] = useState(() => Date.now())
  const canSend = canTransition(ticket.status, 'sent_out')
  const rows = sendOuts.data ?? []
  if (!canSend && rows.length === 0) return null

  return (
    <Card withBorder data-testid="send-out-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('sendOut.heading')}</Text>
          {canSend && (
            <Button size="xs" variant="default" onClick={() => setSending(true)} data-testid="send-out-open">
              {t('sendOut.button')}
            </Button>
          )}
        </Group>
        {rows.length > 0 && (
          <Table verticalSpacing="xs" data-testid="send-outs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sendOut.partner')}</Table.Th>
                <Table.Th>{t('sendOut.trackingNumber')}</Table.Th>
                <Table.Th>{t('sendOut.sentAt')}</Table.Th>
                <Table.Th>{t('sendOut.expectedBack')}</Table.Th>
                <Table.Th>{t('sendOut.returnedAt')}</Table.Th>
                <ActionsHeader />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => {
                const overdue =
                  row.returnedAt === null &&
                  row.expectedBackAt !== null &&
                  Date.parse(row.expectedBackAt) < now
                return (
                  <Table.Tr key={row.id} data-testid="send-out" data-returned={row.returnedAt ? '1' : '0'}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {row.partner}
                      </Text>
                      {row.note && (
                        <Text size="xs" c="dimmed">
                          {row.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ff="monospace">{row.trackingNumber || '—'}</Table.Td>
                    <Table.Td>{format.dateTime(row.sentAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" c={overdue ? 'red' : undefined}>
                          {format.date(row.expectedBackAt)}
                        </Text>
                        {overdue && (
                          <Badge color="red" size="sm" data-testid="send-out-overdue">
                            {t('sendOut.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td data-testid="send-out-returned">
                      {row.returnedAt ? format.dateTime(row.returnedAt) : t('sendOut.away')}
                      {row.returnNote && (
                        <Text size="xs" c="dimmed">
                          {row.returnNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {row.returnedAt === null && ticket.status === 'sent_out' && (
                        <Button size="xs" onClick={() => setReturning(row.id)} data-testid="send-out-return">
                          {t('return.button')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {sending && <SendOutModal ticket={ticket} onClose={() => setSending(false)} />}
      {returning && <ReturnModal sendOutId={returning} onClose={() => setReturning(null)} />}
    </Card>
  )
}

import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { PickupForm } from './pickup/PickupForm'
import { TicketInvoices } from './pickup/TicketInvoices'

/**
 * Pickup: a ticket ready for pickup shows what is due and a prominent "Pick up & pay", focused, so
 * a scan of the receipt at the counter (which opens the ticket) is one Enter away from the payment.
 * Below, the ticket's invoices.
 */
export function PickupPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const [open, setOpen] = useState(false)
  const ready = ticket.status === 'ready_for_pickup'
  const preview = useApi(
    'invoices.preview',
    { ticketId: ticket.id, lines: [], invoiceDiscount: null },
    { enabled: ready, retry: false },
  )
  return (
    <>
      {ready && (
        <Alert color="green" variant="light" data-testid="pickup-panel">
          <Group justify="space-between">
            <Stack gap={2}>
              <Text fw={700} size="lg">
                {t('pickup.ready')}
              </Text>
              {preview.data && (
                <Text size="sm" data-testid="pickup-due">
                  {t('pickup.dueSummary', {
                    total: format.money(preview.data.totalMinor, preview.data.currency),
                    deposit: format.money(preview.data.depositMinor, preview.data.currency),
                    due: format.money(preview.data.dueMinor, preview.data.currency),
                  })}
                </Text>
              )}
            </Stack>
            <Button size="lg" color="green" autoFocus onClick={() => setOpen(true)} data-testid="pickup-open">
              {t('pickup.open')}
            </Button>
          </Group>
        </Alert>
      )}
      <TicketInvoices ticketId={ticket.id} />
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('pickup.title', { number: ticket.number })}
        size="80rem"
        closeOnClickOutside={false}
      >
        {open && <PickupForm ticket={ticket} onCancel={() => setOpen(false)} />}
      </Modal>
    </>
  )
}

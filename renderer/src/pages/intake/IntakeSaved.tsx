import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TicketDetail } from '../../../../shared/contract'
import { usePrintReceipt } from '../../components/usePrintReceipt'

/** After saving: the number to tell the customer, and the receipt to hand over. */
export function IntakeSaved({ ticket, onNext }: { ticket: TicketDetail | null; onNext: () => void }) {
  const { t } = useTranslation('intake')
  const navigate = useNavigate()
  const receipt = usePrintReceipt()
  return (
    <Modal opened={ticket !== null} onClose={onNext} title={t('saved.title')} centered size="md">
      {ticket && (
        <Stack gap="md" data-testid="intake-saved">
          <Text>{t('saved.body', { name: ticket.customer.name })}</Text>
          <Text ff="monospace" fw={700} size="xl" data-testid="saved-ticket-number">
            {ticket.number}
          </Text>
          <Group>
            <Button
              data-autofocus
              onClick={() => void receipt.print(ticket.id, '80mm')}
              data-testid="saved-print-80mm"
            >
              {t('saved.print80')}
            </Button>
            <Button
              variant="light"
              onClick={() => void receipt.print(ticket.id, 'a4')}
              data-testid="saved-print-a4"
            >
              {t('saved.printA4')}
            </Button>
          </Group>
          <Group justify="space-between">
            <Button
              variant="subtle"
              onClick={() => void navigate(`/tickets/${ticket.id}`)}
              data-testid="saved-open-ticket"
            >
              {t('saved.open')}
            </Button>
            <Button variant="default" onClick={onNext} data-testid="saved-next">
              {t('saved.next')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

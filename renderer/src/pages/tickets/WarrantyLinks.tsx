import { Alert, Anchor, Badge, Group, Text } from '@mantine/core'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TicketDetail } from '../../../../shared/contract'
import { useFormat } from '../../components/format'

function TicketLink({ ticket }: { ticket: { id: string; number: string } }) {
  return (
    <Anchor component={Link} to={`/tickets/${ticket.id}`} ff="monospace" fw={600}>
      {ticket.number}
    </Anchor>
  )
}

/**
 * Warranty on the ticket page: a warranty (repeat) repair names its original; an original lists its
 * repeat repairs and, once collected, when its repair warranty ends.
 */
export function WarrantyLinks({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('staff')
  const format = useFormat()
  const showsEnd = ticket.collectedAt !== null
  if (!ticket.warrantyOf && ticket.repeatRepairs.length === 0 && !showsEnd) return null
  const running = ticket.repairWarrantyEnd !== null && ticket.repairWarrantyEnd >= new Date().toISOString()

  return (
    <Alert color={ticket.warrantyOf ? 'grape' : 'gray'} variant="light" p="sm" data-testid="warranty-links">
      <Group gap="lg">
        {ticket.warrantyOf && (
          <Group gap={6} data-testid="warranty-of">
            <Badge color="grape">{t('warranty.repeatBadge')}</Badge>
            <Text size="sm">{t('warranty.repeatOf')}</Text>
            <TicketLink ticket={ticket.warrantyOf} />
          </Group>
        )}
        {showsEnd && (
          <Group gap={6} data-testid="repair-warranty-end">
            <Text size="sm">
              {ticket.repairWarrantyEnd
                ? t('warranty.until', { date: format.date(ticket.repairWarrantyEnd) })
                : t('warranty.none')}
            </Text>
            {ticket.repairWarrantyEnd && (
              <Badge color={running ? 'teal' : 'gray'} variant="light">
                {running ? t('warranty.running') : t('warranty.ended')}
              </Badge>
            )}
          </Group>
        )}
        {ticket.repeatRepairs.length > 0 && (
          <Group gap={6} data-testid="repeat-repairs">
            <Text size="sm">{t('warranty.repeats')}</Text>
            {ticket.repeatRepairs.map((repeat, index) => (
              <Fragment key={repeat.id}>
                {index > 0 && <Text span>·</Text>}
                <TicketLink ticket={repeat} />
              </Fragment>
            ))}
          </Group>
        )}
      </Group>
    </Alert>
  )
}

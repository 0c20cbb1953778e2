import { Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'

/** Every change of the ticket: what happened, who did it, when. Oldest first. */
export function TicketTimeline({ events, currency }: { events: TicketDetail['events']; currency: Currency }) {
  const { t } = useTranslation('tickets')
  const format = useFormat()
  const title = (event: TicketDetail['events'][number]) => {
    if (event.kind === 'intake') return t('timeline.intake')
    if (event.kind === 'deposit') {
      return t('timeline.deposit', {
        amount: format.money(event.amountMinor, currency),
        tender: t(`common:tender.${event.note}`, { defaultValue: event.note }),
      })
    }
    if (event.kind === 'status' && event.toStatus)
      return t('timeline.status', { status: t(`common:status.${event.toStatus}`) })
    return event.note
  }
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="ticket-timeline">
      {events.map((event) => (
        <Timeline.Item key={event.id} title={title(event)}>
          <Text size="xs" c="dimmed">
            {format.dateTime(event.createdAt)} · {event.actorName}
          </Text>
          {event.kind === 'note' || event.kind === 'deposit'
            ? null
            : event.note && <Text size="sm">{event.note}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  )
}

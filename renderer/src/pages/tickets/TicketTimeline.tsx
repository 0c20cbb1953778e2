import { Badge, Group, Switch, Text, Timeline } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'

type TicketEvent = TicketDetail['events'][number]

/** A value of the event's data as text ('' when it is missing). */
function text(event: TicketEvent, key: string): string {
  const value = event.data[key]
  return value === null || value === undefined ? '' : String(value)
}

function number(event: TicketEvent, key: string): number | null {
  const value = event.data[key]
  return typeof value === 'number' ? value : null
}

/** The part an event names (quantity, name, SKU), for the part-related kinds. */
function partWords(event: TicketEvent): Record<string, unknown> {
  return { quantity: number(event, 'quantity') ?? '', name: text(event, 'name'), sku: text(event, 'sku') }
}

/**
 * The title of an event from its kind and data (see the contract's `ticketEventKinds`). Every kind
 * has its own words; the note, if any, shows below the title.
 */
function useEventTitle(currency: Currency): (event: TicketEvent) => string {
  const { t } = useTranslation('tickets')
  const format = useFormat()
  const money = (minor: number | null) => format.money(minor, currency)
  const fieldList = (fields: string) =>
    fields
      .split(',')
      .filter((field) => field !== '')
      .map((field) => t(`timeline.fields.${field}`, { defaultValue: field }))
      .join(t('timeline.fieldSeparator'))
  const words: Record<TicketEvent['kind'], (event: TicketEvent) => string> = {
    invoice: (event) =>
      t('timeline.invoice', {
        number: event.data.number,
        total: typeof event.data.totalMinor === 'number' ? money(event.data.totalMinor) : '',
      }),
    intake: (event) =>
      typeof event.data.warrantyOf === 'string'
        ? t('timeline.intakeWarranty', { number: event.data.warrantyOf })
        : t('timeline.intake'),
    status: (event) =>
      event.toStatus ? t('timeline.status', { status: t(`common:status.${event.toStatus}`) }) : '',
    note: (event) => t(event.visibility === 'customer' ? 'timeline.noteCustomer' : 'timeline.noteInternal'),
    deposit: (event) =>
      t('timeline.deposit', {
        amount: money(event.amountMinor),
        tender: t(`common:tender.${event.note}`, { defaultValue: event.note }),
      }),
    assigned: (event) =>
      text(event, 'staffName')
        ? t('timeline.assigned', { name: text(event, 'staffName') })
        : t('timeline.unassigned'),
    label: (event) =>
      text(event, 'labelName')
        ? t('timeline.label', { name: text(event, 'labelName') })
        : t('timeline.labelCleared'),
    edited: (event) => t('timeline.edited', { fields: fieldList(text(event, 'fields')) }),
    estimate: (event) =>
      t(text(event, 'action') === 'sent' ? 'timeline.estimateSent' : 'timeline.estimateSaved', {
        version: number(event, 'version') ?? '',
        total: money(number(event, 'totalMinor')),
      }),
    approval: (event) =>
      t(text(event, 'decision') === 'declined' ? 'timeline.declined' : 'timeline.approved', {
        version: number(event, 'version') ?? '',
        channel: t(`timeline.decisionChannel.${text(event, 'channel')}`, {
          defaultValue: text(event, 'channel'),
        }),
      }),
    part: (event) =>
      t(`timeline.part.${text(event, 'action')}`, {
        ...partWords(event),
        order: text(event, 'purchaseOrderNumber'),
        defaultValue: t('timeline.part.other', partWords(event)),
      }),
    sent_out: (event) =>
      text(event, 'trackingNumber')
        ? t('timeline.sentOutTracked', {
            partner: text(event, 'partner'),
            tracking: text(event, 'trackingNumber'),
          })
        : t('timeline.sentOut', { partner: text(event, 'partner') }),
    returned: (event) => t('timeline.returned', { partner: text(event, 'partner') }),
    message: (event) =>
      t('timeline.message', {
        channel: t(`messages:channel.${text(event, 'channel')}`, { defaultValue: text(event, 'channel') }),
      }),
    attachment: (event) => t('timeline.attachment', { fileName: text(event, 'fileName') }),
    parts_arrived: (event) =>
      t('timeline.partsArrived', { ...partWords(event), order: text(event, 'purchaseOrderNumber') }),
    warranty: (event) => t('timeline.warranty', { number: text(event, 'number') }),
  }
  return (event) => words[event.kind](event)
}

/**
 * Every change of the ticket: what happened, who did it, when, and whether the customer may be told
 * of it (a badge). Oldest first; a switch narrows it to what the customer may see.
 */
export function TicketTimeline({ events, currency }: { events: TicketDetail['events']; currency: Currency }) {
  const { t } = useTranslation('tickets')
  const format = useFormat()
  const title = useEventTitle(currency)
  const [customerOnly, setCustomerOnly] = useState(false)
  const shown = customerOnly ? events.filter((event) => event.visibility === 'customer') : events
  return (
    <>
      <Group justify="flex-end" mb="xs">
        <Switch
          size="sm"
          label={t('timeline.customerOnly')}
          checked={customerOnly}
          onChange={(event) => setCustomerOnly(event.currentTarget.checked)}
          data-testid="timeline-customer-only"
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('timeline.noneForCustomer')}
        </Text>
      ) : (
        <Timeline active={shown.length - 1} bulletSize={14} lineWidth={2} data-testid="ticket-timeline">
          {shown.map((event) => (
            <Timeline.Item
              key={event.id}
              data-testid="timeline-event"
              data-kind={event.kind}
              data-visibility={event.visibility}
              title={
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Text size="sm" fw={600}>
                    {title(event)}
                  </Text>
                  <Badge
                    size="xs"
                    variant={event.visibility === 'customer' ? 'light' : 'outline'}
                    color={event.visibility === 'customer' ? 'teal' : 'gray'}
                    data-testid="timeline-visibility"
                  >
                    {t(`timeline.visibility.${event.visibility}`)}
                  </Badge>
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {format.dateTime(event.createdAt)} · {event.actorName}
              </Text>
              {event.kind !== 'deposit' && event.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-note">
                  {event.note}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </>
  )
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { isOverdue, useFormat } from '../../components/format'
import { StatusBadge } from '../../components/StatusBadge'
import { PrintActions } from './PrintActions'
import { StatusActions } from './StatusActions'
import { TicketTimeline } from './TicketTimeline'
import { UnlockCode } from './UnlockCode'
import { AssignTechnician } from './AssignTechnician'
import { AttachmentsPanel } from './AttachmentsPanel'
import { EditTicketButton } from './EditTicketButton'
import { EstimatePanel } from './EstimatePanel'
import { NotesPanel } from './NotesPanel'
import { SendOutPanel } from './SendOutPanel'
import { StatusLabelPicker } from './StatusLabelPicker'
import { TellCustomer } from './TellCustomer'
import { TicketPartsPanel } from './TicketPartsPanel'
import { WarrantyLinks } from './WarrantyLinks'
import { PickupPanel } from './PickupPanel'

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} component="div">
        {children}
      </Text>
    </Stack>
  )
}

export function TicketPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('tickets')
  // The language's own list separator, as on the receipt (Chromium's Chinese list format has none).
  const list = (items: string[]) => items.join(t('print:listSeparator'))
  const errorText = useErrorText()
  const format = useFormat()
  const ticket = useApi('tickets.get', { id })

  if (ticket.isLoading) return <Loader />
  if (ticket.isError || !ticket.data) {
    return (
      <Alert color="red" title={t('notFound')}>
        {errorText(ticket.error)}
      </Alert>
    )
  }
  const data = ticket.data
  const overdue = isOverdue(data.promisedAt, data.status)
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2" ff="monospace" data-testid="ticket-number">
              {data.number}
            </Title>
            <StatusBadge status={data.status} />
            {data.priority !== 'normal' && <Badge color="red">{t(`common:priority.${data.priority}`)}</Badge>}
            {overdue && (
              <Badge color="red" variant="filled">
                {t('common:ticket.overdue')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('receivedAt', { at: format.dateTime(data.createdAt) })}
          </Text>
          <Group gap="xs">
            <StatusLabelPicker ticket={data} />
            <AssignTechnician ticket={data} />
          </Group>
        </Stack>
        <Group gap="xs">
          <StatusActions ticket={data} />
          <TellCustomer ticket={data} />
          <EditTicketButton ticket={data} />
          <PrintActions ticketId={data.id} />
        </Group>
      </Group>
      <WarrantyLinks ticket={data} />
      <PickupPanel ticket={data} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Text fw={600}>{t('common:ticket.customer')}</Text>
            <Anchor
              component={Link}
              to={`/customers/${data.customer.id}`}
              fw={600}
              data-testid="ticket-customer"
            >
              {data.customer.name}
            </Anchor>
            <Text size="sm">{data.customer.phones.join(' / ')}</Text>
          </Stack>
        </Card>
        <Card withBorder>
          <SimpleGrid cols={2} spacing="xs">
            <Field label={t('common:ticket.device')}>
              {t(`common:category.${data.device.category}`)} · {data.device.brand} {data.device.model}
            </Field>
            <Field label={t('common:device.serial')}>{data.device.serial || '—'}</Field>
            <Field label={t('common:device.purchaseDate')}>{format.date(data.device.purchaseDate)}</Field>
            <Field label={t('common:device.warrantyEnd')}>{format.date(data.device.warrantyEnd)}</Field>
          </SimpleGrid>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Field label={t('common:ticket.fault')}>
            <span data-testid="ticket-fault">{data.reportedFault}</span>
          </Field>
          <Field label={t('accessories')}>
            {data.accessories.length > 0 ? list(data.accessories) : t('common:none')}
          </Field>
          <Field label={t('condition')}>{data.condition || '—'}</Field>
          <Field label={t('estimate')}>{format.money(data.estimateMinor, data.currency)}</Field>
          <Field label={t('deposit')}>{format.money(data.depositMinor, data.currency)}</Field>
          <Field label={t('common:ticket.promisedAt')}>
            <Text span c={overdue ? 'red' : undefined} size="sm">
              {format.dateTime(data.promisedAt)}
            </Text>
          </Field>
          <Field label={t('unlock.label')}>
            <UnlockCode ticketId={data.id} present={data.hasUnlockCode} />
          </Field>
        </SimpleGrid>
      </Card>
      <EstimatePanel ticket={data} />
      <TicketPartsPanel ticket={data} />
      <SendOutPanel ticket={data} />
      <AttachmentsPanel ticket={data} />
      <Card withBorder>
        <Text fw={600} mb="sm">
          {t('timeline.title')}
        </Text>
        <NotesPanel ticket={data} />
        <TicketTimeline events={data.events} currency={data.currency} />
      </Card>
      {ticket.isFetching && <Button variant="subtle" loading />}
    </Stack>
  )
}

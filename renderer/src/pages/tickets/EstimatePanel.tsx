import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Estimate, TicketDetail } from '../../../../shared/contract'
import { isClosed } from '../../../../shared/domain/status'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { DecisionModal } from './estimate/DecisionModal'
import { EarlierVersions } from './estimate/EarlierVersions'
import { EstimateEditor } from './estimate/EstimateEditor'
import { EstimateHistory } from './estimate/EstimateHistory'
import { EstimateLines } from './estimate/EstimateLines'
import { EstimateStatusBadge } from './estimate/EstimateStatusBadge'

/** What the clerk can do with the current version, by its status. */
function Actions({
  current,
  onEdit,
  onDecide,
}: {
  current: Estimate | undefined
  onEdit: () => void
  onDecide: () => void
}) {
  const { t } = useTranslation('estimates')
  const send = useApiMutation('estimates.send')
  const errorText = useErrorText()
  if (!current) {
    return (
      <Button size="xs" onClick={onEdit} data-testid="estimate-create">
        {t('actions.create')}
      </Button>
    )
  }
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        {current.status === 'draft' && (
          <>
            <Button size="xs" variant="default" onClick={onEdit} data-testid="estimate-edit">
              {t('actions.edit')}
            </Button>
            <Button
              size="xs"
              loading={send.isPending}
              onClick={() => send.mutate({ id: current.id })}
              data-testid="estimate-send"
            >
              {t('actions.send')}
            </Button>
          </>
        )}
        {current.status !== 'draft' && (
          <Button size="xs" variant="default" onClick={onEdit} data-testid="estimate-change">
            {t('actions.changeScope')}
          </Button>
        )}
        {current.status === 'sent' && (
          <Button size="xs" onClick={onDecide} data-testid="estimate-decide">
            {t('actions.recordAnswer')}
          </Button>
        )}
      </Group>
      {send.isError && (
        <Alert color="red" variant="light" py={6} data-testid="estimate-send-error">
          {errorText(send.error)}
        </Alert>
      )}
    </Stack>
  )
}

/** Estimate versions, lines, sending for approval and the customer's answer. */
export function EstimatePanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const versions = useApi('estimates.forTicket', { ticketId: ticket.id })
  const [editing, setEditing] = useState(false)
  const [deciding, setDeciding] = useState(false)
  const warranty = ticket.warrantyOf !== null
  const current = versions.data?.[0]
  const closed = isClosed(ticket.status)

  return (
    <Card withBorder data-testid="estimate-panel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={600}>{t('title')}</Text>
              {current && (
                <>
                  <Badge variant="default" data-testid="estimate-version">
                    {t('version', { version: current.version })}
                  </Badge>
                  <EstimateStatusBadge status={current.status} />
                </>
              )}
            </Group>
            {current && <EstimateHistory estimate={current} />}
          </Stack>
          {!editing && !closed && versions.data && (
            <Actions current={current} onEdit={() => setEditing(true)} onDecide={() => setDeciding(true)} />
          )}
        </Group>
        {warranty && (
          <Alert color="teal" variant="light" py="xs" data-testid="estimate-warranty">
            {t('warranty', { cost: format.money(current?.costMinor ?? 0, ticket.currency) })}
          </Alert>
        )}
        {versions.isPending ? (
          <PageLoader />
        ) : versions.isError ? (
          <LoadFailed error={versions.error} onRetry={() => void versions.refetch()} />
        ) : editing ? (
          <EstimateEditor ticket={ticket} from={current ?? null} onDone={() => setEditing(false)} />
        ) : current ? (
          <EstimateLines estimate={current} />
        ) : (
          <Text size="sm" c="dimmed" data-testid="estimate-none">
            {t('none')}
          </Text>
        )}
        {current?.status === 'draft' && !editing && ticket.status === 'received' && (
          <Text size="xs" c="dimmed">
            {t('diagnoseFirstHint')}
          </Text>
        )}
        <EarlierVersions versions={versions.data?.slice(1) ?? []} />
      </Stack>
      {current && <DecisionModal estimate={current} opened={deciding} onClose={() => setDeciding(false)} />}
    </Card>
  )
}

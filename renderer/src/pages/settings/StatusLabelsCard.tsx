import { ActionIcon, Alert, Button, Card, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatusLabel } from '../../../../shared/contract'
import { openStatuses, type TicketStatus } from '../../../../shared/domain/status'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { LoadFailed, PageLoader } from '../../components/QueryState'

/** One label: rename in place (Enter saves), move up or down, take out of use or back. */
function LabelRow({
  label,
  first,
  last,
  onMove,
}: {
  label: StatusLabel
  first: boolean
  last: boolean
  onMove: (direction: -1 | 1) => void
}) {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const update = useApiMutation('statusLabels.update')
  const [name, setName] = useState(label.name)
  const renamed = name.trim() !== label.name
  const save = (active: boolean, newName = label.name) =>
    update.mutate({ id: label.id, name: newName, active })

  return (
    <Group gap="xs" wrap="nowrap" data-testid="status-label-row">
      <TextInput
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && renamed) save(label.active, name)
        }}
        aria-label={t('labels.name')}
        error={update.isError ? errorText(update.error) : undefined}
        c={label.active ? undefined : 'dimmed'}
        style={{ flex: 1 }}
        data-testid="status-label-name"
      />
      {renamed && (
        <Button size="compact-sm" onClick={() => save(label.active, name)} loading={update.isPending}>
          {t('labels.rename')}
        </Button>
      )}
      <ActionIcon
        variant="default"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={t('labels.moveUp', { name: label.name })}
        data-testid="status-label-up"
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={t('labels.moveDown', { name: label.name })}
        data-testid="status-label-down"
      >
        ↓
      </ActionIcon>
      <Switch
        checked={label.active}
        onChange={(event) => save(event.currentTarget.checked)}
        label={t('labels.inUse')}
        data-testid="status-label-active"
      />
    </Group>
  )
}

/** Adds a label at the end of the status's list. */
function AddLabel({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const create = useApiMutation('statusLabels.create')
  const [name, setName] = useState('')
  const add = () => {
    if (name.trim() === '') return
    create.mutate({ status, name }, { onSuccess: () => setName('') })
  }
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') add()
        }}
        placeholder={t('labels.newPlaceholder')}
        aria-label={t('labels.new')}
        error={create.isError ? errorText(create.error) : undefined}
        style={{ flex: 1 }}
        data-testid="status-label-new"
      />
      <Button variant="light" onClick={add} loading={create.isPending} data-testid="status-label-add">
        {t('labels.add')}
      </Button>
    </Group>
  )
}

/** The owner's labels inside each status (e.g. "waiting for the customer's reply"), in their order. */
export function StatusLabelsCard() {
  const { t } = useTranslation('staff')
  const errorText = useErrorText()
  const labels = useApi('statusLabels.list', {})
  const reorder = useApiMutation('statusLabels.reorder')
  const [status, setStatus] = useState<TicketStatus>('awaiting_approval')
  const ofStatus = (labels.data ?? []).filter((label) => label.status === status)
  const count = (of: TicketStatus) => (labels.data ?? []).filter((label) => label.status === of).length

  const move = (index: number, direction: -1 | 1) => {
    const ids = ofStatus.map((label) => label.id)
    const [moved] = ids.splice(index, 1)
    if (moved === undefined) return
    ids.splice(index + direction, 0, moved)
    reorder.mutate({ status, ids })
  }

  return (
    <Card withBorder data-testid="status-labels-card">
      <Stack gap="sm">
        <Stack gap={0}>
          <Text fw={600}>{t('labels.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('labels.hint')}
          </Text>
        </Stack>
        <Select
          label={t('labels.status')}
          data={openStatuses.map((value) => ({
            value,
            label: t('labels.statusWithCount', { status: t(`common:status.${value}`), count: count(value) }),
          }))}
          value={status}
          onChange={(value) => value && setStatus(value)}
          allowDeselect={false}
          maw={360}
          data-testid="status-labels-status"
        />
        {labels.isPending ? (
          <PageLoader />
        ) : labels.isError ? (
          <LoadFailed error={labels.error} onRetry={() => void labels.refetch()} />
        ) : (
          <Stack gap="xs">
            {ofStatus.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('labels.none')}
              </Text>
            )}
            {ofStatus.map((label, index) => (
              <LabelRow
                key={`${label.id}-${label.name}`}
                label={label}
                first={index === 0}
                last={index === ofStatus.length - 1}
                onMove={(direction) => move(index, direction)}
              />
            ))}
            {reorder.isError && <Alert color="red">{errorText(reorder.error)}</Alert>}
            <AddLabel key={status} status={status} />
          </Stack>
        )}
      </Stack>
    </Card>
  )
}

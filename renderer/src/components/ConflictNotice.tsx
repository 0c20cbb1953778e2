import { Alert, Button, Group, Loader, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../shared/contract'
import { useFormat } from './format'

/** A detail of the ticket someone else changed: as the clerk started from it, as it is now, and the clerk's own. */
export interface ConflictRow {
  field: string
  started: string
  now: string
  /** What the clerk typed for this field, when they changed it too. */
  mine?: string | null
}

/** The ticket's details as the clerk reads them, to compare two versions field by field. */
export function useTicketFieldText() {
  const { t } = useTranslation('staff')
  const format = useFormat()
  const list = (items: string[]) => (items.length === 0 ? '—' : items.join(t('print:listSeparator')))
  return {
    status: (ticket: TicketDetail) => t(`common:status.${ticket.status}`),
    statusLabel: (ticket: TicketDetail) => ticket.statusLabel?.name ?? '—',
    assignedTo: (ticket: TicketDetail) => ticket.assignedTo?.name ?? '—',
    reportedFault: (ticket: Pick<TicketDetail, 'reportedFault'>) => ticket.reportedFault || '—',
    accessories: (ticket: Pick<TicketDetail, 'accessories'>) => list(ticket.accessories),
    condition: (ticket: Pick<TicketDetail, 'condition'>) => ticket.condition || '—',
    promisedAt: (ticket: Pick<TicketDetail, 'promisedAt'>) => format.dateTime(ticket.promisedAt),
    priority: (ticket: Pick<TicketDetail, 'priority'>) => t(`common:priority.${ticket.priority}`),
  }
}

export type TicketField = keyof ReturnType<typeof useTicketFieldText>

/** The fields that differ between the version the clerk started from and the latest one. */
export function useTicketChanges(): (started: TicketDetail, latest: TicketDetail) => ConflictRow[] {
  const text = useTicketFieldText()
  return (started, latest) =>
    (Object.keys(text) as TicketField[])
      .map((field) => ({ field, started: text[field](started), now: text[field](latest) }))
      .filter((row) => row.started !== row.now)
}

/** Who changed the ticket since the clerk's version: the people behind the newer timeline events. */
export function changedBy(started: TicketDetail, latest: TicketDetail): string[] {
  const seen = new Set(started.events.map((event) => event.id))
  return [...new Set(latest.events.filter((event) => !seen.has(event.id)).map((event) => event.actorName))]
}

/** The value someone else replaced. */
const struckThrough = { textDecoration: 'line-through' } as const

interface ConflictNoticeProps {
  /** Null while the latest version is being read. */
  rows: ConflictRow[] | null
  people: string[]
  onKeepMine: () => void
  onDiscard: () => void
  /** The clerk's change no longer applies to the latest version (e.g. a status move now refused). */
  cannotKeep?: string | null
  keeping?: boolean
}

/**
 * Someone else changed the ticket while the clerk was working on it: what changed (from what the
 * clerk started with to what it is now), and the choice to put the clerk's change on the latest
 * version or to drop it. Nothing the clerk typed is lost until they choose.
 */
export function ConflictNotice({
  rows,
  people,
  onKeepMine,
  onDiscard,
  cannotKeep,
  keeping,
}: ConflictNoticeProps) {
  const { t } = useTranslation('staff')
  const showMine = rows?.some((row) => row.mine) ?? false
  return (
    <Alert color="orange" variant="light" title={t('conflict.title')} data-testid="conflict-notice">
      <Stack gap="sm">
        <Text size="sm">
          {people.length > 0 ? t('conflict.byPeople', { names: people.join('、') }) : t('conflict.body')}
        </Text>
        {rows === null ? (
          <Loader size="sm" />
        ) : rows.length === 0 ? (
          <Text size="sm">{t('conflict.otherDetails')}</Text>
        ) : (
          <Table withTableBorder verticalSpacing={4} fz="sm" data-testid="conflict-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('conflict.column.field')}</Table.Th>
                <Table.Th>{t('conflict.column.started')}</Table.Th>
                <Table.Th>{t('conflict.column.now')}</Table.Th>
                {showMine && <Table.Th>{t('conflict.column.mine')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.field} data-testid={`conflict-row-${row.field}`}>
                  <Table.Td fw={600}>{t(`conflict.field.${row.field}`)}</Table.Td>
                  <Table.Td c="dimmed" style={struckThrough}>
                    {row.started}
                  </Table.Td>
                  <Table.Td fw={600}>{row.now}</Table.Td>
                  {showMine && <Table.Td>{row.mine ?? '—'}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {cannotKeep && (
          <Text size="sm" c="red">
            {cannotKeep}
          </Text>
        )}
        <Group gap="xs">
          <Button
            onClick={onKeepMine}
            disabled={rows === null || Boolean(cannotKeep)}
            loading={keeping}
            data-testid="conflict-keep-mine"
          >
            {t('conflict.keepMine')}
          </Button>
          <Button variant="default" onClick={onDiscard} data-testid="conflict-discard">
            {t('conflict.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}

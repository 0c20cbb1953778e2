import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { CountStatusBadge, useScopeLabel } from './CountStatusBadge'
import { NewCountModal } from './NewCountModal'

/** The shop's stock counts, open ones first; a new count starts from here. */
export function CountsPage() {
  const { t } = useTranslation('counts')
  const navigate = useNavigate()
  const format = useFormat()
  const scopeLabel = useScopeLabel()
  const [creating, setCreating] = useState(false)
  const list = useApi('stockCounts.list', { status: null })
  const open = (id: string) => void navigate(`/counts/${id}`)

  return (
    <Stack gap="md" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </Stack>
        <Button onClick={() => setCreating(true)} data-testid="new-count">
          {t('new.open')}
        </Button>
      </Group>
      {list.isError ? (
        <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <PageLoader />
      ) : list.data.length === 0 ? (
        <Card withBorder>
          <Text c="dimmed" size="sm" data-testid="counts-empty">
            {t('empty')}
          </Text>
        </Card>
      ) : (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover verticalSpacing="xs" data-testid="count-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.number')}</Table.Th>
                  <Table.Th>{t('list.scope')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.progress')}</Table.Th>
                  <Table.Th>{t('list.started')}</Table.Th>
                  <Table.Th>{t('list.closed')}</Table.Th>
                  <Table.Th>{t('list.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((count) => (
                  <Table.Tr
                    key={count.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    data-testid="count-row"
                    data-number={count.number}
                    onClick={() => open(count.id)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') open(count.id)
                    }}
                  >
                    <Table.Td>
                      <Text size="sm" ff="monospace" fw={500}>
                        {count.number}
                      </Text>
                    </Table.Td>
                    <Table.Td>{scopeLabel(count)}</Table.Td>
                    <Table.Td>
                      <CountStatusBadge status={count.status} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {t('list.progressValue', { counted: count.countedCount, lines: count.lineCount })}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{format.dateTime(count.createdAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {count.createdByName}
                      </Text>
                    </Table.Td>
                    <Table.Td>{format.dateTime(count.closedAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1} maw={280}>
                        {count.note || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <NewCountModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  )
}

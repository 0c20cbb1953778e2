import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { StockCount } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { useCurrency } from '../stock/useStock'
import { CancelCountModal, PostCountModal } from './CloseCountModals'
import { CountLines } from './CountLines'
import { CountStatusBadge, useScopeLabel } from './CountStatusBadge'
import { varianceColor } from './countFigures'
import { ScanBox } from './ScanBox'

/** How far the count is, and what its differences are worth so far. */
function CountTotals({ count, currency }: { count: StockCount; currency: Currency }) {
  const { t } = useTranslation('counts')
  const format = useFormat()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          {t('totals.progress')}
        </Text>
        <Text fz="xl" fw={700} data-testid="count-progress">
          {t('totals.progressValue', { counted: count.countedCount, lines: count.lineCount })}
        </Text>
      </Card>
      <Card withBorder>
        <Text size="xs" c="dimmed">
          {t('totals.varianceValue')}
        </Text>
        <Text fz="xl" fw={700} c={varianceColor(count.varianceValueMinor)} data-testid="count-variance-total">
          {format.money(count.varianceValueMinor, currency)}
        </Text>
      </Card>
    </SimpleGrid>
  )
}

/** The count's number, what it covers, when its figures were frozen, and what became of it. */
function CountHeader({ count, actions }: { count: StockCount; actions: ReactNode }) {
  const { t } = useTranslation('counts')
  const format = useFormat()
  const scopeLabel = useScopeLabel()
  return (
    <Group justify="space-between" align="flex-end">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2" ff="monospace" data-testid="count-number">
            {count.number}
          </Title>
          <CountStatusBadge status={count.status} data-testid="count-status" />
        </Group>
        <Text size="sm" data-testid="count-scope-label">
          {scopeLabel(count)}
          {count.note && ` · ${count.note}`}
        </Text>
        <Text size="sm" c="dimmed" data-testid="count-frozen-at">
          {t('header.frozenAt', { at: format.dateTime(count.createdAt), name: count.createdByName })}
          {count.closedAt &&
            ` · ${t(`header.${count.status === 'posted' ? 'postedAt' : 'cancelledAt'}`, {
              at: format.dateTime(count.closedAt),
            })}`}
        </Text>
      </Stack>
      {actions}
    </Group>
  )
}

/** One stock count: scan or type what is on the shelf, see the differences, then post them. */
export function CountPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('counts')
  const currency = useCurrency()
  const [dialog, setDialog] = useState<'post' | 'cancel' | null>(null)
  const result = useApi('stockCounts.get', { id })
  const close = () => setDialog(null)

  const back = (
    <Anchor component={Link} to="/counts" size="sm" data-testid="back-to-counts">
      {t('back')}
    </Anchor>
  )
  if (result.isPending) return <PageLoader />
  if (result.isError) {
    return (
      <Stack gap="md" maw={1300}>
        {back}
        <LoadFailed error={result.error} onRetry={() => void result.refetch()} />
      </Stack>
    )
  }

  const count = result.data
  const open = count.status === 'open'
  const actions = open && (
    <Group gap="sm">
      <Button variant="default" color="red" onClick={() => setDialog('cancel')} data-testid="count-cancel">
        {t('cancel.open')}
      </Button>
      <Button onClick={() => setDialog('post')} disabled={count.countedCount === 0} data-testid="count-post">
        {t('post.open')}
      </Button>
    </Group>
  )
  return (
    <Stack gap="md" maw={1300}>
      {back}
      <CountHeader count={count} actions={actions} />
      {open ? (
        <>
          <Alert color="blue" variant="light" data-testid="count-frozen-hint">
            {t('header.frozenHint')}
          </Alert>
          <ScanBox countId={count.id} />
        </>
      ) : (
        <Alert color={count.status === 'posted' ? 'teal' : 'gray'} variant="light" data-testid="count-closed">
          {t(`header.${count.status === 'posted' ? 'postedHint' : 'cancelledHint'}`)}
        </Alert>
      )}
      <CountTotals count={count} currency={currency} />
      <CountLines countId={count.id} lines={count.lines} editable={open} currency={currency} />
      {open && (
        <>
          <PostCountModal count={count} currency={currency} opened={dialog === 'post'} onClose={close} />
          <CancelCountModal count={count} opened={dialog === 'cancel'} onClose={close} />
        </>
      )}
    </Stack>
  )
}

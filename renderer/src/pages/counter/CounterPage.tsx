import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useApi } from '../../api/hooks'
import { TicketTable } from '../../components/TicketTable'
import { CounterSearch } from './CounterSearch'
import { DemoOffer } from './DemoOffer'
import { PartsArrivedCard } from './PartsArrivedCard'

function startOfTodayUtc(): string {
  const now = new Date()
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).toISOString()
}

/** The counter's home: one search box for everything, and the tickets a clerk asks about most. */
export function CounterPage() {
  const { t } = useTranslation('counter')
  const navigate = useNavigate()
  const [createdFrom] = useState(startOfTodayUtc)
  const today = useApi('tickets.list', { createdFrom, limit: 20 })
  const open = useApi('tickets.list', { status: 'open', limit: 10 })
  const info = useApi('system.info', {})

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Button size="md" onClick={() => void navigate('/intake')} data-testid="new-intake">
          {t('newIntake')}
        </Button>
      </Group>
      <CounterSearch />
      {info.data && info.data.customerCount === 0 && <DemoOffer />}
      <PartsArrivedCard />
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('today', { count: today.data?.items.length ?? 0 })}
        </Text>
        {today.isError ? (
          <Alert color="red">{t('loadFailed')}</Alert>
        ) : (
          <TicketTable
            tickets={today.data?.items ?? []}
            empty={today.isLoading ? t('common:loading') : t('noneToday')}
          />
        )}
      </Card>
      <Card withBorder>
        <Text fw={600} mb="xs">
          {t('recentOpen')}
        </Text>
        <TicketTable
          tickets={open.data?.items ?? []}
          empty={open.isLoading ? t('common:loading') : t('noneOpen')}
        />
      </Card>
    </Stack>
  )
}

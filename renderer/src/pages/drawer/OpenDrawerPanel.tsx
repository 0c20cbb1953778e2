import { Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DrawerSession } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { CashMoveForm } from './CashMoveForm'
import { CloseDayModal } from './CloseDayModal'
import { MovementsTable } from './MovementsTable'

/** The drawer open now: the cash it should hold, paid in / out, its movements, and "Close the day". */
export function OpenDrawerPanel({
  session,
  onClosed,
}: {
  session: DrawerSession
  onClosed: (sessionId: string) => void
}) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const [closing, setClosing] = useState(false)
  return (
    <Stack gap="md" data-testid="drawer-open-panel" data-number={session.number}>
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={2} size="h3">
                {t('open.number', { number: session.number })}
              </Title>
              <Badge color="green" variant="light">
                {t('open.badge')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('open.since', { time: format.dateTime(session.openedAt), name: session.openedByName })}
            </Text>
            <Text size="sm">
              {t('open.float')}: {format.money(session.floatMinor, session.currency)}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text size="sm" c="dimmed">
              {t('open.expected')}
            </Text>
            <Text fz={34} fw={800} lh={1.1} data-testid="drawer-expected">
              {format.money(session.expectedMinor, session.currency)}
            </Text>
            <Button
              mt="sm"
              size="md"
              color="dark"
              onClick={() => setClosing(true)}
              data-testid="drawer-close-day"
            >
              {t('close.button')}
            </Button>
          </Stack>
        </Group>
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CashMoveForm session={session} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <MovementsTable session={session} />
        </Grid.Col>
      </Grid>
      <CloseDayModal
        session={session}
        opened={closing}
        onClose={() => setClosing(false)}
        onClosed={(id) => {
          setClosing(false)
          onClosed(id)
        }}
      />
    </Stack>
  )
}

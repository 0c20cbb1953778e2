import { Button, Card, Code, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../../shared/contract'

function Fact({ label, children, ...rest }: { label: string; children: ReactNode; 'data-testid': string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={rest['data-testid']}>
        {children}
      </Text>
    </Stack>
  )
}

/** What a clerk or a technician on the phone needs to know about this installation. */
export function ThisComputerCard({ info }: { info: MethodOutput<'system.info'> }) {
  const { t } = useTranslation('settings')
  return (
    <Card withBorder data-testid="this-computer">
      <Text fw={600} mb="sm">
        {t('computer.title')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Fact label={t('computer.version')} data-testid="computer-version">
          {info.version}
        </Fact>
        <Fact label={t('computer.door')} data-testid="computer-door">
          {info.door === 'ipc'
            ? t('computer.desktopApp')
            : t('computer.browser', { address: window.location.host })}
        </Fact>
        <Fact label={t('computer.printing')} data-testid="computer-printing">
          {info.nativePrinting ? t('computer.nativePrinting') : t('computer.browserPrinting')}
        </Fact>
        <Fact label={t('computer.records')} data-testid="computer-counts">
          {t('computer.counts', { customers: info.customerCount, tickets: info.ticketCount })}
        </Fact>
      </SimpleGrid>
      <Stack gap={2} mt="md">
        <Text size="xs" c="dimmed">
          {t('computer.database')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code style={{ wordBreak: 'break-all' }} data-testid="computer-database">
            {info.databasePath}
          </Code>
          <CopyButton value={info.databasePath}>
            {({ copied, copy }) => (
              <Button variant="subtle" size="compact-xs" color={copied ? 'teal' : 'gray'} onClick={copy}>
                {copied ? t('computer.copied') : t('computer.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Card>
  )
}

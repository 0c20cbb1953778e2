import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { ZReport } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { useFormat } from '../../components/format'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { useZReportSections, type ZReportSection } from '../../print/zReport/zReportSections'

/** A session's Z report on screen, with its print buttons (80 mm roll or A4). */
export function ZReportView({ sessionId, onHide }: { sessionId: string; onHide: () => void }) {
  const { t } = useTranslation('drawer')
  const report = useApi('reports.z', { sessionId })
  const navigate = useNavigate()
  const print = (layout: '80mm' | 'a4') => void navigate(`/print/z/${sessionId}?layout=${layout}&autoprint=1`)
  return (
    <Card withBorder padding="lg" data-testid="z-report">
      {report.isError ? (
        <LoadFailed error={report.error} onRetry={() => void report.refetch()} />
      ) : report.isPending ? (
        <PageLoader />
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <ReportHeading report={report.data} />
            <Group gap="xs">
              <Button variant="default" onClick={onHide}>
                {t('common:actions.close')}
              </Button>
              <Button variant="light" onClick={() => print('a4')} data-testid="z-print-a4">
                {t('report.printA4')}
              </Button>
              <Button onClick={() => print('80mm')} data-testid="z-print-80mm">
                {t('report.print80')}
              </Button>
            </Group>
          </Group>
          <ReportSections report={report.data} />
        </Stack>
      )}
    </Card>
  )
}

function ReportHeading({ report }: { report: ZReport }) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Title order={2} size="h3">
          {t('report.title')}
        </Title>
        <Text ff="monospace" fw={600} data-testid="z-number">
          {report.sessionNumber}
        </Text>
        {!report.frozen && (
          <Badge color="yellow" variant="light">
            {t('report.live')}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('report.openedAt')} {format.dateTime(report.openedAt)} · {report.openedByName}
        {report.frozen &&
          ` — ${t('report.frozen', { time: format.dateTime(report.closedAt), name: report.closedByName ?? '' })}`}
      </Text>
    </Stack>
  )
}

function ReportSections({ report }: { report: ZReport }) {
  const sections = useZReportSections()(report)
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {sections.map((section) => (
        <Section key={section.key} section={section} />
      ))}
    </SimpleGrid>
  )
}

function Section({ section }: { section: ZReportSection }) {
  return (
    <Stack gap={4} data-testid={`z-section-${section.key}`}>
      <Text fw={700}>{section.title}</Text>
      <Table verticalSpacing={3} withRowBorders={false}>
        <Table.Tbody>
          {section.rows.map((row, index) => (
            <Table.Tr key={index}>
              <Table.Td c="dimmed">{row.label}</Table.Td>
              <Table.Td ta="right" fw={row.strong ? 700 : 500} data-testid={row.testId}>
                {row.value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

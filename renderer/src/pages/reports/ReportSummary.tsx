import { Card, Grid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'
import type { ReportTotals } from './reportColumns'

interface FigureProps {
  label: string
  value: string
  color?: string
  'data-testid': string
}

function Figure({ label, value, color, 'data-testid': testId }: FigureProps) {
  return (
    <Card withBorder padding="sm" h="100%">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} c={color} style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </Text>
    </Card>
  )
}

/** The period at a glance: units at the start, in, out, at the end, and what the end is worth. */
export function ReportSummary({ totals, currency }: { totals: ReportTotals; currency: Currency }) {
  const { t } = useTranslation('reports')
  const format = useFormat()
  return (
    // The value gets the room of two: a shop's stock is worth many more digits than it has units.
    <Grid gap="sm">
      <Grid.Col span={2}>
        <Figure
          label={t('summary.opening')}
          value={formatCount(totals.opening)}
          data-testid="report-opening"
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <Figure
          label={t('summary.in')}
          value={String(totals.unitsIn)}
          color={totals.unitsIn > 0 ? 'teal' : undefined}
          data-testid="report-in"
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <Figure
          label={t('summary.out')}
          value={String(totals.unitsOut)}
          color={totals.unitsOut > 0 ? 'red' : undefined}
          data-testid="report-out"
        />
      </Grid.Col>
      <Grid.Col span={2}>
        <Figure
          label={t('summary.closing')}
          value={formatCount(totals.closing)}
          data-testid="report-closing"
        />
      </Grid.Col>
      <Grid.Col span={4}>
        <Figure
          label={t('summary.value')}
          value={format.money(totals.closingValueMinor, currency)}
          data-testid="report-value"
        />
      </Grid.Col>
    </Grid>
  )
}

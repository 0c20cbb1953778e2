import { Box, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StockReport } from '../../../../shared/contract'
import { signedQuantity } from '../../components/quantity'

/**
 * The period's movements by reason as horizontal bars: length by units moved, green for what came
 * in, red for what went out. Plain boxes, so it prints and needs no chart library.
 */
const barColor = { in: 'teal.5', out: 'red.5' } as const
const figureColor = { in: 'teal.8', out: 'red.8' } as const
const direction = (units: number) => (units >= 0 ? 'in' : 'out')

export function MovementChart({ movements }: { movements: StockReport['movementsByKind'] }) {
  const { t } = useTranslation('reports')
  const largest = Math.max(1, ...movements.map((kind) => Math.abs(kind.units)))
  return (
    <Card withBorder h="100%" data-testid="report-chart">
      <Title order={2} size="h4" mb="sm">
        {t('chart.title')}
      </Title>
      {movements.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('chart.empty')}
        </Text>
      ) : (
        <Stack gap={8}>
          {movements.map((kind) => (
            <Group key={kind.kind} gap="sm" wrap="nowrap" data-testid="report-kind" data-kind={kind.kind}>
              <Text size="sm" w={110} ta="right" style={{ flexShrink: 0 }}>
                {t(`stock:kind.${kind.kind}`)}
              </Text>
              <Box style={{ flex: 1 }}>
                <Box
                  h={16}
                  bg={barColor[direction(kind.units)]}
                  style={{
                    borderRadius: 3,
                    width: `${Math.max(2, (Math.abs(kind.units) / largest) * 100)}%`,
                  }}
                />
              </Box>
              <Text size="sm" fw={600} w={56} ta="right" c={figureColor[direction(kind.units)]}>
                {signedQuantity(kind.units)}
              </Text>
              <Text size="xs" c="dimmed" w={48}>
                {t('chart.movements', { count: kind.movements })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  )
}

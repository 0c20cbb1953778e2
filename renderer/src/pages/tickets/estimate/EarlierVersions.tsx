import { Accordion, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Estimate } from '../../../../../shared/contract'
import { useFormat } from '../../../components/format'
import { EstimateLines } from './EstimateLines'
import { EstimateStatusBadge } from './EstimateStatusBadge'

/** Versions before the current one, closed until asked for: what was proposed, and what was answered. */
export function EarlierVersions({ versions }: { versions: Estimate[] }) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  if (versions.length === 0) return null
  return (
    <Accordion variant="contained" chevronPosition="left" data-testid="estimate-earlier">
      {versions.map((estimate) => (
        <Accordion.Item key={estimate.id} value={estimate.id}>
          <Accordion.Control data-testid="estimate-earlier-version">
            <Group gap="sm">
              <Text size="sm" fw={500}>
                {t('version', { version: estimate.version })}
              </Text>
              <EstimateStatusBadge status={estimate.status} testId="estimate-earlier-status" />
              <Text size="sm" c="dimmed">
                {format.money(estimate.totalMinor, estimate.currency)} · {format.dateTime(estimate.createdAt)}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <EstimateLines estimate={estimate} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  )
}

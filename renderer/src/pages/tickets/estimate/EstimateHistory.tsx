import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Estimate } from '../../../../../shared/contract'
import { useFormat } from '../../../components/format'

/** Who made the version and when it was sent and answered, in one line under the title. */
export function EstimateHistory({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const parts = [
    t('history.created', { name: estimate.createdByName, at: format.dateTime(estimate.createdAt) }),
  ]
  if (estimate.sentAt) parts.push(t('history.sent', { at: format.dateTime(estimate.sentAt) }))
  if (estimate.decidedAt && estimate.decisionChannel) {
    parts.push(
      t(estimate.status === 'declined' ? 'history.declined' : 'history.approved', {
        channel: t(`channel.${estimate.decisionChannel}`),
        at: format.dateTime(estimate.decidedAt),
        name: estimate.decisionRecordedByName ?? '',
      }),
    )
  }
  return (
    <Text size="xs" c="dimmed" data-testid="estimate-history">
      {parts.join(' · ')}
      {estimate.decisionNote && ` — ${estimate.decisionNote}`}
    </Text>
  )
}

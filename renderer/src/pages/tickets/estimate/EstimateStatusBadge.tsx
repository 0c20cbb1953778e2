import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Estimate } from '../../../../../shared/contract'

const colors: Record<Estimate['status'], string> = {
  draft: 'gray',
  sent: 'yellow',
  approved: 'green',
  declined: 'red',
  superseded: 'gray',
}

/** `testId` tells the current version's badge from the earlier versions'. */
export function EstimateStatusBadge({
  status,
  testId = 'estimate-status',
}: {
  status: Estimate['status']
  testId?: string
}) {
  const { t } = useTranslation('estimates')
  return (
    <Badge
      color={colors[status]}
      variant={status === 'superseded' ? 'outline' : 'light'}
      data-testid={testId}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  )
}

import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TicketStatus } from '../../../shared/domain/status'

const colors: Record<TicketStatus, string> = {
  received: 'blue',
  diagnosing: 'cyan',
  awaiting_approval: 'yellow',
  awaiting_parts: 'orange',
  in_repair: 'violet',
  testing: 'indigo',
  ready_for_pickup: 'green',
  collected: 'gray',
  declined: 'red',
  unrepairable: 'red',
  sent_out: 'grape',
  cancelled: 'gray',
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={colors[status]} variant="light" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  )
}

/** An overdue ticket's mark: a filled red badge with a sign and a word, not colour alone. */
export function OverdueBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('workshop')
  return (
    <Badge color="red" variant="filled" size={size} data-testid="overdue-badge">
      {t('overdue')}
    </Badge>
  )
}

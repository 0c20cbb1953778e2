import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'

const colors: Record<PurchaseOrder['status'], string> = {
  draft: 'gray',
  ordered: 'blue',
  partly_received: 'orange',
  received: 'green',
  cancelled: 'red',
}

export function OrderStatusBadge({ status }: { status: PurchaseOrder['status'] }) {
  const { t } = useTranslation('purchasing')
  return (
    <Badge color={colors[status]} variant="light" data-testid="po-status" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  )
}

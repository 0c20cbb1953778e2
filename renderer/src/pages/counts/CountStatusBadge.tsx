import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StockCount } from '../../../../shared/contract'

const colors: Record<StockCount['status'], string> = { open: 'blue', posted: 'teal', cancelled: 'gray' }

export function CountStatusBadge({
  status,
  'data-testid': testId,
}: {
  status: StockCount['status']
  'data-testid'?: string
}) {
  const { t } = useTranslation('counts')
  return (
    <Badge color={colors[status]} variant="light" data-status={status} data-testid={testId}>
      {t(`status.${status}`)}
    </Badge>
  )
}

/** "Bin A-01", "Category Screens", "All parts": what a count covers. */
export function useScopeLabel(): (count: Pick<StockCount, 'scope' | 'scopeValue'>) => string {
  const { t } = useTranslation('counts')
  return (count) =>
    count.scope === 'all' ? t('scope.allParts') : t(`scope.${count.scope}Named`, { value: count.scopeValue })
}

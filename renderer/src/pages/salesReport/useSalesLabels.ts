import { useTranslation } from 'react-i18next'
import type { SalesReport } from '../../../../shared/contract'
import type { SalesLabels } from './salesExport'

/** How the sales report names its columns, tenders, kinds and categories, in the clerk's language. */
export function useSalesLabels(): SalesLabels {
  const { t } = useTranslation('sales')
  return {
    column: (key) => t(`report.column.${key}`),
    tender: (tender) => t(`tender.${tender}`, { defaultValue: tender }),
    kind: (kind) => t(`kind.${kind}`, { defaultValue: kind }),
    category: (row: SalesReport['byCategory'][number]) =>
      row.kind === 'part' ? row.category || t('report.category.none') : t(`report.category.${row.kind}`),
    total: t('report.total'),
  }
}

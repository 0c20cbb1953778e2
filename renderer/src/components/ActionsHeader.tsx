import { Table, VisuallyHidden, type TableThProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The header of a column of row buttons: nothing to see, but a screen reader names the column. */
export function ActionsHeader(props: TableThProps) {
  const { t } = useTranslation()
  return (
    <Table.Th {...props}>
      <VisuallyHidden>{t('actions.rowActions')}</VisuallyHidden>
    </Table.Th>
  )
}

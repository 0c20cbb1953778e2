import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../../api/client'
import { useErrorText } from '../../../components/errors'
import { saveFile, toCsv } from '../../reports/exportFiles'
import { xlsxType, xlsxWorkbook } from '../../reports/xlsx'
import { useCurrency } from '../useStock'
import { catalogueRows, templateRows, type CatalogueLabels } from './catalogueExport'
import { ImportPartsModal } from './ImportPartsModal'

const csvType = 'text/csv;charset=utf-8'

/** The parts list's import and export: the import dialog, the template, and the catalogue as a file. */
export function CatalogueFilesMenu({ includeArchived }: { includeArchived: boolean }) {
  const { t } = useTranslation('catalogueFiles')
  const currency = useCurrency()
  const errorText = useErrorText()
  const queryClient = useQueryClient()
  const [importing, setImporting] = useState(false)
  const [exporting, setExporting] = useState(false)
  const labels: CatalogueLabels = { column: (key) => t(`columns.${key}`), yes: t('yes'), no: t('no') }
  const fileName = (extension: string) =>
    `${t('fileName', { date: dayjs().format('YYYY-MM-DD') })}.${extension}`

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true)
    try {
      const parts = await queryClient.query({
        queryKey: ['parts.export', { includeArchived }],
        queryFn: () => call('parts.export', { includeArchived }),
        staleTime: 0,
      })
      const rows = catalogueRows(parts, labels, currency)
      if (format === 'csv') saveFile(fileName('csv'), toCsv(rows), csvType)
      else saveFile(fileName('xlsx'), await xlsxWorkbook(t('sheetName'), rows), xlsxType)
    } catch (error) {
      notifications.show({ color: 'red', message: t('exportFailed', { message: errorText(error) }) })
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={exporting} data-testid="catalogue-files">
            {t('menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setImporting(true)} data-testid="catalogue-import">
            {t('import')}
          </Menu.Item>
          <Menu.Item
            onClick={() => saveFile(`${t('templateName')}.csv`, toCsv(templateRows(labels)), csvType)}
            data-testid="catalogue-template"
          >
            {t('template')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void exportAs('csv')} data-testid="catalogue-export-csv">
            {t('exportCsv')}
          </Menu.Item>
          <Menu.Item onClick={() => void exportAs('xlsx')} data-testid="catalogue-export-xlsx">
            {t('exportXlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ImportPartsModal opened={importing} onClose={() => setImporting(false)} />
    </>
  )
}

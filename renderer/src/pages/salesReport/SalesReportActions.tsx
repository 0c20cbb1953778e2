import { Button, Group, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { SalesReport } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { saveFile, toCsv } from '../reports/exportFiles'
import type { DayPeriod } from '../reports/period'
import {
  accountingDocumentRows,
  accountingPaymentRows,
  categoryRows,
  dayRows,
  tenderRows,
} from './salesExport'
import { periodStem } from './salesPeriod'
import { useSalesLabels } from './useSalesLabels'
import { xlsxSheets, xlsxType } from '../reports/xlsx'

const csvType = 'text/csv;charset=utf-8'

interface SalesReportActionsProps {
  period: DayPeriod
  input: { from: string; to: string; utcOffsetMinutes: number }
  report: SalesReport | undefined
  disabled: boolean
}

/** Print the report, save it as CSV or Excel, and the accountant's export of the same period. */
export function SalesReportActions({ period, input, report, disabled }: SalesReportActionsProps) {
  const { t } = useTranslation('sales')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const labels = useSalesLabels()
  const stem = periodStem(period)
  // Asked for only when someone wants the file: a year of invoices is not read for nothing.
  const accounting = useApi('reports.accounting', { from: input.from, to: input.to }, { enabled: false })

  const print = () => {
    const params = new URLSearchParams({ from: input.from, to: input.to, autoprint: '1' })
    void navigate(`/print/sales-report?${params.toString()}`)
  }
  const exportCsv = () => {
    if (report)
      saveFile(`${t('report.file.name', { period: stem })}.csv`, toCsv(dayRows(report, labels)), csvType)
  }
  const exportXlsx = async () => {
    if (!report) return
    const workbook = await xlsxSheets([
      { name: t('report.file.days'), rows: dayRows(report, labels) },
      { name: t('report.file.tenders'), rows: tenderRows(report, labels) },
      { name: t('report.file.categories'), rows: categoryRows(report, labels) },
    ])
    saveFile(`${t('report.file.name', { period: stem })}.xlsx`, workbook, xlsxType)
  }
  const exportAccounts = async (format: 'csv' | 'xlsx') => {
    const result = await accounting.refetch()
    if (!result.data) {
      notifications.show({
        color: 'red',
        title: t('report.actions.exportFailed'),
        message: errorText(result.error),
      })
      return
    }
    const documents = accountingDocumentRows(result.data, labels)
    const payments = accountingPaymentRows(result.data, labels)
    if (format === 'csv') {
      saveFile(`${t('report.file.documents', { period: stem })}.csv`, toCsv(documents), csvType)
      saveFile(`${t('report.file.payments', { period: stem })}.csv`, toCsv(payments), csvType)
      return
    }
    const workbook = await xlsxSheets([
      { name: t('report.file.documentsSheet'), rows: documents },
      { name: t('report.file.paymentsSheet'), rows: payments },
    ])
    saveFile(`${t('report.file.accounting', { period: stem })}.xlsx`, workbook, xlsxType)
  }

  return (
    <Group gap="xs">
      <Button onClick={print} disabled={disabled || !report} data-testid="sales-print">
        {t('report.actions.print')}
      </Button>
      <Button variant="default" onClick={exportCsv} disabled={disabled || !report} data-testid="sales-csv">
        {t('report.actions.csv')}
      </Button>
      <Button
        variant="default"
        onClick={() => void exportXlsx()}
        disabled={disabled || !report}
        data-testid="sales-xlsx"
      >
        {t('report.actions.xlsx')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            disabled={disabled}
            loading={accounting.isFetching}
            data-testid="sales-accountant"
          >
            {t('report.actions.accountant')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportAccounts('csv')} data-testid="sales-accountant-csv">
            {t('report.actions.accountantCsv')}
          </Menu.Item>
          <Menu.Item onClick={() => void exportAccounts('xlsx')} data-testid="sales-accountant-xlsx">
            {t('report.actions.accountantXlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}

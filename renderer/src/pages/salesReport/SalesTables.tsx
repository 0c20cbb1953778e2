import { Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SalesReport } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { usePaging } from '../reports/usePaging'
import { dayFigures, type DayFigure } from './salesExport'
import { useSalesLabels } from './useSalesLabels'

function useFigureText(report: SalesReport) {
  const format = useFormat()
  return (key: DayFigure, totals: SalesReport['totals']) =>
    key === 'invoices' ? String(totals[key]) : format.money(totals[key], report.currency)
}

/** The period's figures day by day (a month to a page), with the period's total underneath. */
export function DayTable({ report }: { report: SalesReport }) {
  const { t } = useTranslation('sales')
  const figure = useFigureText(report)
  const { shown, pager } = usePaging(report.days, 31)
  return (
    <Card withBorder padding={0}>
      <Title order={2} size="h4" p="md" pb="xs">
        {t('report.days.title')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={4} striped highlightOnHover data-testid="sales-days">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.column.date')}</Table.Th>
              {dayFigures.map((key) => (
                <Table.Th key={key} ta="right">
                  {t(`report.column.${key}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((day) => (
              <Table.Tr key={day.date} data-testid="sales-day" data-date={day.date}>
                <Table.Td ff="monospace">{day.date}</Table.Td>
                {dayFigures.map((key) => (
                  <Table.Td
                    key={key}
                    ta="right"
                    c={day[key] === 0 ? 'dimmed' : key === 'refundsMinor' ? 'red.7' : undefined}
                    data-figure={key}
                  >
                    {figure(key, day)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} data-testid="sales-days-total">
              <Table.Td>{t('report.total')}</Table.Td>
              {dayFigures.map((key) => (
                <Table.Td key={key} ta="right" data-figure={key}>
                  {figure(key, report.totals)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {pager}
    </Card>
  )
}

/** Money taken and paid back per tender, and the deposits taken at intake. */
export function TenderTable({ report }: { report: SalesReport }) {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const labels = useSalesLabels()
  const money = (minor: number) => format.money(minor, report.currency)
  return (
    <Card withBorder padding={0} h="100%">
      <Title order={2} size="h4" p="md" pb="xs">
        {t('report.tender.title')}
      </Title>
      {report.byTender.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('report.tender.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="sales-tenders">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.column.tender')}</Table.Th>
              <Table.Th ta="right">{t('report.column.in')}</Table.Th>
              <Table.Th ta="right">{t('report.column.deposits')}</Table.Th>
              <Table.Th ta="right">{t('report.column.out')}</Table.Th>
              <Table.Th ta="right">{t('report.tender.net')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byTender.map((row) => (
              <Table.Tr key={row.tender} data-testid="sales-tender" data-tender={row.tender}>
                <Table.Td>{labels.tender(row.tender)}</Table.Td>
                <Table.Td ta="right">{money(row.inMinor)}</Table.Td>
                <Table.Td ta="right" c={row.depositsMinor === 0 ? 'dimmed' : undefined}>
                  {money(row.depositsMinor)}
                </Table.Td>
                <Table.Td ta="right" c={row.outMinor > 0 ? 'red.7' : 'dimmed'}>
                  {money(row.outMinor)}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {money(row.inMinor + row.depositsMinor - row.outMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

/** Sales by labour, each part category and other lines, and what credit notes gave back of each. */
export function CategoryTable({ report }: { report: SalesReport }) {
  const { t } = useTranslation('sales')
  const format = useFormat()
  const labels = useSalesLabels()
  const money = (minor: number) => format.money(minor, report.currency)
  return (
    <Card withBorder padding={0} h="100%">
      <Title order={2} size="h4" p="md" pb="xs">
        {t('report.category.title')}
      </Title>
      {report.byCategory.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('report.category.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="sales-categories">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.column.category')}</Table.Th>
              <Table.Th ta="right">{t('report.column.sales')}</Table.Th>
              <Table.Th ta="right">{t('report.column.refunds')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byCategory.map((row) => (
              <Table.Tr
                key={`${row.kind}:${row.category}`}
                data-testid="sales-category"
                data-category={row.kind === 'part' ? row.category : row.kind}
              >
                <Table.Td>{labels.category(row)}</Table.Td>
                <Table.Td ta="right">{money(row.totalMinor)}</Table.Td>
                <Table.Td ta="right" c={row.refundsMinor > 0 ? 'red.7' : 'dimmed'}>
                  {money(row.refundsMinor)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

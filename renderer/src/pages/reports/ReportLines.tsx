import { Card, Group, Switch, Table, Text, Title } from '@mantine/core'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { StockReportLine } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { columnTotal, figureText, figureTone, linesByCategory, visibleColumns } from './reportColumns'
import { usePaging } from './usePaging'

const groupBackground = 'gray.1'
const toneColor = { in: 'teal.8', out: 'red.7', zero: 'dimmed' } as const

interface ReportLinesProps {
  /** The lines to list: those that moved, or all of them when unchanged ones are shown. */
  lines: StockReportLine[]
  /** How many parts sat on the shelf without moving. */
  unchanged: number
  showUnchanged: boolean
  onShowUnchanged: (show: boolean) => void
  currency: Currency
}

/** A row per part, grouped by category: opening, each reason it moved, closing and value. */
export function ReportLines({
  lines,
  unchanged,
  showUnchanged,
  onShowUnchanged,
  currency,
}: ReportLinesProps) {
  const { t } = useTranslation('reports')
  const { shown, pager } = usePaging(lines, 100)
  const format = useFormat()
  const money = (minor: number) => format.money(minor, currency)
  const columns = visibleColumns(lines)
  const figure = (column: (typeof columns)[number], value: number) => {
    const tone = figureTone(column.kind, value)
    return (
      <Table.Td key={column.key} ta="right" data-testid={`report-line-${column.key}`}>
        <Text
          size="sm"
          c={tone ? toneColor[tone] : undefined}
          fw={column.key === 'closing' ? 600 : undefined}
        >
          {figureText(column.kind, value, money)}
        </Text>
      </Table.Td>
    )
  }

  return (
    <Card withBorder padding={0}>
      <Group justify="space-between" p="md" pb="xs">
        <Title order={2} size="h4">
          {t('lines.title')}
        </Title>
        <Switch
          label={t('lines.showUnchanged', { count: unchanged })}
          checked={showUnchanged}
          disabled={unchanged === 0 && !showUnchanged}
          onChange={(event) => onShowUnchanged(event.currentTarget.checked)}
          data-testid="report-show-unchanged"
        />
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md" data-testid="report-lines-empty">
          {unchanged > 0 ? t('lines.noneMoved') : t('lines.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing={6} data-testid="report-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('column.sku')}</Table.Th>
                <Table.Th>{t('column.name')}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column.key} ta="right">
                    {t(`column.${column.key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {linesByCategory(shown).map(([category, group]) => (
                <Fragment key={category}>
                  <Table.Tr data-testid="report-category-row">
                    <Table.Td colSpan={columns.length + 2} bg={groupBackground}>
                      <Text size="sm" fw={700}>
                        {category || t('category.none')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                  {group.map((line) => (
                    <Table.Tr key={line.partId} data-testid="report-line" data-sku={line.sku}>
                      <Table.Td>
                        <Text size="sm" ff="monospace">
                          {line.sku}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{line.name}</Text>
                      </Table.Td>
                      {columns.map((column) => figure(column, line[column.key]))}
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="report-lines-total">
                <Table.Th colSpan={2}>{t('lines.total')}</Table.Th>
                {columns.map((column) => {
                  const total = columnTotal(column, lines)
                  // A column without a total is an empty cell, not a header without a name.
                  if (total === null) return <Table.Td key={column.key} />
                  return (
                    <Table.Th key={column.key} ta="right">
                      {figureText(column.kind, total, money)}
                    </Table.Th>
                  )
                })}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {pager}
    </Card>
  )
}

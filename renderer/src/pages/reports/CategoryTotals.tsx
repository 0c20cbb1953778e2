import { Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StockReport } from '../../../../shared/contract'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'

/** Each category's units at the start, in, out, at the end, and its value at cost. */
export function CategoryTotals({
  categories,
  currency,
}: {
  categories: StockReport['categories']
  currency: Currency
}) {
  const { t } = useTranslation('reports')
  const format = useFormat()
  return (
    <Card withBorder h="100%" padding={0}>
      <Title order={2} size="h4" p="md" pb="xs">
        {t('categories.title')}
      </Title>
      {categories.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('lines.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6} data-testid="report-categories">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('categories.category')}</Table.Th>
              <Table.Th ta="right">{t('categories.opening')}</Table.Th>
              <Table.Th ta="right">{t('categories.in')}</Table.Th>
              <Table.Th ta="right">{t('categories.out')}</Table.Th>
              <Table.Th ta="right">{t('categories.closing')}</Table.Th>
              <Table.Th ta="right">{t('categories.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {categories.map((total) => (
              <Table.Tr
                key={total.category}
                data-testid="report-category-total"
                data-category={total.category}
              >
                <Table.Td>{total.category || t('category.none')}</Table.Td>
                <Table.Td ta="right">{formatCount(total.opening)}</Table.Td>
                <Table.Td ta="right" c={total.unitsIn > 0 ? 'teal.8' : 'dimmed'}>
                  {total.unitsIn}
                </Table.Td>
                <Table.Td ta="right" c={total.unitsOut > 0 ? 'red.7' : 'dimmed'}>
                  {total.unitsOut}
                </Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatCount(total.closing)}
                </Table.Td>
                <Table.Td ta="right">{format.money(total.closingValueMinor, currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

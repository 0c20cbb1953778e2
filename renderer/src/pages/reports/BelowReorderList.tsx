import { Anchor, Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PartSummary } from '../../../../shared/contract'
import { formatCount } from '../../components/quantity'
import { usePaging } from './usePaging'

/** Parts at or below their reorder point at the end of the period; each opens its part page. */
export function BelowReorderList({ parts }: { parts: PartSummary[] }) {
  const { t } = useTranslation('reports')
  const { shown, pager } = usePaging(parts, 50)
  return (
    <Card withBorder padding={0} data-testid="report-below-reorder">
      <Title order={2} size="h4" p="md" pb="xs">
        {t('belowReorder.title')}
      </Title>
      {parts.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('belowReorder.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('column.sku')}</Table.Th>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th>{t('column.category')}</Table.Th>
              <Table.Th ta="right">{t('belowReorder.onHand')}</Table.Th>
              <Table.Th ta="right">{t('belowReorder.reorderPoint')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((part) => (
              <Table.Tr key={part.id} data-testid="report-reorder-line" data-sku={part.sku}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {part.sku}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/stock/${part.id}`} size="sm">
                    {part.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{part.category || t('category.none')}</Table.Td>
                <Table.Td ta="right" c="red.7" fw={600}>
                  {formatCount(part.onHand)}
                </Table.Td>
                <Table.Td ta="right">{part.reorderPoint}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pager}
    </Card>
  )
}

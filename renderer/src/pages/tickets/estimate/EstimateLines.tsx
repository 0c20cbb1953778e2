import { Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Estimate } from '../../../../../shared/contract'
import { basisPointsToPercent } from '../../../../../shared/domain/money'
import { useFormat } from '../../../components/format'

/** An estimate's lines with quantity, price, tax and total, its totals, and what it costs the shop. */
export function EstimateLines({ estimate }: { estimate: Estimate }) {
  const { t } = useTranslation('estimates')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, estimate.currency)
  return (
    <Stack gap="xs">
      <Table verticalSpacing={4} data-testid="estimate-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('line.description')}</Table.Th>
            <Table.Th ta="right">{t('line.quantity')}</Table.Th>
            <Table.Th ta="right">{t('line.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('line.tax')}</Table.Th>
            <Table.Th ta="right">{t('line.total')}</Table.Th>
            <Table.Th ta="right">{t('line.cost')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {estimate.lines.map((line) => (
            <Table.Tr key={line.id} data-testid="estimate-line" data-kind={line.kind}>
              <Table.Td>
                <Text size="sm">{line.description}</Text>
                <Text size="xs" c="dimmed">
                  {t(`kind.${line.kind}`)}
                  {line.warrantyDays > 0 && ` · ${t('line.warrantyDays', { count: line.warrantyDays })}`}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{line.quantity}</Table.Td>
              <Table.Td ta="right">{money(line.unitPriceMinor)}</Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{money(line.taxMinor)}</Text>
                <Text size="xs" c="dimmed">
                  {basisPointsToPercent(line.taxRateBp)}%
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={500}>
                {money(line.totalMinor)}
              </Table.Td>
              <Table.Td ta="right" c="dimmed">
                {money(line.unitCostMinor * line.quantity)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" align="flex-end" px="xs">
        <Text size="xs" c="dimmed" data-testid="estimate-cost">
          {t('totals.cost', { amount: money(estimate.costMinor) })}
        </Text>
        <Stack gap={0} align="flex-end">
          <Text size="sm" c="dimmed">
            {t(estimate.pricesIncludeTax ? 'totals.taxIncluded' : 'totals.taxAdded', {
              net: money(estimate.subtotalMinor),
              tax: money(estimate.taxMinor),
            })}
          </Text>
          <Text fw={700} size="lg" data-testid="estimate-total">
            {t('totals.total', { amount: money(estimate.totalMinor) })}
          </Text>
        </Stack>
      </Group>
      {estimate.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="estimate-note">
          {estimate.note}
        </Text>
      )}
    </Stack>
  )
}

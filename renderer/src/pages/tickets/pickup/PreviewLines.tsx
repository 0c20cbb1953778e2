import { Badge, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../../../shared/contract'
import { useFormat } from '../../../components/format'

type Preview = MethodOutput<'invoices.preview'>

/** The ticket's own lines on the invoice to be: the approved work and the parts used. */
export function PreviewLines({ preview }: { preview: Preview }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const lines = preview.lines.filter((line) => line.source !== 'counter')
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="pickup-no-lines">
        {t('pickup.noLines')}
      </Text>
    )
  return (
    <Table verticalSpacing={4} data-testid="pickup-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.description')}</Table.Th>
          <Table.Th w={70} ta="right">
            {t('lines.quantity')}
          </Table.Th>
          <Table.Th w={110} ta="right">
            {t('lines.unitPriceShort')}
          </Table.Th>
          <Table.Th w={110} ta="right">
            {t('lines.discount')}
          </Table.Th>
          <Table.Th w={120} ta="right">
            {t('lines.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={index} data-testid="pickup-line">
            <Table.Td>
              {line.description}{' '}
              <Badge size="xs" variant="light" color={line.source === 'estimate' ? 'blue' : 'grape'}>
                {t(`pickup.source.${line.source}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">{format.money(line.unitPriceMinor, preview.currency)}</Table.Td>
            <Table.Td ta="right">
              {line.discountMinor > 0 ? format.money(-line.discountMinor, preview.currency) : '—'}
            </Table.Td>
            <Table.Td ta="right">{format.money(line.totalMinor, preview.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

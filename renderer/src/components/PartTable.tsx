import { Badge, Group, Table, Text } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartSummary } from '../../../shared/contract'
import type { Currency } from '../../../shared/domain/money'
import { useFormat } from './format'
import { formatCount } from './quantity'

/** Moves focus to the row above or below, so the list is worked with the arrow keys. */
function moveFocus(event: KeyboardEvent<HTMLTableRowElement>): void {
  const target =
    event.key === 'ArrowDown'
      ? event.currentTarget.nextElementSibling
      : event.currentTarget.previousElementSibling
  if (target instanceof HTMLElement) {
    event.preventDefault()
    target.focus()
  }
}

/** Parts with what they fit, where they are and how many are left; click or Enter opens one. */
export function PartTable({
  parts,
  currency,
  onOpen,
}: {
  parts: PartSummary[]
  currency: Currency
  onOpen: (part: PartSummary) => void
}) {
  const { t } = useTranslation('stock')
  const format = useFormat()
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="part-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('part.sku')}</Table.Th>
            <Table.Th>{t('part.name')}</Table.Th>
            <Table.Th>{t('part.brand')}</Table.Th>
            <Table.Th>{t('part.compatibleModels')}</Table.Th>
            <Table.Th>{t('part.bin')}</Table.Th>
            <Table.Th ta="right">{t('part.onHand')}</Table.Th>
            <Table.Th ta="right">{t('part.price')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.map((part) => (
            <Table.Tr
              key={part.id}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              data-testid="part-row"
              data-part-id={part.id}
              onClick={() => onOpen(part)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') onOpen(part)
                else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') moveFocus(event)
              }}
            >
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {part.sku}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {part.name}
                  </Text>
                  {!part.active && (
                    <Badge color="gray" variant="light" size="sm">
                      {t('part.archived')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{part.brand || '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={1} maw={260}>
                  {part.compatibleModels || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff={part.bin ? 'monospace' : undefined}>
                  {part.bin || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {part.belowReorder && (
                    <Badge color="red" variant="light" size="sm" data-testid="part-reorder-badge">
                      {t('part.reorder')}
                    </Badge>
                  )}
                  <Text
                    size="sm"
                    fw={600}
                    c={part.belowReorder || part.onHand < 0 ? 'red' : undefined}
                    data-testid="part-row-on-hand"
                  >
                    {formatCount(part.onHand)}
                    {part.unit && ` ${part.unit}`}
                  </Text>
                </Group>
                {part.reserved !== undefined && part.reserved !== 0 && (
                  <Text size="xs" c="dimmed" ta="right" data-testid="part-row-reserved">
                    {t('part.reservedAvailable', {
                      reserved: formatCount(part.reserved),
                      available: formatCount(part.available ?? part.onHand - part.reserved),
                    })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.money(part.priceMinor, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

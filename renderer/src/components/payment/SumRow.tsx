import { Group, Text } from '@mantine/core'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../format'

/** A label and an amount on one line of a document's totals; `strong` for the total and what is due. */
export function SumRow({
  label,
  minor,
  currency,
  testId,
  strong = false,
}: {
  label: string
  minor: number
  currency: Currency
  testId: string
  strong?: boolean
}) {
  const format = useFormat()
  return (
    <Group justify="space-between" gap="xl">
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size={strong ? 'lg' : 'sm'} fw={strong ? 700 : 500} data-testid={testId}>
        {format.money(minor, currency)}
      </Text>
    </Group>
  )
}

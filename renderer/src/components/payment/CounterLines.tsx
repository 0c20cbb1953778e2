import { ActionIcon, Stack, Table, Text, TextInput } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionsHeader } from '../ActionsHeader'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../format'
import { counterLineAmount, counterLineErrors, type CounterLine } from './counterLines'

interface CounterLinesProps {
  lines: CounterLine[]
  currency: Currency
  showErrors: boolean
  onChange: (key: string, patch: Partial<CounterLine>) => void
  onRemove: (key: string) => void
  /** Enter in a field of a line. */
  onEnter?: () => void
}

/** Lines typed at the counter: quantity, price, a discount with its reason; the amount of each. */
export function CounterLines({
  lines,
  currency,
  showErrors,
  onChange,
  onRemove,
  onEnter,
}: CounterLinesProps) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || !onEnter) return
    event.preventDefault()
    onEnter()
  }
  return (
    // Beside the payment panel at 1366 px the lines have about 600 px: the figures take what they
    // need and the part's name keeps the rest (never fewer than 180 px); the discount's reason sits
    // under the discount, where it is asked for.
    <Table verticalSpacing={4} horizontalSpacing={6} data-testid="counter-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th miw={180}>{t('lines.description')}</Table.Th>
          <Table.Th w={64}>{t('lines.quantity')}</Table.Th>
          <Table.Th w={96}>{t('lines.unitPrice', { currency })}</Table.Th>
          <Table.Th w={120}>{t('lines.discount')}</Table.Th>
          <Table.Th w={104} ta="right">
            {t('lines.amount')}
          </Table.Th>
          <ActionsHeader w={32} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => {
          const errors = showErrors ? counterLineErrors(line, currency) : {}
          const message = (key: string | undefined) => (key ? t(`common:validation.${key}`) : undefined)
          const amount = counterLineAmount(line, currency)
          const input = (field: 'description' | 'quantity' | 'price' | 'discount' | 'discountReason') => ({
            value: line[field],
            onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
              onChange(line.key, { [field]: event.currentTarget.value }),
            onKeyDown: enter,
            error: message(errors[field]),
            'aria-label': t(`lines.${field === 'price' ? 'unitPriceShort' : field}`),
            'data-testid': `counter-line-${field}`,
          })
          return (
            <Table.Tr
              key={line.key}
              data-testid="counter-line"
              data-kind={line.kind}
              data-part-id={line.partId ?? ''}
            >
              <Table.Td>
                {line.kind === 'other' ? (
                  <TextInput
                    size="xs"
                    autoComplete="off"
                    {...input('description')}
                    placeholder={t('lines.freePlaceholder')}
                  />
                ) : (
                  <>
                    <Text size="sm" miw={180} data-testid="counter-line-name">
                      {line.description}
                    </Text>
                    {line.sku !== '' && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {line.sku}
                      </Text>
                    )}
                  </>
                )}
                {line.available !== null && (
                  <Text size="xs" c={line.available > 0 ? 'dimmed' : 'red'}>
                    {t('lines.available', { count: line.available })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <TextInput size="xs" autoComplete="off" {...input('quantity')} inputMode="numeric" />
              </Table.Td>
              <Table.Td>
                <TextInput size="xs" autoComplete="off" {...input('price')} inputMode="decimal" />
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <TextInput
                    size="xs"
                    autoComplete="off"
                    {...input('discount')}
                    inputMode="decimal"
                    placeholder="0"
                  />
                  {line.discount.trim() !== '' && (
                    <TextInput
                      size="xs"
                      autoComplete="off"
                      {...input('discountReason')}
                      placeholder={t('lines.discountReason')}
                    />
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="counter-line-amount">
                {amount === null ? '—' : format.money(amount, currency)}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  onClick={() => onRemove(line.key)}
                  aria-label={t('lines.remove')}
                  data-testid="counter-line-remove"
                >
                  ×
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

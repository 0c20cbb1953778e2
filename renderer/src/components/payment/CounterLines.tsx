import { ActionIcon, Table, Text, TextInput } from '@mantine/core'
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
    <Table verticalSpacing={4} data-testid="counter-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.description')}</Table.Th>
          <Table.Th w={80}>{t('lines.quantity')}</Table.Th>
          <Table.Th w={110}>{t('lines.unitPrice', { currency })}</Table.Th>
          <Table.Th w={110}>{t('lines.discount')}</Table.Th>
          <Table.Th w={170}>{t('lines.discountReason')}</Table.Th>
          <Table.Th w={110} ta="right">
            {t('lines.amount')}
          </Table.Th>
          <ActionsHeader w={36} />
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
                  <Text size="sm">
                    {line.description}
                    {line.sku !== '' && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {line.sku}
                      </Text>
                    )}
                  </Text>
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
                <TextInput
                  size="xs"
                  autoComplete="off"
                  {...input('discount')}
                  inputMode="decimal"
                  placeholder="0"
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  autoComplete="off"
                  {...input('discountReason')}
                  disabled={line.discount.trim() === ''}
                />
              </Table.Td>
              <Table.Td ta="right" data-testid="counter-line-amount">
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

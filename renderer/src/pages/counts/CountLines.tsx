import { Card, Group, SegmentedControl, Table, Text, TextInput } from '@mantine/core'
import { memo, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { formatCount, parseQuantity, signedQuantity } from '../../components/quantity'
import { filterLines, lineFilters, varianceColor, type CountLine, type LineFilter } from './countFigures'

/**
 * A typed count for one line: saved on Enter or when the field is left. A text field with
 * parseQuantity rather than a number field, so full-width digits from a Chinese keyboard count too.
 */
function CountedInput({ countId, line }: { countId: string; line: CountLine }) {
  const { t } = useTranslation('counts')
  const errorText = useErrorText()
  const record = useApiMutation('stockCounts.record')
  const [error, setError] = useState<string | null>(null)
  const shown = line.counted === null ? '' : String(line.counted)

  const save = (field: HTMLInputElement) => {
    const text = field.value.trim()
    setError(null)
    if (text === shown) return
    // An emptied field is no figure: the line keeps the count it had.
    if (text === '') {
      field.value = shown
      return
    }
    const parsed = parseQuantity(text)
    if ('error' in parsed || parsed.value < 0) {
      setError(t(`common:validation.${'error' in parsed ? parsed.error : 'negative'}`))
      return
    }
    record.mutate(
      { countId, partId: line.partId, code: '', quantity: parsed.value, mode: 'set' },
      { onError: (failure) => setError(errorText(failure)) },
    )
  }
  /** Enter goes on to the next line's field, as on paper; leaving this one saves it. */
  const next = (field: HTMLInputElement) => {
    const below = field.closest('tr')?.nextElementSibling?.querySelector('input')
    if (below) below.focus()
    else field.blur()
  }
  return (
    <TextInput
      size="xs"
      w={90}
      // A new figure from the server (a scan, a save) replaces what the field shows.
      key={shown}
      defaultValue={shown}
      placeholder="—"
      inputMode="numeric"
      autoComplete="off"
      aria-label={t('lines.countedOf', { sku: line.sku })}
      error={error}
      styles={{ input: { textAlign: 'right' } }}
      onBlur={(event: FocusEvent<HTMLInputElement>) => save(event.currentTarget)}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === 'Enter') next(event.currentTarget)
      }}
      data-testid="count-line-counted"
    />
  )
}

interface LineRowProps {
  countId: string
  line: CountLine
  editable: boolean
  currency: Currency
}

/** One part of the count; rows only re-render when their own figures change. */
const LineRow = memo(function LineRow({ countId, line, editable, currency }: LineRowProps) {
  const format = useFormat()
  const color = varianceColor(line.variance)
  return (
    <Table.Tr data-testid="count-line" data-sku={line.sku}>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {line.sku}
        </Text>
      </Table.Td>
      <Table.Td>{line.name}</Table.Td>
      <Table.Td>
        <Text size="sm" ff={line.bin ? 'monospace' : undefined}>
          {line.bin || '—'}
        </Text>
      </Table.Td>
      <Table.Td ta="right" data-testid="count-line-expected">
        {formatCount(line.expected)}
      </Table.Td>
      <Table.Td>
        <Group justify="flex-end">
          {editable ? (
            <CountedInput countId={countId} line={line} />
          ) : (
            <Text size="sm" data-testid="count-line-counted">
              {line.counted === null ? '—' : formatCount(line.counted)}
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" fw={600} c={color} data-testid="count-line-variance">
          {line.variance === null ? '—' : signedQuantity(line.variance)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" c={color} data-testid="count-line-value">
          {format.money(line.varianceValueMinor, currency)}
        </Text>
      </Table.Td>
    </Table.Tr>
  )
})

/** The count's lines with a filter: all of them, the ones still to count, or those that differ. */
export function CountLines(props: {
  countId: string
  lines: CountLine[]
  editable: boolean
  currency: Currency
}) {
  const { t } = useTranslation('counts')
  const [filter, setFilter] = useState<LineFilter>('all')
  const shown = filterLines(props.lines, filter)
  return (
    <Card withBorder padding={0}>
      <Group p="sm" justify="space-between">
        <SegmentedControl
          size="xs"
          data={lineFilters.map((value) => ({
            value,
            label: t(`lines.filter.${value}`, { lines: filterLines(props.lines, value).length }),
          }))}
          value={filter}
          onChange={(value) => setFilter(lineFilters.find((known) => known === value) ?? 'all')}
          data-testid="count-filter"
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={4} striped data-testid="count-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lines.sku')}</Table.Th>
              <Table.Th>{t('lines.name')}</Table.Th>
              <Table.Th>{t('lines.bin')}</Table.Th>
              <Table.Th ta="right">{t('lines.expected')}</Table.Th>
              <Table.Th ta="right">{t('lines.counted')}</Table.Th>
              <Table.Th ta="right">{t('lines.variance')}</Table.Th>
              <Table.Th ta="right">{t('lines.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((line) => (
              <LineRow
                key={line.partId}
                countId={props.countId}
                line={line}
                editable={props.editable}
                currency={props.currency}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text c="dimmed" size="sm" p="md" data-testid="count-lines-empty">
          {t(`lines.none.${filter}`)}
        </Text>
      )}
    </Card>
  )
}

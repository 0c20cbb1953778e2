import { Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { denominationsFor, type Denomination } from '../../../../shared/domain/cash'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { parseCount } from './parseCount'

/** The currency's notes (left) and coins (right), a count box and the subtotal for each. */
export function DenominationGrid({
  currency,
  texts,
  onChange,
}: {
  currency: Currency
  texts: Record<string, string>
  onChange: (key: string, text: string) => void
}) {
  const list = denominationsFor(currency)
  const column = (kind: Denomination['kind']) => (
    <Stack gap={6}>
      {list
        .filter((denomination) => denomination.kind === kind)
        .map((denomination) => (
          <DenominationRow
            key={denomination.valueMinor}
            denomination={denomination}
            currency={currency}
            text={texts[String(denomination.valueMinor)] ?? ''}
            onChange={(text) => onChange(String(denomination.valueMinor), text)}
          />
        ))}
    </Stack>
  )
  return (
    <SimpleGrid cols={2} spacing="xl" data-testid="denomination-grid">
      {column('note')}
      {column('coin')}
    </SimpleGrid>
  )
}

function DenominationRow({
  denomination,
  currency,
  text,
  onChange,
}: {
  denomination: Denomination
  currency: Currency
  text: string
  onChange: (text: string) => void
}) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  const count = parseCount(text)
  const label = format.money(denomination.valueMinor, currency)
  return (
    <Group gap="sm" wrap="nowrap" data-testid="denomination" data-value={denomination.valueMinor}>
      <Text w={110} ta="right" fw={600}>
        {label}
        <Text span size="xs" c="dimmed" ml={4}>
          {t(`close.${denomination.kind}`)}
        </Text>
      </Text>
      <Text c="dimmed">×</Text>
      <TextInput
        w={90}
        inputMode="numeric"
        autoComplete="off"
        aria-label={`${t('close.count')} ${label}`}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        onFocus={(event) => event.currentTarget.select()}
        error={count === null ? t('close.badCount') : undefined}
        data-testid="denomination-count"
      />
      <Text w={110} ta="right" c={count ? undefined : 'dimmed'}>
        {format.money((count ?? 0) * denomination.valueMinor, currency)}
      </Text>
    </Group>
  )
}

import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../../shared/domain/money'
import {
  addPart,
  freeCounterLine,
  labourCounterLine,
  type CounterLine,
} from '../../../components/payment/counterLines'
import { CounterLines } from '../../../components/payment/CounterLines'
import { ScanBox } from '../../../components/payment/ScanBox'
import { LabourPicker } from '../estimate/LinePickers'

/** What the counter adds at pickup: a scanned part, a labour item, or a line of its own. */
export function CounterAdditions({
  lines,
  currency,
  showErrors,
  onLinesChange,
}: {
  lines: CounterLine[]
  currency: Currency
  showErrors: boolean
  onLinesChange: (update: (lines: CounterLine[]) => CounterLine[]) => void
}) {
  const { t } = useTranslation('invoices')
  return (
    <Stack gap="xs" data-testid="pickup-additions">
      <Text fw={600} size="sm">
        {t('pickup.addTitle')}
      </Text>
      <Group align="flex-end" gap="xs">
        <ScanBox onPart={(part) => onLinesChange((current) => addPart(current, part, currency))} />
        <LabourPicker
          currency={currency}
          onPick={(item) => onLinesChange((current) => [...current, labourCounterLine(item, currency)])}
        />
        <Button
          variant="default"
          onClick={() => onLinesChange((current) => [...current, freeCounterLine()])}
          data-testid="pickup-add-free"
        >
          {t('pickup.addFree')}
        </Button>
      </Group>
      {lines.length > 0 && (
        <CounterLines
          lines={lines}
          currency={currency}
          showErrors={showErrors}
          onChange={(key, patch) =>
            onLinesChange((current) =>
              current.map((line) => (line.key === key ? { ...line, ...patch } : line)),
            )
          }
          onRemove={(key) => onLinesChange((current) => current.filter((line) => line.key !== key))}
        />
      )}
    </Stack>
  )
}

import { ActionIcon, Badge, Group, Stack, Text, TextInput } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatMinor, type Currency } from '../../../../shared/domain/money'
import { useFormat } from '../format'
import { referencedTenders, type LineFigures, type TenderLine } from './paymentLines'

interface TenderRowProps {
  line: TenderLine
  figures: LineFigures | undefined
  currency: Currency
  /** Focus this row's first field when it appears (a tender button added it). */
  focus: boolean
  onChange: (patch: Partial<TenderLine>) => void
  onRemove: () => void
  onEnter: () => void
}

/** One tender: its amount, for cash what was handed over and the change, else a reference. */
export function TenderRow({ line, figures, currency, focus, onChange, onRemove, onEnter }: TenderRowProps) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    onEnter()
  }
  const shownAmount =
    line.amount ?? (figures?.amountMinor != null ? formatMinor(figures.amountMinor, currency) : '')
  const problem = (key: string | null | undefined) => (key ? t(key) : undefined)
  const cash = line.tender === 'cash'
  // Two rows, so the figures keep their width in the narrow payment panel at 1366 px: the tender
  // and its remove button, then the amount, what was handed over and the change (or a reference).
  const remove = (
    <ActionIcon
      variant="subtle"
      color="gray"
      onClick={onRemove}
      aria-label={t('payment.remove')}
      data-testid="tender-remove"
    >
      ×
    </ActionIcon>
  )
  return (
    <Stack gap={4} data-testid="tender-line" data-tender={line.tender}>
      <Group justify="space-between" wrap="nowrap">
        <Badge size="lg" variant="light">
          {t(`tender.${line.tender}`)}
        </Badge>
        {remove}
      </Group>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <TextInput
          w={120}
          style={{ flexShrink: 0 }}
          label={t('payment.amount', { currency })}
          inputMode="decimal"
          autoComplete="off"
          value={shownAmount}
          onChange={(event) => onChange({ amount: event.currentTarget.value })}
          onKeyDown={enter}
          error={problem(figures?.amountProblem)}
          autoFocus={focus && !cash}
          // A dialog (the pickup) gives its first focus to a marked field, not to its close button.
          data-autofocus={focus && !cash ? true : undefined}
          data-testid="tender-amount"
        />
        {cash ? (
          <>
            <TextInput
              w={120}
              style={{ flexShrink: 0 }}
              label={t('payment.tendered')}
              inputMode="decimal"
              autoComplete="off"
              value={line.tendered}
              onChange={(event) => onChange({ tendered: event.currentTarget.value })}
              onKeyDown={enter}
              error={problem(figures?.tenderedProblem)}
              autoFocus={focus}
              data-autofocus={focus ? true : undefined}
              data-testid="tender-tendered"
            />
            <Stack gap={0} mt={4} miw={0}>
              <Text size="sm" c="dimmed">
                {t('payment.change')}
              </Text>
              <Text
                fz={28}
                style={{ whiteSpace: 'nowrap' }}
                fw={800}
                lh={1.1}
                c={figures?.changeMinor ? 'orange.8' : 'dimmed'}
                data-testid="tender-change"
              >
                {format.money(figures?.changeMinor ?? 0, currency)}
              </Text>
            </Stack>
          </>
        ) : (
          referencedTenders.includes(line.tender) && (
            <TextInput
              flex={1}
              label={t('payment.reference')}
              placeholder={t('payment.referencePlaceholder')}
              autoComplete="off"
              value={line.reference}
              onChange={(event) => onChange({ reference: event.currentTarget.value })}
              onKeyDown={enter}
              data-testid="tender-reference"
            />
          )
        )}
      </Group>
    </Stack>
  )
}

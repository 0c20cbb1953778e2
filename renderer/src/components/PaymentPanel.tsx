import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { paymentTenders } from '../../../shared/contract'
import type { Currency } from '../../../shared/domain/money'
import { useFormat } from './format'
import { addTender, paymentFigures, type TenderLine } from './payment/paymentLines'
import { TenderRow } from './payment/TenderRow'
import { useStoreCredit } from './payment/useStoreCredit'

interface PaymentPanelProps {
  currency: Currency
  totalMinor: number
  /** The intake deposit applied to this invoice (0 for a sale or a later payment). */
  depositMinor: number
  dueMinor: number
  /** Store credit is offered when the customer has some. */
  customerId: string | null
  lines: TenderLine[]
  onLinesChange: (lines: TenderLine[]) => void
  /** Enter in any field of the panel. */
  onConfirm: () => void
  /** Start in the first tender (cash: what was handed over), as a pickup or a later payment opens. */
  autoFocus?: boolean
}

function Figure({
  label,
  value,
  testId,
  strong = false,
}: {
  label: string
  value: string
  testId: string
  strong?: boolean
}) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={strong ? 28 : 20} fw={strong ? 800 : 600} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  )
}

/**
 * How the customer pays, shared by pickup, the counter sale and "take payment": what is due, one
 * or several tenders (the first takes what is left), cash handed over with the change shown large,
 * a reference for card and mobile payments, what stays due or is overpaid, live. Enter confirms.
 */
export function PaymentPanel(props: PaymentPanelProps) {
  const { currency, totalMinor, depositMinor, dueMinor, customerId, lines, onLinesChange, onConfirm } = props
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const storeCredit = useStoreCredit(customerId)
  const [focusKey, setFocusKey] = useState<string | null>(props.autoFocus ? (lines[0]?.key ?? null) : null)
  const figures = paymentFigures(lines, dueMinor, currency, storeCredit)
  const tenders = paymentTenders.filter((tender) => tender !== 'store_credit' || storeCredit > 0)

  const add = (tender: TenderLine['tender']) => {
    const next = addTender(lines, tender, dueMinor, currency)
    setFocusKey(next.at(-1)?.key ?? null)
    onLinesChange(next)
  }
  const change = (key: string, patch: Partial<TenderLine>) =>
    onLinesChange(lines.map((line) => (line.key === key ? { ...line, ...patch } : line)))
  const remove = (key: string) => onLinesChange(lines.filter((line) => line.key !== key))

  return (
    <Card withBorder data-testid="payment-panel">
      <Stack gap="sm">
        <SimpleGrid cols={depositMinor > 0 ? 3 : 2}>
          <Figure
            label={t('payment.total')}
            value={format.money(totalMinor, currency)}
            testId="payment-total"
          />
          {depositMinor > 0 && (
            <Figure
              label={t('payment.deposit')}
              value={format.money(depositMinor, currency)}
              testId="payment-deposit"
            />
          )}
          <Figure
            label={t('payment.due')}
            value={format.money(dueMinor, currency)}
            testId="payment-due"
            strong
          />
        </SimpleGrid>
        {dueMinor <= 0 ? (
          <Alert color="green" variant="light" data-testid="payment-nothing-due">
            {t('payment.nothingDue')}
          </Alert>
        ) : (
          <>
            <Group gap="xs">
              {tenders.map((tender) => (
                <Button
                  key={tender}
                  variant="light"
                  onClick={() => add(tender)}
                  data-testid={`tender-${tender}`}
                >
                  {tender === 'store_credit'
                    ? t('payment.storeCredit', { amount: format.money(storeCredit, currency) })
                    : t(`tender.${tender}`)}
                </Button>
              ))}
            </Group>
            {lines.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('payment.noTender')}
              </Text>
            )}
            {lines.map((line, index) => (
              <TenderRow
                key={line.key}
                line={line}
                figures={figures.lines[index]}
                currency={currency}
                focus={line.key === focusKey}
                onChange={(patch) => change(line.key, patch)}
                onRemove={() => remove(line.key)}
                onEnter={onConfirm}
              />
            ))}
            <Group justify="space-between" data-testid="payment-summary">
              <Text fw={600} data-testid="payment-paying">
                {t('payment.paying', { amount: format.money(figures.paidMinor, currency) })}
              </Text>
              {figures.overMinor > 0 ? (
                <Text c="red" fw={700} data-testid="payment-over">
                  {t('payment.over', { amount: format.money(figures.overMinor, currency) })}
                </Text>
              ) : figures.remainingMinor > 0 ? (
                <Text c="orange.8" fw={700} data-testid="payment-remaining">
                  {t('payment.remaining', { amount: format.money(figures.remainingMinor, currency) })}
                </Text>
              ) : (
                <Text c="green.8" fw={700} data-testid="payment-settled">
                  {t('payment.settled')}
                </Text>
              )}
            </Group>
            {figures.changeMinor > 0 && (
              <Alert color="orange" variant="filled" data-testid="payment-change">
                <Text fz={32} fw={800} lh={1.1}>
                  {t('payment.changeDue', { amount: format.money(figures.changeMinor, currency) })}
                </Text>
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Card>
  )
}

import { Alert, Button, Card, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CustomerSummary } from '../../../../shared/contract'
import { useApi, useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useUnsavedChanges } from '../../components/keys/KeysContext'
import { DrawerClosedNotice } from '../../components/drawer/DrawerClosedNotice'
import { PaymentPanel } from '../../components/PaymentPanel'
import {
  addPart,
  counterLinesValid,
  invoiceDiscountOf,
  toInvoiceLine,
  type CounterLine,
  type DiscountText,
} from '../../components/payment/counterLines'
import { CounterLines } from '../../components/payment/CounterLines'
import { InvoiceDiscountFields } from '../../components/payment/InvoiceDiscountFields'
import { MoneyError } from '../../components/payment/MoneyError'
import { PreviewTotals } from '../../components/payment/PreviewTotals'
import { ScanBox } from '../../components/payment/ScanBox'
import { usePayments } from '../../components/payment/usePayments'
import { PartPicker } from '../tickets/estimate/LinePickers'
import { useCurrency } from '../stock/useStock'
import { CustomerPicker } from './CustomerPicker'

/**
 * A counter sale: scan items (again: one more), or search by name; quantities, prices and discounts
 * with their reason; an optional customer; the payment; Issue prints the receipt and the page is
 * ready for the next sale. Ctrl+Enter issues from anywhere on the page.
 */
export function SalePage() {
  const { t } = useTranslation('invoices')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const currency = useCurrency()
  const [lines, setLines] = useState<CounterLine[]>([])
  const [customer, setCustomer] = useState<CustomerSummary | null>(null)
  const [discount, setDiscount] = useState<DiscountText>({ amount: '', reason: '' })
  useUnsavedChanges(lines.length > 0 || customer !== null)
  const [layout, setLayout] = useState<'80mm' | 'a4'>('80mm')
  const [showErrors, setShowErrors] = useState(false)
  const sell = useApiMutation('invoices.sell')

  const valid = counterLinesValid(lines, currency)
  const invoiceDiscount = invoiceDiscountOf(discount, currency)
  const request = {
    ticketId: null,
    lines: valid ? lines.map((line) => toInvoiceLine(line, currency)) : [],
    invoiceDiscount: invoiceDiscount.value,
  }
  const [debounced] = useDebouncedValue(request, 150)
  const preview = useApi('invoices.preview', debounced, {
    enabled: debounced.lines.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  })
  const shown = lines.length > 0 ? preview.data : undefined
  const due = shown?.dueMinor ?? 0
  const payment = usePayments(due, currency, customer?.id ?? null)

  const change = (key: string, patch: Partial<CounterLine>) =>
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line)))
  const issue = () => {
    setShowErrors(true)
    if (lines.length === 0 || !valid || Object.keys(invoiceDiscount.errors).length > 0) return
    if (!payment.valid || !shown || preview.isFetching) return
    sell.mutate(
      {
        customerId: customer?.id ?? null,
        lines: request.lines,
        invoiceDiscount: invoiceDiscount.value,
        payments: payment.payments,
      },
      {
        onSuccess: (invoice) =>
          void navigate(`/print/invoice/${invoice.id}?layout=${layout}&autoprint=1&back=/sale`),
      },
    )
  }

  // Anywhere on the form (the pickup's dialog included), even in a field: Ctrl+Enter confirms.
  useHotkeys([['mod+Enter', issue]], [])
  return (
    <Stack gap="md" data-testid="sale-page">
      <Title order={1} size="h2">
        {t('sale.title')}
      </Title>
      <DrawerClosedNotice />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Stack gap="sm">
              <Group align="flex-end" gap="sm">
                <ScanBox
                  autoFocus
                  onPart={(part) => setLines((current) => addPart(current, part, currency))}
                />
                <PartPicker
                  currency={currency}
                  onPick={(part) => setLines((current) => addPart(current, part, currency))}
                />
              </Group>
              {lines.length === 0 ? (
                <Text c="dimmed" size="sm" py="lg" ta="center" data-testid="sale-empty">
                  {t('sale.empty')}
                </Text>
              ) : (
                <CounterLines
                  lines={lines}
                  currency={currency}
                  showErrors={showErrors}
                  onChange={change}
                  onRemove={(key) => setLines((current) => current.filter((line) => line.key !== key))}
                />
              )}
              <CustomerPicker value={customer} onChange={setCustomer} />
              <InvoiceDiscountFields value={discount} currency={currency} onChange={setDiscount} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="sm">
            {shown && (
              <Card withBorder>
                <PreviewTotals preview={shown} />
              </Card>
            )}
            {preview.isError && lines.length > 0 && (
              <Alert color="red" variant="light" data-testid="sale-preview-error">
                {errorText(preview.error)}
              </Alert>
            )}
            <PaymentPanel
              currency={currency}
              totalMinor={shown?.totalMinor ?? 0}
              depositMinor={0}
              dueMinor={due}
              customerId={customer?.id ?? null}
              lines={payment.lines}
              onLinesChange={payment.setLines}
              onConfirm={issue}
            />
            <MoneyError error={sell.error} />
            <Group justify="space-between">
              <SegmentedControl
                value={layout}
                onChange={(value) => setLayout(value === 'a4' ? 'a4' : '80mm')}
                data={[
                  { value: '80mm', label: t('print.roll') },
                  { value: 'a4', label: t('print.sheet') },
                ]}
                data-testid="sale-layout"
              />
              <Button
                size="lg"
                onClick={issue}
                loading={sell.isPending}
                disabled={lines.length === 0}
                title={t('sale.issueHint')}
                data-testid="sale-issue"
              >
                {t('sale.issue')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}

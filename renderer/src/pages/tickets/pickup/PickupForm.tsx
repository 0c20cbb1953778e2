import { Alert, Button, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core'
import { useDebouncedValue, useHotkeys } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TicketDetail } from '../../../../../shared/contract'
import { useApi, useApiMutation } from '../../../api/hooks'
import { useErrorText } from '../../../components/errors'
import { useUnsavedChanges } from '../../../components/keys/KeysContext'
import { PaymentPanel } from '../../../components/PaymentPanel'
import {
  counterLinesValid,
  invoiceDiscountOf,
  toInvoiceLine,
  type CounterLine,
  type DiscountText,
} from '../../../components/payment/counterLines'
import { InvoiceDiscountFields } from '../../../components/payment/InvoiceDiscountFields'
import { MoneyError } from '../../../components/payment/MoneyError'
import { PreviewTotals } from '../../../components/payment/PreviewTotals'
import { usePayments } from '../../../components/payment/usePayments'
import { DrawerClosedNotice } from '../../../components/drawer/DrawerClosedNotice'
import { CounterAdditions } from './CounterAdditions'
import { DepositReturn, type DepositReturnTarget } from './DepositReturn'
import { PreviewLines } from './PreviewLines'

/**
 * Pickup at the counter: the ticket's lines (approved work, parts used), anything added now, an
 * invoice discount, the payment; Confirm issues the invoice, takes the payment and marks the ticket
 * collected in one go, then prints the invoice. Ctrl+Enter confirms.
 */
export function PickupForm({ ticket, onCancel }: { ticket: TicketDetail; onCancel: () => void }) {
  const { t } = useTranslation('invoices')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const currency = ticket.currency
  const [lines, setLines] = useState<CounterLine[]>([])
  const [discount, setDiscount] = useState<DiscountText>({ amount: '', reason: '' })
  useUnsavedChanges(lines.length > 0 || discount.amount !== '')
  const [layout, setLayout] = useState<'80mm' | 'a4'>('80mm')
  const [showErrors, setShowErrors] = useState(false)
  const [depositReturn, setDepositReturn] = useState<DepositReturnTarget>('original')
  const pickup = useApiMutation('tickets.pickup')

  const valid = counterLinesValid(lines, currency)
  const invoiceDiscount = invoiceDiscountOf(discount, currency)
  const extraLines = valid ? lines.map((line) => toInvoiceLine(line, currency)) : []
  const [request] = useDebouncedValue(
    { ticketId: ticket.id, lines: extraLines, invoiceDiscount: invoiceDiscount.value },
    150,
  )
  const preview = useApi('invoices.preview', request, { placeholderData: keepPreviousData, retry: false })
  const due = preview.data?.dueMinor ?? 0
  const payment = usePayments(due, currency, ticket.customer.id)

  const confirm = () => {
    setShowErrors(true)
    if (!valid || Object.keys(invoiceDiscount.errors).length > 0 || !payment.valid) return
    if (!preview.data || preview.isFetching) return
    pickup.mutate(
      {
        ticketId: ticket.id,
        version: ticket.version,
        extraLines,
        invoiceDiscount: invoiceDiscount.value,
        payments: payment.payments,
        depositReturn,
      },
      {
        onSuccess: (invoice) =>
          void navigate(
            `/print/invoice/${invoice.id}?layout=${layout}&autoprint=1&back=/tickets/${ticket.id}`,
          ),
      },
    )
  }

  // Anywhere on the form (the pickup's dialog included), even in a field: Ctrl+Enter confirms.
  useHotkeys([['mod+Enter', confirm]], [])
  if (preview.isLoading) return <Loader />
  if (!preview.data)
    return (
      <Alert color="red" variant="light" data-testid="pickup-preview-error">
        {errorText(preview.error)}
      </Alert>
    )
  return (
    <Stack gap="md" data-testid="pickup-form">
      <DrawerClosedNotice />
      <Text size="sm" c="dimmed">
        {t('pickup.who', {
          customer: ticket.customer.name,
          device: `${ticket.device.brand} ${ticket.device.model}`.trim(),
        })}
      </Text>
      {preview.data.warranty && (
        <Alert color="green" variant="light" data-testid="pickup-warranty">
          {t('pickup.warranty')}
        </Alert>
      )}
      <PreviewLines preview={preview.data} />
      <DepositReturn preview={preview.data} value={depositReturn} onChange={setDepositReturn} />
      <CounterAdditions lines={lines} currency={currency} showErrors={showErrors} onLinesChange={setLines} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="sm">
          <InvoiceDiscountFields value={discount} currency={currency} onChange={setDiscount} />
          <PreviewTotals preview={preview.data} />
        </Stack>
        <PaymentPanel
          currency={currency}
          totalMinor={preview.data.totalMinor}
          depositMinor={preview.data.depositMinor}
          dueMinor={due}
          customerId={ticket.customer.id}
          lines={payment.lines}
          onLinesChange={payment.setLines}
          onConfirm={confirm}
          autoFocus
        />
      </SimpleGrid>
      {preview.isError && <MoneyError error={preview.error} />}
      <MoneyError error={pickup.error} />
      <Group justify="space-between">
        <SegmentedControl
          value={layout}
          onChange={(value) => setLayout(value === 'a4' ? 'a4' : '80mm')}
          data={[
            { value: '80mm', label: t('print.roll') },
            { value: 'a4', label: t('print.sheet') },
          ]}
          data-testid="pickup-layout"
        />
        <Group gap="xs">
          <Button variant="default" disabled={pickup.isPending} onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            size="lg"
            color="green"
            onClick={confirm}
            loading={pickup.isPending}
            title={t('pickup.confirmHint')}
            data-testid="pickup-confirm"
          >
            {t('pickup.confirm')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

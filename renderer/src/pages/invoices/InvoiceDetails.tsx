import { Card, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { basisPointsToPercent } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import { SumRow } from '../../components/payment/SumRow'
import { paymentKindKey } from '../../components/payment/depositReturn'

/** The invoice's lines as issued: quantity, price, discount, tax rate, total; what was given back. */
export function InvoiceLinesTable({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, invoice.currency)
  return (
    <Table verticalSpacing={4} data-testid="invoice-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.description')}</Table.Th>
          <Table.Th ta="right">{t('lines.quantity')}</Table.Th>
          <Table.Th ta="right">{t('lines.unitPriceShort')}</Table.Th>
          <Table.Th ta="right">{t('lines.discount')}</Table.Th>
          <Table.Th ta="right">{t('lines.taxRate')}</Table.Th>
          <Table.Th ta="right">{t('lines.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {invoice.lines.map((line) => (
          <Table.Tr key={line.id} data-testid="invoice-line">
            <Table.Td>
              <Text size="sm">{line.description}</Text>
              {line.discountReason !== '' && (
                <Text size="xs" c="dimmed">
                  {t('lines.discountBecause', { reason: line.discountReason })}
                </Text>
              )}
              {line.creditedQuantity > 0 && (
                <Text size="xs" c="grape" data-testid="invoice-line-credited">
                  {t('lines.credited', { count: line.creditedQuantity })}
                </Text>
              )}
              {line.restocked && (
                <Text size="xs" c="dimmed">
                  {t('lines.restocked')}
                </Text>
              )}
              {line.warrantyEnd && (
                <Text size="xs" c="dimmed">
                  {t('lines.warrantyUntil', { date: format.date(line.warrantyEnd) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">{money(line.unitPriceMinor)}</Table.Td>
            <Table.Td ta="right">{line.discountMinor > 0 ? money(-line.discountMinor) : '—'}</Table.Td>
            <Table.Td ta="right">{`${basisPointsToPercent(line.taxRateBp)}%`}</Table.Td>
            <Table.Td ta="right">{money(line.totalMinor)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Net, discount, tax, total, paid, credited and what is still due. */
export function InvoiceTotals({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const currency = invoice.currency
  return (
    <Stack gap={2} miw={280} data-testid="invoice-totals">
      <SumRow label={t('totals.net')} minor={invoice.netMinor} currency={currency} testId="invoice-net" />
      {invoice.discountMinor > 0 && (
        <SumRow
          label={t('totals.discount')}
          minor={-invoice.discountMinor}
          currency={currency}
          testId="invoice-discount"
        />
      )}
      <SumRow label={t('totals.tax')} minor={invoice.taxMinor} currency={currency} testId="invoice-tax" />
      <SumRow
        label={t('totals.total')}
        minor={invoice.totalMinor}
        currency={currency}
        testId="invoice-total"
        strong
      />
      <SumRow
        label={invoice.kind === 'credit_note' ? t('totals.refunded') : t('totals.paid')}
        minor={invoice.paidMinor}
        currency={currency}
        testId="invoice-paid"
      />
      {invoice.creditedMinor > 0 && (
        <SumRow
          label={t('totals.credited')}
          minor={invoice.creditedMinor}
          currency={currency}
          testId="invoice-credited"
        />
      )}
      {invoice.kind === 'invoice' && (
        <SumRow
          label={t('totals.balance')}
          minor={invoice.balanceMinor}
          currency={currency}
          testId="invoice-balance"
          strong
        />
      )}
    </Stack>
  )
}

/** Payments, applied deposits and refunds, with tenders, cash handed over and change. */
export function InvoicePayments({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, invoice.currency)
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('payments.title')}
      </Text>
      {invoice.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('payments.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} data-testid="invoice-payments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payments.when')}</Table.Th>
              <Table.Th>{t('payments.kind')}</Table.Th>
              <Table.Th>{t('payments.tender')}</Table.Th>
              <Table.Th ta="right">{t('payments.amount')}</Table.Th>
              <Table.Th>{t('payments.cash')}</Table.Th>
              <Table.Th>{t('payments.reference')}</Table.Th>
              <Table.Th>{t('payments.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.payments.map((payment) => (
              <Table.Tr key={payment.id} data-testid="invoice-payment" data-tender={payment.tender}>
                <Table.Td>{format.dateTime(payment.createdAt)}</Table.Td>
                <Table.Td>
                  {t(paymentKindKey(payment))}
                  {payment.creditNoteNumber ? ` · ${payment.creditNoteNumber}` : ''}
                </Table.Td>
                <Table.Td>{t(`tender.${payment.tender}`)}</Table.Td>
                <Table.Td ta="right" c={payment.kind === 'refund' ? 'red' : undefined}>
                  {money(payment.kind === 'refund' ? -payment.amountMinor : payment.amountMinor)}
                </Table.Td>
                <Table.Td>
                  {payment.tenderedMinor !== null
                    ? t('payments.tenderedChange', {
                        tendered: money(payment.tenderedMinor),
                        change: money(payment.changeMinor),
                      })
                    : ''}
                </Table.Td>
                <Table.Td>{payment.reference}</Table.Td>
                <Table.Td>{payment.createdByName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}

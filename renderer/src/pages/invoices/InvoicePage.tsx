import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Invoice } from '../../../../shared/contract'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useFormat } from '../../components/format'
import { InvoiceStatusBadge } from '../../components/payment/InvoiceStatusBadge'
import { PageLoader } from '../../components/QueryState'
import { InvoiceLinesTable, InvoicePayments, InvoiceTotals } from './InvoiceDetails'
import { RefundForm } from './RefundForm'
import { TakePayment } from './TakePayment'
import { TaxInvoiceNumber } from './TaxInvoiceNumber'
import { VoidForm } from './VoidForm'

type Dialog = 'pay' | 'refund' | 'void' | null

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

/** Who, which ticket, when and by whom; the original or the credit notes; warranty; the fapiao number. */
function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Field label={t('invoice.customer')}>
          {invoice.customer ? (
            <Anchor component={Link} to={`/customers/${invoice.customer.id}`}>
              {invoice.customer.name}
            </Anchor>
          ) : (
            t('list.walkIn')
          )}
        </Field>
        <Field label={t('invoice.ticket')}>
          {invoice.ticket ? (
            <Anchor component={Link} to={`/tickets/${invoice.ticket.id}`} ff="monospace">
              {invoice.ticket.number}
            </Anchor>
          ) : (
            '—'
          )}
        </Field>
        <Field label={t('invoice.issued')}>
          {t('invoice.issuedBy', { at: format.dateTime(invoice.issuedAt), name: invoice.issuedByName })}
        </Field>
        <Field label={t('invoice.warrantyEnd')}>
          <span data-testid="invoice-warranty-end">{format.date(invoice.warrantyEnd)}</span>
        </Field>
        {invoice.original && (
          <Field label={t('invoice.original')}>
            <Anchor
              component={Link}
              to={`/invoices/${invoice.original.id}`}
              ff="monospace"
              data-testid="invoice-original"
            >
              {invoice.original.number}
            </Anchor>
          </Field>
        )}
        {invoice.creditNotes.length > 0 && (
          <Field label={t('invoice.creditNotes')}>
            <Stack gap={0} data-testid="invoice-credit-notes">
              {invoice.creditNotes.map((note) => (
                <Anchor key={note.id} component={Link} to={`/invoices/${note.id}`} ff="monospace">
                  {note.number} · {format.money(note.totalMinor, invoice.currency)}
                </Anchor>
              ))}
            </Stack>
          </Field>
        )}
        {invoice.reason !== '' && <Field label={t('invoice.reason')}>{invoice.reason}</Field>}
        <Field label={t('invoice.taxInvoiceNumber')}>
          <TaxInvoiceNumber invoice={invoice} />
        </Field>
        {invoice.note !== '' && <Field label={t('invoice.note')}>{invoice.note}</Field>}
      </SimpleGrid>
    </Card>
  )
}

/** One invoice or credit note: lines, totals, payments, and what can be done with it. */
export function InvoicePage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('invoices')
  const navigate = useNavigate()
  const errorText = useErrorText()
  const found = useApi('invoices.get', { id })
  const [dialog, setDialog] = useState<Dialog>(null)
  if (found.isLoading) return <PageLoader />
  if (!found.data)
    return (
      <Alert color="red" title={t('invoice.notFound')}>
        {errorText(found.error)}
      </Alert>
    )
  const invoice = found.data
  const isInvoice = invoice.kind === 'invoice' && !invoice.isVoid
  const reprint = (layout: '80mm' | 'a4') =>
    void navigate(`/print/invoice/${invoice.id}?layout=${layout}&autoprint=1&back=/invoices/${invoice.id}`)
  const closeAndOpen = (creditNoteId: string | null) => {
    setDialog(null)
    if (creditNoteId) void navigate(`/invoices/${creditNoteId}`)
  }
  return (
    <Stack gap="md" maw={1100} data-testid="invoice-page">
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1} size="h2" ff="monospace" data-testid="invoice-number">
            {invoice.number}
          </Title>
          <Badge
            variant="outline"
            color={invoice.kind === 'credit_note' ? 'grape' : 'blue'}
            data-testid="invoice-kind"
          >
            {t(`kind.${invoice.kind}`)}
          </Badge>
          {/* A credit note's kind already says what it is. */}
          {invoice.paymentStatus !== 'credit' && (
            <InvoiceStatusBadge status={invoice.paymentStatus} size="lg" />
          )}
        </Group>
        <Group gap="xs">
          {isInvoice && invoice.balanceMinor > 0 && (
            <Button color="green" onClick={() => setDialog('pay')} data-testid="invoice-take-payment">
              {t('invoice.takePayment')}
            </Button>
          )}
          {isInvoice && invoice.paymentStatus !== 'voided' && (
            <Button
              variant="light"
              color="grape"
              onClick={() => setDialog('refund')}
              data-testid="invoice-refund"
            >
              {t('invoice.refund')}
            </Button>
          )}
          {isInvoice && invoice.creditNotes.length === 0 && (
            <Button variant="light" color="red" onClick={() => setDialog('void')} data-testid="invoice-void">
              {t('invoice.void')}
            </Button>
          )}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" data-testid="invoice-reprint">
                {t('invoice.reprint')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => reprint('80mm')} data-testid="invoice-reprint-80mm">
                {t('print.roll')}
              </Menu.Item>
              <Menu.Item onClick={() => reprint('a4')} data-testid="invoice-reprint-a4">
                {t('print.sheet')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {invoice.paymentStatus === 'voided' && (
        <Alert color="gray" variant="filled" data-testid="invoice-voided">
          {t('invoice.voided')}
        </Alert>
      )}
      <InvoiceFacts invoice={invoice} />
      <Card withBorder>
        <InvoiceLinesTable invoice={invoice} />
        <Group justify="flex-end" mt="sm">
          <InvoiceTotals invoice={invoice} />
        </Group>
      </Card>
      <InvoicePayments invoice={invoice} />
      <Modal
        opened={dialog === 'pay'}
        onClose={() => setDialog(null)}
        title={t('invoice.takePayment')}
        size="xl"
      >
        {dialog === 'pay' && <TakePayment invoice={invoice} onDone={() => setDialog(null)} />}
      </Modal>
      <Modal
        opened={dialog === 'refund'}
        onClose={() => setDialog(null)}
        title={t('refund.title', { number: invoice.number })}
        size="xl"
      >
        {dialog === 'refund' && <RefundForm invoice={invoice} onDone={closeAndOpen} />}
      </Modal>
      <Modal
        opened={dialog === 'void'}
        onClose={() => setDialog(null)}
        title={t('void.title', { number: invoice.number })}
      >
        {dialog === 'void' && <VoidForm invoice={invoice} onDone={closeAndOpen} />}
      </Modal>
    </Stack>
  )
}

import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Invoice, Settings, TicketDetail } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { ReceiptBarcodes, type TicketBarcodes } from '../ReceiptBarcodes'
import { ReceiptTerms } from '../ReceiptTerms'
import { deviceName, formatPhone, type ReceiptLayout } from '../receiptLines'
import { Fact, FactSection } from '../shared/Facts'
import receipt from '../receipt.module.css'
import { InvoiceLines } from './InvoiceLines'
import { InvoicePaymentsPrint, InvoiceSums } from './InvoiceMoney'

interface InvoiceDocumentProps {
  invoice: Invoice
  settings: Settings
  /** The repair the invoice is for, when it has one (its device prints). */
  ticket: TicketDetail | null
  barcodes: TicketBarcodes
  layout: ReceiptLayout
  ref?: Ref<HTMLElement>
}

function Header({ invoice, settings }: { invoice: Invoice; settings: Settings }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  return (
    <div>
      <h1 className={receipt.outletName}>{settings.outletName}</h1>
      {settings.address !== '' && <p className={receipt.outletContact}>{settings.address}</p>}
      {settings.phone !== '' && (
        <p className={receipt.outletContact}>{t('print:outletPhone', { phone: settings.phone })}</p>
      )}
      <p className={receipt.title}>
        {t(invoice.kind === 'credit_note' ? 'print.creditNoteTitle' : 'print.invoiceTitle')}
      </p>
      <p className={receipt.number} data-testid="invoice-print-number">
        {invoice.number}
      </p>
      <p>{t('print.issuedAt', { time: format.dateTime(invoice.issuedAt) })}</p>
      <p>{t('print.issuedBy', { name: invoice.issuedByName })}</p>
      {invoice.isVoid && <p className={receipt.priority}>{t('status.voided')}</p>}
    </div>
  )
}

/** The customer, the repair and its device; for a credit note, the invoice it corrects and why. */
function InvoiceFacts({ invoice, ticket }: { invoice: Invoice; ticket: TicketDetail | null }) {
  const { t } = useTranslation('invoices')
  return (
    <>
      {invoice.customer && (
        <FactSection title={t('print:sections.customer')}>
          <Fact label={t('common:customer.name')}>{invoice.customer.name}</Fact>
          <Fact label={t('common:customer.phone')}>
            {invoice.customer.phones.map(formatPhone).join(' / ')}
          </Fact>
        </FactSection>
      )}
      {invoice.ticket && (
        <FactSection title={t('print.repair')}>
          <Fact label={t('print.ticket')}>{invoice.ticket.number}</Fact>
          {ticket && <Fact label={t('print:sections.device')}>{deviceName(ticket.device)}</Fact>}
          {ticket && ticket.device.serial !== '' && (
            <Fact label={t('common:device.serial')}>{ticket.device.serial}</Fact>
          )}
        </FactSection>
      )}
      {invoice.original && (
        <FactSection title={t('print.correction')} wide>
          <Fact label={t('print.originalInvoice')}>
            <span className={receipt.emphasis}>{invoice.original.number}</span>
          </Fact>
          {invoice.reason !== '' && <Fact label={t('invoice.reason')}>{invoice.reason}</Fact>}
        </FactSection>
      )}
    </>
  )
}

/** Our repair warranty's end and the official tax invoice (fapiao) number, when there are any. */
function WarrantyAndTax({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  if (!invoice.warrantyEnd && !invoice.taxInvoiceNumber) return null
  return (
    <FactSection title={t('print.after')} wide testId="invoice-print-warranty">
      {invoice.warrantyEnd && (
        <Fact label={t('print.warrantyEnd')}>
          <span className={receipt.emphasis}>{format.date(invoice.warrantyEnd)}</span>
        </Fact>
      )}
      {invoice.taxInvoiceNumber && (
        <Fact label={t('invoice.taxInvoiceNumber')}>{invoice.taxInvoiceNumber}</Fact>
      )}
    </FactSection>
  )
}

/**
 * The invoice or credit note the customer takes: plain HTML in the receipt's look (its CSS module
 * and named pages), one column on an 80 mm roll, two on A4.
 */
export function InvoiceDocument({ invoice, settings, ticket, barcodes, layout, ref }: InvoiceDocumentProps) {
  const { t, i18n } = useTranslation('invoices')
  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${receipt.receipt} ${layout === 'a4' ? receipt.sheet : receipt.roll}`}
      data-testid="invoice-print"
      data-layout={layout}
    >
      <header className={receipt.top}>
        <Header invoice={invoice} settings={settings} />
        <ReceiptBarcodes barcodes={barcodes} />
      </header>
      <div className={receipt.facts}>
        <InvoiceFacts invoice={invoice} ticket={ticket} />
        <InvoiceLines invoice={invoice} layout={layout} />
        <InvoiceSums invoice={invoice} layout={layout} />
        <InvoicePaymentsPrint invoice={invoice} />
        <WarrantyAndTax invoice={invoice} />
      </div>
      <ReceiptTerms text={settings.receiptTerms} />
      <p className={receipt.footer}>{t('print.thanks')}</p>
    </article>
  )
}

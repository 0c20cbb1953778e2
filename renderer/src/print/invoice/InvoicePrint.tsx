import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useShopLanguage } from '../../components/useShopLanguage'
import { useTicketBarcodes } from '../ReceiptBarcodes'
import { RollPrintPage } from '../shared/RollPrintPage'
import { InvoiceDocument } from './InvoiceDocument'

/** Only a path inside the app: `back` comes from the address, so anything else goes to the invoice. */
function backPath(back: string | null, invoiceId: string): string {
  return back && /^\/[\w/-]*$/.test(back) ? back : `/invoices/${invoiceId}`
}

/**
 * `#/print/invoice/:id?layout=80mm|a4&back=/tickets/…`: the invoice or credit note (see
 * RollPrintPage). Pickup and the sale come here right after issuing, and go back where they were.
 */
export function InvoicePrint() {
  const { t } = useTranslation('invoices')
  const { id = '' } = useParams()
  const [search] = useSearchParams()
  const invoice = usePrintApi('invoices.get', { id }, { retry: false })
  const ticketId = invoice.data?.ticket?.id ?? null
  const ticket = usePrintApi(
    'tickets.get',
    { id: ticketId ?? '' },
    { enabled: ticketId !== null, retry: false },
  )
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const barcodes = useTicketBarcodes(invoice.data?.number)
  const ticketReady = ticketId === null || ticket.data !== undefined || ticket.isError
  const number = invoice.data?.number
  return (
    <RollPrintPage
      backTo={backPath(search.get('back'), id)}
      documentTitle={number ? t('print.documentTitle', { number }) : null}
      drawn={Boolean(invoice.data && settings.data && barcodes && localeReady && ticketReady)}
      error={invoice.error ?? settings.error}
      errorTitle={t('print.problem')}
    >
      {(ref, options) =>
        invoice.data &&
        settings.data &&
        barcodes && (
          <InvoiceDocument
            ref={ref}
            invoice={invoice.data}
            settings={settings.data}
            ticket={ticket.data ?? null}
            barcodes={barcodes}
            layout={options.layout}
          />
        )
      }
    </RollPrintPage>
  )
}

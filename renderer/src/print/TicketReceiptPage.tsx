import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { usePrintApi } from './shared/usePrintApi'
import { useShopLanguage } from '../components/useShopLanguage'
import { useTicketBarcodes } from './ReceiptBarcodes'
import { ServiceReceipt } from './ServiceReceipt'
import { RollPrintPage } from './shared/RollPrintPage'

/** `#/print/ticket/:id?layout=80mm|a4`: the service receipt of one ticket (see RollPrintPage). */
export function TicketReceiptPage() {
  const { t } = useTranslation('print')
  const { id = '' } = useParams()
  const ticket = usePrintApi('tickets.get', { id })
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const barcodes = useTicketBarcodes(ticket.data?.number)
  const number = ticket.data?.number
  return (
    <RollPrintPage
      backTo={`/tickets/${id}`}
      documentTitle={number ? t('documentTitle', { number }) : null}
      drawn={Boolean(ticket.data && settings.data && barcodes && localeReady)}
      error={ticket.error ?? settings.error}
      errorTitle={t('problem')}
    >
      {(ref, options) =>
        ticket.data &&
        settings.data &&
        barcodes && (
          <ServiceReceipt
            ref={ref}
            ticket={ticket.data}
            settings={settings.data}
            barcodes={barcodes}
            layout={options.layout}
          />
        )
      }
    </RollPrintPage>
  )
}

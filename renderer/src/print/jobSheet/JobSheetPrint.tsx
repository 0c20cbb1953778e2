import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useShopLanguage } from '../../components/useShopLanguage'
import { useTicketBarcodes } from '../ReceiptBarcodes'
import { RollPrintPage } from '../shared/RollPrintPage'
import { JobSheet } from './JobSheet'

/** `#/print/job/:id?layout=80mm|a4`: the technician's job sheet (see RollPrintPage). */
export function JobSheetPrint() {
  const { t } = useTranslation('print')
  const { id = '' } = useParams()
  const ticket = usePrintApi('tickets.get', { id }, { retry: false })
  const settings = usePrintApi('settings.get', {})
  const estimates = usePrintApi('estimates.forTicket', { ticketId: id }, { retry: false })
  const parts = usePrintApi('ticketParts.list', { ticketId: id }, { retry: false })
  const localeReady = useShopLanguage(settings.data)
  const barcodes = useTicketBarcodes(ticket.data?.number)
  const number = ticket.data?.number
  return (
    <RollPrintPage
      backTo={`/tickets/${id}`}
      documentTitle={number ? t('jobSheet.documentTitle', { number }) : null}
      drawn={Boolean(ticket.data && settings.data && estimates.data && parts.data && barcodes && localeReady)}
      error={ticket.error ?? settings.error ?? estimates.error ?? parts.error}
      errorTitle={t('jobSheet.problem')}
    >
      {(ref, options) =>
        ticket.data &&
        settings.data &&
        estimates.data &&
        parts.data &&
        barcodes && (
          <JobSheet
            ref={ref}
            ticket={ticket.data}
            settings={settings.data}
            estimates={estimates.data}
            parts={parts.data}
            barcodes={barcodes}
            layout={options.layout}
          />
        )
      }
    </RollPrintPage>
  )
}

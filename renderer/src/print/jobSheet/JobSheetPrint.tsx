import { Alert, Loader } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useApi } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { useShopLanguage } from '../../components/useShopLanguage'
import { ReceiptToolbar } from '../ReceiptToolbar'
import { useTicketBarcodes } from '../ReceiptBarcodes'
import { parseReceiptOptions, type ReceiptLayout } from '../receiptLines'
import { useReceiptReady } from '../useReceiptReady'
import receipt from '../receipt.module.css'
import { JobSheet } from './JobSheet'

/**
 * `#/print/job/:id?layout=80mm|a4`: the technician's job sheet, as the receipt view prints: a toolbar
 * in a browser (not printed), `autoprint=1` opens the print dialog once the sheet is drawn, and
 * `document.body.dataset.ready` says when it is (tests print to PDF then).
 */
export function JobSheetPrint() {
  const { t } = useTranslation('print')
  const errorText = useErrorText()
  const { id = '' } = useParams()
  const [search, setSearch] = useSearchParams()
  const options = parseReceiptOptions(search)

  const ticket = useApi('tickets.get', { id }, { retry: false })
  const settings = useApi('settings.get', {})
  const estimates = useApi('estimates.forTicket', { ticketId: id }, { retry: false })
  const parts = useApi('ticketParts.list', { ticketId: id }, { retry: false })
  const localeReady = useShopLanguage(settings.data)
  const barcodes = useTicketBarcodes(ticket.data?.number)
  const error = ticket.error ?? settings.error ?? estimates.error ?? parts.error

  const sheet = useRef<HTMLElement>(null)
  const drawn = Boolean(
    ticket.data && settings.data && estimates.data && parts.data && barcodes && localeReady,
  )
  const { ready, rollLengthMm } = useReceiptReady(sheet, { drawn, failed: error !== null }, options)

  // A browser names a saved PDF after the page title.
  const number = ticket.data?.number
  useEffect(() => {
    if (!number) return
    const previous = document.title
    document.title = t('jobSheet.documentTitle', { number })
    return () => {
      document.title = previous
    }
  }, [number, t])

  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(`/tickets/${id}`)]], [], !options.native)

  const changeLayout = (layout: ReceiptLayout) => {
    const next = new URLSearchParams(search)
    next.set('layout', layout)
    next.delete('autoprint')
    setSearch(next, { replace: true })
  }

  return (
    <div className={receipt.desk}>
      {!options.native && (
        <ReceiptToolbar ticketId={id} layout={options.layout} onLayoutChange={changeLayout} ready={ready} />
      )}
      {/* The roll is cut to the sheet's length, measured once its fonts are in. */}
      {rollLengthMm !== null && (
        <style>{`@page service-receipt-roll { size: 80mm ${rollLengthMm}mm; }`}</style>
      )}
      {error ? (
        <Alert className={receipt.notice} color="red" title={t('jobSheet.problem')} data-testid="print-error">
          {errorText(error)}
        </Alert>
      ) : drawn && ticket.data && settings.data && estimates.data && parts.data && barcodes ? (
        <div className={receipt.paper}>
          <JobSheet
            ref={sheet}
            ticket={ticket.data}
            settings={settings.data}
            estimates={estimates.data}
            parts={parts.data}
            barcodes={barcodes}
            layout={options.layout}
          />
        </div>
      ) : (
        <Loader aria-label={t('jobSheet.loading')} />
      )}
    </div>
  )
}

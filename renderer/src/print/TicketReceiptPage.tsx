import { Alert, Loader } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useApi } from '../api/hooks'
import { useErrorText } from '../components/errors'
import { ReceiptToolbar } from './ReceiptToolbar'
import { useTicketBarcodes } from './ReceiptBarcodes'
import { parseReceiptOptions, type ReceiptLayout } from './receiptLines'
import { ServiceReceipt } from './ServiceReceipt'
import { useShopLanguage } from '../components/useShopLanguage'
import { useReceiptReady } from './useReceiptReady'
import classes from './receipt.module.css'

/**
 * `#/print/ticket/:id?layout=80mm|a4`: the service receipt of one ticket.
 * In a browser it shows a toolbar (paper, print, back) that does not print; `autoprint=1` opens the
 * print dialog once the receipt is drawn. With `native=1` the desktop app has loaded it in a hidden
 * window: no toolbar, no dialog; the app prints when `document.body.dataset.ready` is '1'.
 */
export function TicketReceiptPage() {
  const { t } = useTranslation('print')
  const errorText = useErrorText()
  const { id = '' } = useParams()
  const [search, setSearch] = useSearchParams()
  const options = parseReceiptOptions(search)

  const ticket = useApi('tickets.get', { id })
  const settings = useApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const barcodes = useTicketBarcodes(ticket.data?.number)
  const error = ticket.error ?? settings.error

  const receipt = useRef<HTMLElement>(null)
  const drawn = Boolean(ticket.data && settings.data && barcodes && localeReady)
  const { ready, rollLengthMm } = useReceiptReady(receipt, { drawn, failed: error !== null }, options)

  // A browser names a saved PDF after the page title.
  const number = ticket.data?.number
  useEffect(() => {
    if (!number) return
    const previous = document.title
    document.title = t('documentTitle', { number })
    return () => {
      document.title = previous
    }
  }, [number, t])

  // Escape returns to the ticket, as the toolbar's back link does: the counter stays on the keyboard.
  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(`/tickets/${id}`)]], [], !options.native)

  const changeLayout = (layout: ReceiptLayout) => {
    const next = new URLSearchParams(search)
    next.set('layout', layout)
    next.delete('autoprint')
    setSearch(next, { replace: true })
  }

  return (
    <div className={classes.desk}>
      {!options.native && (
        <ReceiptToolbar ticketId={id} layout={options.layout} onLayoutChange={changeLayout} ready={ready} />
      )}
      {/* The roll is cut to the receipt's length, measured once its fonts are in. */}
      {rollLengthMm !== null && (
        <style>{`@page service-receipt-roll { size: 80mm ${rollLengthMm}mm; }`}</style>
      )}
      {error ? (
        <Alert className={classes.notice} color="red" title={t('problem')}>
          {errorText(error)}
        </Alert>
      ) : drawn && ticket.data && settings.data && barcodes ? (
        <div className={classes.paper}>
          <ServiceReceipt
            ref={receipt}
            ticket={ticket.data}
            settings={settings.data}
            barcodes={barcodes}
            layout={options.layout}
          />
        </div>
      ) : (
        <Loader aria-label={t('loading')} />
      )}
    </div>
  )
}

import { Alert, Loader } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { useErrorText } from '../../components/errors'
import { ReceiptToolbar } from '../ReceiptToolbar'
import { parseReceiptOptions, type ReceiptLayout, type ReceiptOptions } from '../receiptLines'
import { useReceiptReady } from '../useReceiptReady'
import classes from '../receipt.module.css'

interface RollPrintPageProps {
  /** Where the toolbar's back link and Escape go. */
  backTo: string
  /** The page title while shown: a browser names a saved PDF after it. */
  documentTitle: string | null
  /** Everything the document needs has loaded (data, barcodes, the shop's language). */
  drawn: boolean
  error: unknown
  errorTitle: string
  /** Draws the document into `ref` (the element measured for the 80 mm roll's length). */
  children: (ref: RefObject<HTMLElement | null>, options: ReceiptOptions) => ReactNode
}

/**
 * The frame of every document printed on an 80 mm roll or A4 (`?layout=80mm|a4`): in a browser a
 * toolbar (paper, print, back) that does not print, `autoprint=1` opens the print dialog once the
 * document is drawn, Escape goes back; with `native=1` the desktop app prints it in a hidden window
 * when `document.body.dataset.ready` is '1'. The roll is cut to the document's measured length.
 */
export function RollPrintPage({
  backTo,
  documentTitle,
  drawn,
  error,
  errorTitle,
  children,
}: RollPrintPageProps) {
  const { t } = useTranslation('print')
  const errorText = useErrorText()
  const [search, setSearch] = useSearchParams()
  const options = parseReceiptOptions(search)
  const documentRef = useRef<HTMLElement>(null)
  const failed = error !== null && error !== undefined
  const { ready, rollLengthMm } = useReceiptReady(documentRef, { drawn, failed }, options)

  useEffect(() => {
    if (!documentTitle) return
    const previous = document.title
    document.title = documentTitle
    return () => {
      document.title = previous
    }
  }, [documentTitle])

  // Escape returns, as the toolbar's back link does: the counter stays on the keyboard.
  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(backTo)]], [], !options.native)

  const changeLayout = (layout: ReceiptLayout) => {
    const next = new URLSearchParams(search)
    next.set('layout', layout)
    next.delete('autoprint')
    setSearch(next, { replace: true })
  }

  return (
    <div className={classes.desk}>
      {!options.native && (
        <ReceiptToolbar backTo={backTo} layout={options.layout} onLayoutChange={changeLayout} ready={ready} />
      )}
      {rollLengthMm !== null && (
        <style>{`@page service-receipt-roll { size: 80mm ${rollLengthMm}mm; }`}</style>
      )}
      {failed ? (
        <Alert className={classes.notice} color="red" title={errorTitle} data-testid="print-error">
          {errorText(error)}
        </Alert>
      ) : drawn ? (
        <div className={classes.paper}>{children(documentRef, options)}</div>
      ) : (
        <Loader aria-label={t('loading')} />
      )}
    </div>
  )
}

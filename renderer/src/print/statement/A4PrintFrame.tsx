import { Alert, Button, Group, Loader, Paper } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef, type ReactNode, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { useErrorText } from '../../components/errors'
import { usePrintReady } from '../stockReport/usePrintReady'
import receipt from '../receipt.module.css'
import classes from './a4.module.css'

interface A4PrintFrameProps {
  /** Where the toolbar's back link and Escape go. */
  backTo: string
  /** The page title while shown: a browser names a saved PDF after it. */
  documentTitle: string | null
  /** Everything the document needs has loaded (data, the shop's language). */
  drawn: boolean
  error: unknown
  errorTitle: string
  children: (ref: RefObject<HTMLElement | null>) => ReactNode
}

/**
 * The frame of a document printed on A4 only (a statement, the sales report): in a browser a toolbar
 * (back, print) that does not print, `autoprint=1` opens the print dialog once the document is drawn
 * with its fonts, Escape goes back; with `native=1` the desktop app prints it when
 * `document.body.dataset.ready` is '1'. The 80 mm frame (RollPrintPage) offers a paper choice these
 * documents do not have.
 */
export function A4PrintFrame({
  backTo,
  documentTitle,
  drawn,
  error,
  errorTitle,
  children,
}: A4PrintFrameProps) {
  const { t } = useTranslation('sales')
  const errorText = useErrorText()
  const [search] = useSearchParams()
  const native = search.get('native') === '1'
  const autoPrint = !native && search.get('autoprint') === '1'
  const documentRef = useRef<HTMLElement>(null)
  const failed = error !== null && error !== undefined
  const ready = usePrintReady(documentRef, { drawn, failed, autoPrint })

  useEffect(() => {
    if (!documentTitle) return
    const previous = document.title
    document.title = documentTitle
    return () => {
      document.title = previous
    }
  }, [documentTitle])

  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(backTo)]], [], !native)

  return (
    <div className={receipt.desk}>
      {!native && (
        <Paper className={`${receipt.toolbar} ${classes.toolbar}`} p="xs" withBorder>
          <Group justify="space-between">
            <Button component={Link} to={backTo} variant="subtle" data-testid="print-back">
              {t('print.back')}
            </Button>
            <Button onClick={() => window.print()} disabled={!ready} data-testid="print-document">
              {t('print.print')}
            </Button>
          </Group>
        </Paper>
      )}
      {failed ? (
        <Alert className={receipt.notice} color="red" title={errorTitle} data-testid="print-error">
          {errorText(error)}
        </Alert>
      ) : drawn ? (
        <div className={`${receipt.paper} ${classes.paper}`}>{children(documentRef)}</div>
      ) : (
        <Loader aria-label={t('print.loading')} />
      )}
    </div>
  )
}

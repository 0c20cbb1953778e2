import { Alert, Button, Group, Loader, Paper } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useErrorText } from '../../components/errors'
import { useShopLanguage } from '../../components/useShopLanguage'
import { usePrintReady } from '../stockReport/usePrintReady'
import { PurchaseOrderSheet } from './PurchaseOrderSheet'
import classes from './purchaseOrder.module.css'

/**
 * `#/print/purchase-order/:id`: the order on A4 for the supplier. In a browser a toolbar (not printed)
 * leads back; `autoprint=1` opens the print dialog once the sheet is drawn; `native=1` hides the
 * toolbar for the desktop app, which prints when `document.body.dataset.ready` is '1'.
 */
export function PurchaseOrderPrint() {
  const { t } = useTranslation('purchasing')
  const errorText = useErrorText()
  const { id = '' } = useParams()
  const [search] = useSearchParams()
  const native = search.get('native') === '1'
  const autoPrint = !native && search.get('autoprint') === '1'

  const order = usePrintApi('purchaseOrders.get', { id }, { retry: false })
  const supplierId = order.data?.supplierId ?? ''
  const supplier = usePrintApi(
    'suppliers.get',
    { id: supplierId },
    { enabled: supplierId !== '', retry: false },
  )
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const error = order.error ?? supplier.error ?? settings.error
  const sheet = useRef<HTMLElement>(null)
  const drawn = Boolean(order.data && supplier.data && settings.data && localeReady)
  const ready = usePrintReady(sheet, { drawn, failed: error !== null, autoPrint })
  const back = `/purchase-orders/${id}`

  // A browser names a saved PDF after the page title.
  const title = order.data ? t('print.documentTitle', { number: order.data.number }) : null
  useEffect(() => {
    if (!title) return
    const previous = document.title
    document.title = title
    return () => {
      document.title = previous
    }
  }, [title])

  const navigate = useNavigate()
  useHotkeys([['Escape', () => void navigate(back)]], [], !native)

  return (
    <div className={classes.desk}>
      {!native && (
        <Paper className={classes.toolbar} p="xs" withBorder>
          <Group justify="space-between">
            <Button component={Link} to={back} variant="subtle" data-testid="print-back">
              {t('print.back')}
            </Button>
            <Button onClick={() => window.print()} disabled={!ready} data-testid="print-po">
              {t('print.print')}
            </Button>
          </Group>
        </Paper>
      )}
      {error ? (
        <Alert className={classes.notice} color="red" title={t('print.problem')} data-testid="print-error">
          {errorText(error)}
        </Alert>
      ) : drawn && order.data && supplier.data && settings.data ? (
        <div className={classes.paper}>
          <PurchaseOrderSheet
            ref={sheet}
            order={order.data}
            supplier={supplier.data.supplier}
            settings={settings.data}
          />
        </div>
      ) : (
        <Loader aria-label={t('print.loading')} />
      )}
    </div>
  )
}

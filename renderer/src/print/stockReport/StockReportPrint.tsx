import { Alert, Button, Group, Loader, Paper } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useErrorText } from '../../components/errors'
import { useShopLanguage } from '../../components/useShopLanguage'
import { periodLabel, periodOfInstants } from '../../pages/reports/period'
import { StockReportSheet } from './StockReportSheet'
import { usePrintReady } from './usePrintReady'
import classes from './stockReport.module.css'

/**
 * `#/print/stock-report?from=…&to=…&category=…[&lines=all]`: the stock report of a period (UTC
 * instants, as the contract takes them) on A4 landscape; the parts that moved, or all of them. In a browser it shows a toolbar that does not print;
 * `autoprint=1` opens the print dialog once the sheet is drawn; `native=1` hides the toolbar for the
 * desktop app, which prints when `document.body.dataset.ready` is '1'.
 */
export function StockReportPrint() {
  const { t } = useTranslation('reports')
  const errorText = useErrorText()
  const [search] = useSearchParams()
  const from = search.get('from') ?? ''
  const to = search.get('to') ?? ''
  const category = search.get('category') ?? ''
  const showUnchanged = search.get('lines') === 'all'
  const native = search.get('native') === '1'
  const autoPrint = !native && search.get('autoprint') === '1'

  const report = usePrintApi('reports.stock', { from, to, category }, { retry: false })
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const error = report.error ?? settings.error
  const sheet = useRef<HTMLElement>(null)
  const drawn = Boolean(report.data && settings.data && localeReady)
  const ready = usePrintReady(sheet, { drawn, failed: error !== null, autoPrint })

  const days = report.data ? periodOfInstants(report.data.from, report.data.to) : null
  const back = days
    ? `/reports/stock?${new URLSearchParams({
        start: days.start,
        end: days.end,
        ...(category ? { category } : {}),
        ...(showUnchanged ? { lines: 'all' } : {}),
      }).toString()}`
    : '/reports/stock'

  // A browser names a saved PDF after the page title.
  const title = days ? t('print.documentTitle', { period: periodLabel(days) }) : null
  useEffect(() => {
    if (!title) return
    const previous = document.title
    document.title = title
    return () => {
      document.title = previous
    }
  }, [title])

  // Escape returns to the report, as the toolbar's back link does.
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
            <Button onClick={() => window.print()} disabled={!ready} data-testid="print-report">
              {t('print.print')}
            </Button>
          </Group>
        </Paper>
      )}
      {error ? (
        <Alert className={classes.notice} color="red" title={t('print.problem')} data-testid="print-error">
          {errorText(error)}
        </Alert>
      ) : drawn && report.data && settings.data ? (
        <div className={classes.paper}>
          <StockReportSheet
            ref={sheet}
            report={report.data}
            settings={settings.data}
            category={category}
            showUnchanged={showUnchanged}
          />
        </div>
      ) : (
        <Loader aria-label={t('print.loading')} />
      )}
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { usePrintApi } from '../shared/usePrintApi'
import { useShopLanguage } from '../../components/useShopLanguage'
import { RollPrintPage } from '../shared/RollPrintPage'
import { ZReportSheet } from './ZReportSheet'

/** `#/print/z/:sessionId?layout=80mm|a4`: the Z report of a drawer session (see RollPrintPage). */
export function ZReportPrint() {
  const { t } = useTranslation('drawer')
  const { sessionId = '' } = useParams()
  const report = usePrintApi('reports.z', { sessionId }, { retry: false })
  const settings = usePrintApi('settings.get', {})
  const localeReady = useShopLanguage(settings.data)
  const number = report.data?.sessionNumber
  return (
    <RollPrintPage
      backTo="/drawer"
      documentTitle={number ? t('report.documentTitle', { number }) : null}
      drawn={Boolean(report.data && settings.data && localeReady)}
      error={report.error ?? settings.error}
      errorTitle={t('report.problem')}
    >
      {(ref, options) =>
        report.data &&
        settings.data && (
          <ZReportSheet ref={ref} report={report.data} settings={settings.data} layout={options.layout} />
        )
      }
    </RollPrintPage>
  )
}

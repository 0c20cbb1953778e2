import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, ZReport } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import type { ReceiptLayout } from '../receiptLines'
import { FactSection } from '../shared/Facts'
import receipt from '../receipt.module.css'
import { useZReportSections, type ZReportRow } from './zReportSections'
import classes from './zReport.module.css'

interface ZReportSheetProps {
  report: ZReport
  settings: Settings
  layout: ReceiptLayout
  ref?: Ref<HTMLElement>
}

/** The printed Z report: the shop, the session and its times, then the day's figures section by section. */
export function ZReportSheet({ report, settings, layout, ref }: ZReportSheetProps) {
  const { t, i18n } = useTranslation('drawer')
  const format = useFormat()
  const sections = useZReportSections()(report)
  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${receipt.receipt} ${layout === 'a4' ? receipt.sheet : receipt.roll} ${classes.report}`}
      data-testid="z-report-print"
      data-layout={layout}
    >
      <header>
        <h1 className={receipt.outletName}>{settings.outletName}</h1>
        <p className={receipt.title}>{t('report.title')}</p>
        <p className={receipt.number} data-testid="z-print-number">
          {report.sessionNumber}
        </p>
        <p>
          {t('report.openedAt')} {format.dateTime(report.openedAt)} · {report.openedByName}
        </p>
        <p className={receipt.emphasis}>
          {report.frozen
            ? t('report.frozen', { time: format.dateTime(report.closedAt), name: report.closedByName ?? '' })
            : t('report.live')}
        </p>
      </header>
      <div className={receipt.facts}>
        {sections.map((section) => (
          <FactSection key={section.key} title={section.title} wide={section.wide}>
            {section.rows.map((row, index) => (
              <Row key={index} row={row} />
            ))}
          </FactSection>
        ))}
      </div>
      <p className={receipt.footer}>
        {t('report.printedAt', { time: format.dateTime(new Date().toISOString()) })}
      </p>
    </article>
  )
}

/** A label and its figure, the figure set right so the amounts line up. */
function Row({ row }: { row: ZReportRow }) {
  return (
    <div className={receipt.fact}>
      <dt className={receipt.label}>{row.label}</dt>
      <dd className={row.strong ? `${classes.amount} ${receipt.emphasis}` : classes.amount}>{row.value}</dd>
    </div>
  )
}

// Fonts able to print Chinese travel with the sheet: a shop's computer cannot be trusted to have one.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import dayjs from 'dayjs'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { SalesReport, Settings } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { periodLabel, periodOfInstants } from '../../pages/reports/period'
import { dayFigures, netSales, type DayFigure } from '../../pages/salesReport/salesExport'
import { useSalesLabels } from '../../pages/salesReport/useSalesLabels'
import classes from '../statement/a4.module.css'

interface SalesReportSheetProps {
  report: SalesReport
  settings: Settings
  ref?: Ref<HTMLElement>
}

/** The sales report on A4 landscape: the period at a glance, each day, by payment method and category. */
export function SalesReportSheet({ report, settings, ref }: SalesReportSheetProps) {
  const { t, i18n } = useTranslation('sales')
  const format = useFormat()
  const labels = useSalesLabels()
  const money = (minor: number) => format.money(minor, report.currency)
  const figure = (key: DayFigure, totals: SalesReport['totals']) =>
    key === 'invoices' ? String(totals[key]) : money(totals[key])
  const { totals } = report

  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${classes.sheet} ${classes.salesReport}`}
      data-testid="sales-report-sheet"
    >
      <header className={classes.header}>
        <div>
          <p className={classes.outlet}>{settings.outletName}</p>
          <p>
            {t('print.period')}:{' '}
            <span data-testid="print-period">{periodLabel(periodOfInstants(report.from, report.to))}</span>
          </p>
        </div>
        <div>
          <h1 className={classes.title}>{t('report.title')}</h1>
          <p className={classes.printedAt}>
            {t('print.printedAt', { time: dayjs().format('YYYY-MM-DD HH:mm') })}
          </p>
        </div>
      </header>
      <div className={classes.summary} data-testid="print-summary">
        <span>
          {t('report.summary.sales')} <strong>{money(totals.totalMinor)}</strong> (
          {t('report.summary.invoices', { count: totals.invoices })})
        </span>
        <span>
          {t('report.summary.refunds')} <strong>{money(totals.refundsMinor)}</strong>
        </span>
        <span>
          {t('report.summary.netSales')} <strong>{money(netSales(totals))}</strong>
        </span>
        <span>
          {t('report.summary.tax')} <strong>{money(totals.taxMinor)}</strong>
        </span>
        <span>
          {t('report.summary.margin')} <strong>{money(totals.netMinor - totals.costMinor)}</strong>
        </span>
      </div>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{t('report.column.date')}</th>
            {dayFigures.map((key) => (
              <th key={key} className={classes.number}>
                {t(`report.column.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.days.map((day) => (
            <tr key={day.date}>
              <td>{day.date}</td>
              {dayFigures.map((key) => (
                <td key={key} className={`${classes.number} ${day[key] === 0 ? classes.muted : ''}`}>
                  {figure(key, day)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t('report.total')}</td>
            {dayFigures.map((key) => (
              <td key={key} className={classes.number}>
                {figure(key, totals)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <div className={classes.columns}>
        <section>
          <h2 className={classes.heading}>{t('report.tender.title')}</h2>
          {report.byTender.length === 0 ? (
            <p className={classes.empty}>{t('report.tender.empty')}</p>
          ) : (
            <table className={classes.table}>
              <thead>
                <tr>
                  <th>{t('report.column.tender')}</th>
                  <th className={classes.number}>{t('report.column.in')}</th>
                  <th className={classes.number}>{t('report.column.deposits')}</th>
                  <th className={classes.number}>{t('report.column.out')}</th>
                  <th className={classes.number}>{t('report.tender.net')}</th>
                </tr>
              </thead>
              <tbody>
                {report.byTender.map((row) => (
                  <tr key={row.tender}>
                    <td>{labels.tender(row.tender)}</td>
                    <td className={classes.number}>{money(row.inMinor)}</td>
                    <td className={classes.number}>{money(row.depositsMinor)}</td>
                    <td className={classes.number}>{money(row.outMinor)}</td>
                    <td className={classes.number}>
                      {money(row.inMinor + row.depositsMinor - row.outMinor)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section>
          <h2 className={classes.heading}>{t('report.category.title')}</h2>
          {report.byCategory.length === 0 ? (
            <p className={classes.empty}>{t('report.category.empty')}</p>
          ) : (
            <table className={classes.table}>
              <thead>
                <tr>
                  <th>{t('report.column.category')}</th>
                  <th className={classes.number}>{t('report.column.sales')}</th>
                  <th className={classes.number}>{t('report.column.refunds')}</th>
                </tr>
              </thead>
              <tbody>
                {report.byCategory.map((row) => (
                  <tr key={`${row.kind}:${row.category}`}>
                    <td>{labels.category(row)}</td>
                    <td className={classes.number}>{money(row.totalMinor)}</td>
                    <td className={classes.number}>{money(row.refundsMinor)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </article>
  )
}

// Fonts able to print Chinese travel with the sheet, as with the receipt: a shop's computer and
// printer cannot be trusted to have one.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import dayjs from 'dayjs'
import { Fragment, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, StockReport } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'
import { periodLabel, periodOfInstants } from '../../pages/reports/period'
import {
  columnTotal,
  figureText,
  figureTone,
  lineMoved,
  linesByCategory,
  reportTotals,
  visibleColumns,
} from '../../pages/reports/reportColumns'
import classes from './stockReport.module.css'

interface StockReportSheetProps {
  report: StockReport
  settings: Settings
  category: string
  /** List the parts that sat on the shelf without moving too. */
  showUnchanged: boolean
  ref?: Ref<HTMLElement>
}

/** The daily stock report on A4 landscape: the period's figures per part, by category, then totals. */
export function StockReportSheet({ report, settings, category, showUnchanged, ref }: StockReportSheetProps) {
  const { t, i18n } = useTranslation('reports')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, settings.currency)
  const listed = showUnchanged ? report.lines : report.lines.filter(lineMoved)
  const columns = visibleColumns(listed)
  const totals = reportTotals(report)
  const tone = { in: classes.in, out: classes.out, zero: classes.zero }

  return (
    <article ref={ref} lang={i18n.language} className={classes.sheet} data-testid="stock-report-sheet">
      <header className={classes.header}>
        <div>
          <div className={classes.outlet}>{settings.outletName}</div>
          <h1 className={classes.title}>{t('title')}</h1>
        </div>
        <dl className={classes.facts}>
          <dt>{t('print.period')}</dt>
          <dd data-testid="print-period">{periodLabel(periodOfInstants(report.from, report.to))}</dd>
          <dt>{t('print.category')}</dt>
          <dd>{category || t('category.all')}</dd>
          <dd className={classes.printedAt}>
            {t('print.printedAt', { time: dayjs().format('YYYY-MM-DD HH:mm') })}
          </dd>
        </dl>
      </header>
      <p className={classes.summary} data-testid="print-summary">
        {t('print.summary', {
          opening: formatCount(totals.opening),
          unitsIn: totals.unitsIn,
          unitsOut: totals.unitsOut,
          closing: formatCount(totals.closing),
          value: money(totals.closingValueMinor),
        })}
      </p>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{t('column.sku')}</th>
            <th>{t('column.name')}</th>
            {columns.map((column) => (
              <th key={column.key} className={classes.number}>
                {t(`column.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {linesByCategory(listed).map(([name, lines]) => (
            <Fragment key={name}>
              <tr className={classes.group}>
                <td colSpan={columns.length + 2}>{name || t('category.none')}</td>
              </tr>
              {lines.map((line) => (
                <tr key={line.partId}>
                  <td className={classes.sku}>{line.sku}</td>
                  <td>{line.name}</td>
                  {columns.map((column) => {
                    const kind = figureTone(column.kind, line[column.key])
                    return (
                      <td key={column.key} className={`${classes.number} ${kind ? tone[kind] : ''}`}>
                        {figureText(column.kind, line[column.key], money)}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t('lines.total')}</th>
            {columns.map((column) => {
              const total = columnTotal(column, listed)
              // A column without a total is an empty cell, not a header without a name.
              if (total === null) return <td key={column.key} />
              return (
                <th key={column.key} className={classes.number}>
                  {figureText(column.kind, total, money)}
                </th>
              )
            })}
          </tr>
        </tfoot>
      </table>
      {listed.length === 0 && (
        <p className={classes.empty}>{report.lines.length > 0 ? t('lines.noneMoved') : t('lines.empty')}</p>
      )}
      <div className={classes.closing}>
        <section>
          <h2 className={classes.heading}>{t('categories.title')}</h2>
          <table className={classes.table}>
            <thead>
              <tr>
                <th>{t('categories.category')}</th>
                <th className={classes.number}>{t('categories.opening')}</th>
                <th className={classes.number}>{t('categories.in')}</th>
                <th className={classes.number}>{t('categories.out')}</th>
                <th className={classes.number}>{t('categories.closing')}</th>
                <th className={classes.number}>{t('categories.value')}</th>
              </tr>
            </thead>
            <tbody>
              {report.categories.map((total) => (
                <tr key={total.category}>
                  <td>{total.category || t('category.none')}</td>
                  <td className={classes.number}>{formatCount(total.opening)}</td>
                  <td className={classes.number}>{total.unitsIn}</td>
                  <td className={classes.number}>{total.unitsOut}</td>
                  <td className={classes.number}>{formatCount(total.closing)}</td>
                  <td className={classes.number}>{money(total.closingValueMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section>
          <h2 className={classes.heading}>{t('belowReorder.title')}</h2>
          {report.belowReorder.length === 0 ? (
            <p className={classes.empty}>{t('belowReorder.empty')}</p>
          ) : (
            <table className={classes.table}>
              <thead>
                <tr>
                  <th>{t('column.sku')}</th>
                  <th>{t('column.name')}</th>
                  <th className={classes.number}>{t('belowReorder.onHand')}</th>
                  <th className={classes.number}>{t('belowReorder.reorderPoint')}</th>
                </tr>
              </thead>
              <tbody>
                {report.belowReorder.map((part) => (
                  <tr key={part.id}>
                    <td className={classes.sku}>{part.sku}</td>
                    <td>{part.name}</td>
                    <td className={classes.number}>{formatCount(part.onHand)}</td>
                    <td className={classes.number}>{part.reorderPoint}</td>
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

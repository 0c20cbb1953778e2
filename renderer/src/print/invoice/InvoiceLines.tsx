import { useTranslation } from 'react-i18next'
import type { Invoice } from '../../../../shared/contract'
import { basisPointsToPercent } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'
import type { ReceiptLayout } from '../receiptLines'
import { PrintSection } from '../shared/Facts'
import classes from './invoice.module.css'

/** The lines: a table on A4; on the roll, each description over its figures. */
export function InvoiceLines({ invoice, layout }: { invoice: Invoice; layout: ReceiptLayout }) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, invoice.currency)
  const rate = (bp: number) => `${basisPointsToPercent(bp)}%`
  return (
    <PrintSection title={t('print.lines')} wide testId="invoice-print-lines">
      {layout === 'a4' ? (
        <table className={classes.lines}>
          <thead>
            <tr>
              <th>{t('lines.description')}</th>
              <th>{t('lines.quantity')}</th>
              <th>{t('lines.unitPriceShort')}</th>
              <th>{t('lines.discount')}</th>
              <th>{t('lines.taxRate')}</th>
              <th>{t('lines.tax')}</th>
              <th>{t('lines.total')}</th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.id}>
                <td>
                  {line.description}
                  {line.discountReason !== '' && (
                    <div className={classes.note}>
                      {t('lines.discountBecause', { reason: line.discountReason })}
                    </div>
                  )}
                </td>
                <td>{line.quantity}</td>
                <td>{money(line.unitPriceMinor)}</td>
                <td>{line.discountMinor > 0 ? money(-line.discountMinor) : ''}</td>
                <td>{rate(line.taxRateBp)}</td>
                <td>{money(line.taxMinor)}</td>
                <td>{money(line.totalMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        invoice.lines.map((line) => (
          <div key={line.id} className={classes.rollLine}>
            <div>{line.description}</div>
            <div className={classes.rollFigures}>
              <span>
                {line.quantity} × {money(line.unitPriceMinor)}
                {line.discountMinor > 0 ? ` ${money(-line.discountMinor)}` : ''}
              </span>
              <span>{money(line.totalMinor)}</span>
            </div>
            {line.discountReason !== '' && (
              <div className={classes.note}>
                {t('lines.discountBecause', { reason: line.discountReason })}
              </div>
            )}
            <div className={classes.note}>
              {t('print.lineTax', { rate: rate(line.taxRateBp), tax: money(line.taxMinor) })}
            </div>
          </div>
        ))
      )}
    </PrintSection>
  )
}

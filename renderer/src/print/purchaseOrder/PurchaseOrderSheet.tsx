// Fonts able to print Chinese travel with the sheet, as with the receipt and the stock report.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, Supplier } from '../../../../shared/contract'
import type { PurchaseOrder } from '../../../../shared/schemas/purchasing'
import { useFormat } from '../../components/format'
import { formatCount } from '../../components/quantity'
import classes from './purchaseOrder.module.css'

interface PurchaseOrderSheetProps {
  order: PurchaseOrder
  supplier: Supplier
  settings: Settings
  ref?: Ref<HTMLElement>
}

/** The purchase order as the supplier receives it: who orders, from whom, what, at what cost. */
export function PurchaseOrderSheet({ order, supplier, settings, ref }: PurchaseOrderSheetProps) {
  const { t, i18n } = useTranslation('purchasing')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, settings.currency)
  return (
    <article ref={ref} lang={i18n.language} className={classes.sheet} data-testid="po-sheet">
      <header className={classes.header}>
        <div>
          <div className={classes.outlet}>{settings.outletName}</div>
          <h1 className={classes.title}>{t('print.title')}</h1>
        </div>
        <dl className={classes.facts}>
          <dt>{t('print.number')}</dt>
          <dd data-testid="po-sheet-number">{order.number}</dd>
          <dt>{t('print.date')}</dt>
          <dd>{format.date(order.orderedAt ?? order.createdAt)}</dd>
          <dt>{t('print.status')}</dt>
          <dd>{t(`status.${order.status}`)}</dd>
        </dl>
      </header>
      <section className={classes.parties}>
        <div className={classes.party}>
          <h2>{t('print.supplier')}</h2>
          <p>{supplier.name}</p>
          {supplier.contact && <p>{supplier.contact}</p>}
          {supplier.phone && <p>{supplier.phone}</p>}
          {supplier.email && <p>{supplier.email}</p>}
          {supplier.address && <p>{supplier.address}</p>}
          {supplier.paymentTerms && <p>{t('print.paymentTerms', { terms: supplier.paymentTerms })}</p>}
        </div>
        <div className={classes.party}>
          <h2>{t('print.deliverTo')}</h2>
          <p>{settings.outletName}</p>
          {settings.address && <p>{settings.address}</p>}
          {settings.phone && <p>{settings.phone}</p>}
        </div>
      </section>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{t('print.position')}</th>
            <th>{t('print.sku')}</th>
            <th>{t('print.name')}</th>
            <th className={classes.number}>{t('lines.quantity')}</th>
            <th className={classes.number}>{t('lines.unitCost')}</th>
            <th className={classes.number}>{t('lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line, index) => (
            <tr key={line.id}>
              <td>{index + 1}</td>
              <td className={classes.sku}>{line.sku}</td>
              <td>{line.name}</td>
              <td className={classes.number}>{formatCount(line.quantityOrdered)}</td>
              <td className={classes.number}>{money(line.unitCostMinor)}</td>
              <td className={classes.number}>{money(line.unitCostMinor * line.quantityOrdered)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>{t('lines.totalLabel')}</th>
            <th className={classes.number}>
              {formatCount(order.lines.reduce((sum, line) => sum + line.quantityOrdered, 0))}
            </th>
            <td />
            <th className={classes.number} data-testid="po-sheet-total">
              {money(order.totalMinor)}
            </th>
          </tr>
        </tfoot>
      </table>
      {order.note && <p className={classes.note}>{t('print.note', { note: order.note })}</p>}
      <div className={classes.signature}>
        <div>{t('print.orderedBy')}</div>
        <div>{t('print.confirmedBy')}</div>
      </div>
    </article>
  )
}

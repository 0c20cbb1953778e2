// Fonts able to print Chinese travel with the sheet: a shop's computer cannot be trusted to have one.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import dayjs from 'dayjs'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, Statement } from '../../../../shared/contract'
import { useFormat } from '../../components/format'
import { periodLabel, periodOfInstants } from '../../pages/reports/period'
import { formatPhone } from '../receiptLines'
import classes from './a4.module.css'

type Line = Statement['lines'][number]

/** What a line is, in words: the document, the ticket it was for, the tender and the reference. */
function useLineText() {
  const { t } = useTranslation('sales')
  return (line: Line) => {
    const tender = line.tender === null ? '' : t(`tender.${line.tender}`, { defaultValue: line.tender })
    const what =
      line.kind === 'invoice' && line.description !== ''
        ? t('statement.line.invoiceForTicket', { ticket: line.description })
        : t(`statement.line.${line.kind}`, { tender })
    // An invoice's description is its ticket, already said; a credit note's reason or a slip number is added.
    return line.kind === 'invoice' || line.description === '' ? what : `${what} · ${line.description}`
  }
}

function PeriodText({ statement }: { statement: Statement }) {
  const { t } = useTranslation('sales')
  const { from, to } = statement
  if (from !== null && to !== null) return <>{periodLabel(periodOfInstants(from, to))}</>
  if (from !== null) return <>{t('statement.from', { date: dayjs(from).format('YYYY-MM-DD') })}</>
  if (to !== null) return <>{t('statement.until', { date: periodOfInstants(to, to).end })}</>
  return <>{t('statement.wholeHistory')}</>
}

interface StatementSheetProps {
  statement: Statement
  settings: Settings
  ref?: Ref<HTMLElement>
}

/** A customer's statement of account on A4: every charge and payment with a running balance. */
export function StatementSheet({ statement, settings, ref }: StatementSheetProps) {
  const { t, i18n } = useTranslation('sales')
  const format = useFormat()
  const money = (minor: number) => format.money(minor, statement.currency)
  const lineText = useLineText()
  const { customer } = statement
  const closing = statement.closingBalanceMinor

  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${classes.sheet} ${classes.statement}`}
      data-testid="statement-sheet"
    >
      <header className={classes.header}>
        <div>
          <p className={classes.outlet}>{settings.outletName}</p>
          {settings.address !== '' && <p className={classes.contact}>{settings.address}</p>}
          {settings.phone !== '' && <p className={classes.contact}>{settings.phone}</p>}
        </div>
        <div>
          <h1 className={classes.title}>{t('statement.title')}</h1>
          <p className={classes.printedAt}>
            {t('statement.printedAt', { time: dayjs().format('YYYY-MM-DD HH:mm') })}
          </p>
        </div>
      </header>
      <div className={classes.parties}>
        <dl className={classes.facts}>
          <dt>{t('statement.customer')}</dt>
          <dd data-testid="statement-customer">{customer.name}</dd>
          {customer.phones.length > 0 && (
            <>
              <dt>{t('statement.phone')}</dt>
              <dd>{customer.phones.map(formatPhone).join(' / ')}</dd>
            </>
          )}
          {customer.address !== '' && (
            <>
              <dt>{t('statement.address')}</dt>
              <dd>{customer.address}</dd>
            </>
          )}
          <dt>{t('statement.period')}</dt>
          <dd>
            <PeriodText statement={statement} />
          </dd>
        </dl>
        <div className={classes.due}>
          <p className={classes.dueLabel}>{closing < 0 ? t('statement.inCredit') : t('statement.closing')}</p>
          <p className={classes.dueAmount} data-testid="statement-closing">
            {money(Math.abs(closing))}
          </p>
        </div>
      </div>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{t('statement.date')}</th>
            <th>{t('statement.document')}</th>
            <th>{t('statement.details')}</th>
            <th className={classes.number}>{t('statement.debit')}</th>
            <th className={classes.number}>{t('statement.credit')}</th>
            <th className={classes.number}>{t('statement.balance')}</th>
          </tr>
        </thead>
        <tbody>
          {statement.from !== null && (
            <tr className={classes.carried}>
              <td>{format.date(statement.from)}</td>
              <td colSpan={4}>{t('statement.opening')}</td>
              <td className={classes.number} data-testid="statement-opening">
                {money(statement.openingBalanceMinor)}
              </td>
            </tr>
          )}
          {statement.lines.map((line, index) => (
            <tr key={`${line.kind}-${line.number}-${String(index)}`} data-testid="statement-line">
              <td>{format.dateTime(line.date)}</td>
              <td className={classes.document}>{line.number}</td>
              <td>{lineText(line)}</td>
              <td className={classes.number}>{line.debitMinor === 0 ? '' : money(line.debitMinor)}</td>
              <td className={classes.number}>{line.creditMinor === 0 ? '' : money(line.creditMinor)}</td>
              <td className={classes.number}>{money(line.balanceMinor)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5}>{t('statement.closing')}</td>
            <td className={classes.number}>{money(closing)}</td>
          </tr>
        </tfoot>
      </table>
      {statement.lines.length === 0 && <p className={classes.empty}>{t('statement.empty')}</p>}
      {statement.storeCreditMinor !== 0 && (
        <p className={classes.note} data-testid="statement-store-credit">
          {t('statement.storeCredit')}: <strong>{money(statement.storeCreditMinor)}</strong>
        </p>
      )}
      <p className={classes.note}>{t('statement.thanks')}</p>
    </article>
  )
}

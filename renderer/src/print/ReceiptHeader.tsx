import { useTranslation } from 'react-i18next'
import type { Settings, TicketDetail } from '../../../shared/contract'
import { useFormat } from '../components/format'
import classes from './receipt.module.css'

interface ReceiptHeaderProps {
  settings: Settings
  ticket: TicketDetail
}

/** The shop that took the device, what this paper is, and the ticket number the customer quotes. */
export function ReceiptHeader({ settings, ticket }: ReceiptHeaderProps) {
  const { t } = useTranslation('print')
  const format = useFormat()
  const receivedBy = ticket.events.find((event) => event.kind === 'intake')?.actorName
  return (
    <div>
      <h1 className={classes.outletName}>{settings.outletName}</h1>
      {settings.address !== '' && <p className={classes.outletContact}>{settings.address}</p>}
      {settings.phone !== '' && (
        <p className={classes.outletContact}>{t('outletPhone', { phone: settings.phone })}</p>
      )}
      <p className={classes.title}>{t('title')}</p>
      <p className={classes.number} data-testid="receipt-number">
        {ticket.number}
      </p>
      <p>{t('receivedAt', { time: format.dateTime(ticket.createdAt) })}</p>
      {receivedBy && <p>{t('receivedBy', { name: receivedBy })}</p>}
      <p className={classes.emphasis}>
        {ticket.promisedAt
          ? t('promisedAt', { time: format.dateTime(ticket.promisedAt) })
          : t('promisedLater')}
      </p>
      {ticket.priority !== 'normal' && (
        <p className={classes.priority}>
          {t('priority', { priority: t(`common:priority.${ticket.priority}`) })}
        </p>
      )}
    </div>
  )
}

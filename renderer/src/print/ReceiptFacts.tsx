import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../shared/contract'
import { useFormat } from '../components/format'
import { deviceName, formatPhone } from './receiptLines'
import { FactSection as Section, Fact } from './shared/Facts'
import classes from './receipt.module.css'

/** Who left the device: the customer's own receipt, so the phone prints in full. */
export function CustomerSection({ customer }: { customer: TicketDetail['customer'] }) {
  const { t } = useTranslation('print')
  return (
    <Section title={t('sections.customer')}>
      <Fact label={t('common:customer.name')}>{customer.name}</Fact>
      <Fact label={t('common:customer.phone')}>{customer.phones.map(formatPhone).join(' / ')}</Fact>
    </Section>
  )
}

export function DeviceSection({ device }: { device: TicketDetail['device'] }) {
  const { t } = useTranslation('print')
  const format = useFormat()
  return (
    <Section title={t('sections.device')}>
      <Fact label={t('common:device.category')}>{t(`common:category.${device.category}`)}</Fact>
      <Fact label={t('deviceModel')}>{deviceName(device)}</Fact>
      {device.serial !== '' && <Fact label={t('common:device.serial')}>{device.serial}</Fact>}
      {device.warrantyEnd && (
        <Fact label={t('common:device.warrantyEnd')}>{format.date(device.warrantyEnd)}</Fact>
      )}
    </Section>
  )
}

/** What is wrong, what was left with the device, what it looked like, and the money so far. */
export function RepairSection({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('print')
  const format = useFormat()
  return (
    <Section title={t('sections.repair')} wide>
      <Fact label={t('common:ticket.fault')} long>
        {ticket.reportedFault}
      </Fact>
      <Fact label={t('condition')} long>
        {ticket.condition !== '' ? ticket.condition : t('conditionNotNoted')}
      </Fact>
      <Fact label={t('accessories')}>
        {ticket.accessories.length > 0 ? ticket.accessories.join(t('listSeparator')) : t('noAccessories')}
      </Fact>
      {/* The unlock code itself is never printed, not even in part: only that the shop holds it. */}
      {ticket.hasUnlockCode && <Fact label={t('unlockCode')}>{t('unlockCodeKept')}</Fact>}
      <Fact label={t('estimate')}>
        <span className={classes.emphasis}>
          {ticket.estimateMinor === null
            ? t('estimatePending')
            : format.money(ticket.estimateMinor, ticket.currency)}
        </span>
      </Fact>
      <Fact label={t('deposit')}>
        <span className={classes.emphasis}>{format.money(ticket.depositMinor, ticket.currency)}</span>
      </Fact>
    </Section>
  )
}

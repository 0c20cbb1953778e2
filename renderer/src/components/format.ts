import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { formatMoney, type Currency } from '../../../shared/domain/money'

/** Dates, times and money in the clerk's language. Stored times are UTC; shown in local time. */
export function useFormat() {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return {
    money: (minor: number | null | undefined, currency: Currency) =>
      minor === null || minor === undefined ? '—' : formatMoney(minor, currency, locale),
    dateTime: (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—'),
    date: (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—'),
    relative: (iso: string) => dayjs(iso).format('MM-DD HH:mm'),
  }
}

/** A ticket is overdue when its promised time has passed and the shop still holds the device. */
export function isOverdue(promisedAt: string | null, status: string, now = Date.now()): boolean {
  if (!promisedAt) return false
  if (status === 'collected' || status === 'cancelled' || status === 'ready_for_pickup') return false
  return new Date(promisedAt).getTime() < now
}

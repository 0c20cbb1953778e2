import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Currency } from '../../../../shared/domain/money'
import { useFormat } from '../../components/format'

/** A drawer's variance in words a clerk reads at a glance: over (blue), short (red) or balanced (green). */
export function VarianceText({ varianceMinor, currency }: { varianceMinor: number; currency: Currency }) {
  const { t } = useTranslation('drawer')
  const format = useFormat()
  if (varianceMinor === 0) {
    return (
      <Text span inherit c="green.8" data-variance="0">
        {t('close.balanced')}
      </Text>
    )
  }
  const amount = format.money(Math.abs(varianceMinor), currency)
  return (
    <Text span inherit c={varianceMinor < 0 ? 'red.8' : 'blue.8'} data-variance={varianceMinor}>
      {varianceMinor < 0 ? t('close.short', { amount }) : t('close.over', { amount })}
    </Text>
  )
}

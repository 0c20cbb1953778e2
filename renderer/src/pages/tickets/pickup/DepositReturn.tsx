import { Alert, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../../../shared/contract'
import { depositReturnTargets } from '../../../../../shared/contract'
import { useFormat } from '../../../components/format'

export type DepositReturnTarget = (typeof depositReturnTargets)[number]

/**
 * A deposit larger than the invoice: said before confirming — how much goes back to the customer
 * and how. By default the way it was paid (Alipay back to Alipay); cash from the drawer or the
 * customer's store credit when the clerk chooses.
 */
export function DepositReturn({
  preview,
  value,
  onChange,
}: {
  preview: MethodOutput<'invoices.preview'>
  value: DepositReturnTarget
  onChange: (value: DepositReturnTarget) => void
}) {
  const { t } = useTranslation('invoices')
  const format = useFormat()
  if (preview.depositReturnMinor <= 0) return null
  const paidWith = [...new Set(preview.deposits.map((deposit) => t(`tender.${deposit.tender}`)))].join(
    t('pickup.depositReturn.separator'),
  )
  const label = (target: DepositReturnTarget) =>
    target === 'original'
      ? t('pickup.depositReturn.original', { tenders: paidWith })
      : t(`pickup.depositReturn.${target}`)
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('pickup.depositReturn.title', {
        amount: format.money(preview.depositReturnMinor, preview.currency),
      })}
      data-testid="pickup-deposit-return"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('pickup.depositReturn.why', {
            deposit: format.money(preview.depositMinor, preview.currency),
            total: format.money(preview.totalMinor, preview.currency),
          })}
        </Text>
        <SegmentedControl
          value={value}
          onChange={(next) => onChange(depositReturnTargets.find((target) => target === next) ?? 'original')}
          data={depositReturnTargets.map((target) => ({ value: target, label: label(target) }))}
          aria-label={t('pickup.depositReturn.how')}
          data-testid="pickup-deposit-return-to"
        />
      </Stack>
    </Alert>
  )
}

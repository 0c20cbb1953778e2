import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MethodOutput } from '../../../../shared/contract'
import { SumRow } from './SumRow'

type Preview = MethodOutput<'invoices.preview'>

/** Net, discounts, tax and total of an invoice about to be issued, as the server works them out. */
export function PreviewTotals({ preview }: { preview: Preview }) {
  const { t } = useTranslation('invoices')
  const currency = preview.currency
  return (
    <Stack gap={2} miw={260} data-testid="preview-totals">
      <SumRow label={t('totals.net')} minor={preview.netMinor} currency={currency} testId="preview-net" />
      {preview.discountMinor > 0 && (
        <SumRow
          label={t('totals.discount')}
          minor={-preview.discountMinor}
          currency={currency}
          testId="preview-discount"
        />
      )}
      <SumRow label={t('totals.tax')} minor={preview.taxMinor} currency={currency} testId="preview-tax" />
      <SumRow
        label={t('totals.total')}
        minor={preview.totalMinor}
        currency={currency}
        testId="preview-total"
        strong
      />
      <Text size="xs" c="dimmed">
        {preview.pricesIncludeTax ? t('totals.taxIncluded') : t('totals.taxAdded')}
      </Text>
    </Stack>
  )
}

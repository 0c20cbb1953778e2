import { NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { locales, settingsSchema, type Locale, type Settings } from '../../../../shared/contract'
import { basisPointsToPercent, currencies, percentToBasisPoints } from '../../../../shared/domain/money'
import { CountedTextarea, textLimit } from '../../components/LengthCounter'

/** The Select's value for "no language of its own: follow this computer". */
const followComputer = 'system'

const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

/**
 * The shop's own details, printed on every receipt, and its currency, tax and language: the fields
 * of the settings page and of the first-start setup. Ctrl+Enter in the terms submits.
 */
export function StoreSettingsFields({
  form,
  onSubmit,
  withStockRules = true,
  onLanguageChange,
  autoFocus = false,
}: {
  form: UseFormReturnType<Settings>
  onSubmit: () => void
  /** The stock rule is for the settings page; a new shop starts with the safe default. */
  withStockRules?: boolean
  onLanguageChange?: (language: Locale | null) => void
  /** Starts in the shop's name with it selected, so typing replaces the starter name. */
  autoFocus?: boolean
}) {
  const { t } = useTranslation('settings')
  const submitFromTextarea = getHotkeyHandler([['mod+Enter', onSubmit]])
  const languages = [
    { value: followComputer, label: t('common:language.system') },
    ...locales.map((locale) => ({ value: locale, label: t(`common:language.${locale}`) })),
  ]
  const currencyOptions = currencies.map((currency) => ({
    value: currency,
    label: `${currency} · ${t(`currency.${currency}`)}`,
  }))

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('store.outletName')}
          description={t('store.outletNameHint')}
          withAsterisk
          autoComplete="off"
          data-testid="settings-outlet-name"
          autoFocus={autoFocus}
          {...form.getInputProps('outletName')}
          onFocus={(event) => {
            if (autoFocus) event.currentTarget.select()
          }}
        />
        <TextInput
          label={t('store.outletCode')}
          description={t('store.outletCodeHint')}
          withAsterisk
          autoComplete="off"
          maxLength={8}
          styles={monospaceInput}
          data-testid="settings-outlet-code"
          {...form.getInputProps('outletCode')}
          onChange={(event) => form.setFieldValue('outletCode', event.currentTarget.value.toUpperCase())}
        />
      </SimpleGrid>
      <TextInput
        label={t('store.address')}
        autoComplete="off"
        data-testid="settings-address"
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('store.phone')}
          type="tel"
          autoComplete="off"
          data-testid="settings-phone"
          {...form.getInputProps('phone')}
        />
        <Select
          label={t('store.currency')}
          description={t('store.currencyHint')}
          data={currencyOptions}
          allowDeselect={false}
          data-testid="settings-currency"
          {...form.getInputProps('currency')}
          onChange={(value) => {
            const currency = currencies.find((known) => known === value)
            if (currency) form.setFieldValue('currency', currency)
          }}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('store.taxRate')}
          description={t('store.taxRateHint')}
          min={0}
          max={100}
          decimalScale={2}
          suffix="%"
          allowNegative={false}
          data-testid="settings-tax-rate"
          error={form.errors.taxRateBp}
          value={basisPointsToPercent(form.values.taxRateBp)}
          onChange={(value) =>
            form.setFieldValue('taxRateBp', percentToBasisPoints(typeof value === 'number' ? value : 0))
          }
        />
        <Switch
          mt="lg"
          label={t('store.pricesIncludeTax')}
          description={t('store.pricesIncludeTaxHint')}
          data-testid="settings-prices-include-tax"
          {...form.getInputProps('pricesIncludeTax', { type: 'checkbox' })}
        />
      </SimpleGrid>
      <Select
        label={t('store.language')}
        description={t('store.languageHint')}
        data={languages}
        allowDeselect={false}
        data-testid="settings-language"
        {...form.getInputProps('defaultLanguage')}
        value={form.values.defaultLanguage ?? followComputer}
        onChange={(value) => {
          const language = locales.find((locale) => locale === value) ?? null
          form.setFieldValue('defaultLanguage', language)
          onLanguageChange?.(language)
        }}
      />
      <CountedTextarea
        max={textLimit(settingsSchema.shape.receiptTerms)}
        label={t('store.receiptTerms')}
        description={t('store.receiptTermsHint')}
        autosize
        minRows={3}
        maxRows={12}
        onKeyDown={submitFromTextarea}
        data-testid="settings-receipt-terms"
        {...form.getInputProps('receiptTerms')}
      />
      {withStockRules && (
        <Switch
          label={t('store.allowNegativeStock')}
          description={t('store.allowNegativeStockHint')}
          data-testid="settings-allow-negative-stock"
          {...form.getInputProps('allowNegativeStock', { type: 'checkbox' })}
        />
      )}
    </>
  )
}

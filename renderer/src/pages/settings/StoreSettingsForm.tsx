import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { getHotkeyHandler } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { locales, settingsSchema, type Settings } from '../../../../shared/contract'
import { basisPointsToPercent, currencies, percentToBasisPoints } from '../../../../shared/domain/money'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { detectLocale, setLocale } from '../../i18n'
import { useContractValidation } from '../../components/useContractValidation'
import { useUnsavedChanges } from '../../components/keys/KeysContext'

/** The Select's value for "no language of its own: follow this computer". */
const followComputer = 'system'

const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

/** The shop's own details, printed on every receipt, and its currency and language. Enter saves. */
export function StoreSettingsForm({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation('settings')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const validate = useContractValidation(settingsSchema)
  const save = useApiMutation('settings.update')
  const [failure, setFailure] = useState<string | null>(null)
  const form = useForm<Settings>({ initialValues: settings, validate })
  useUnsavedChanges(form.isDirty())

  const afterSave = async (saved: Settings) => {
    form.setValues(saved)
    form.resetDirty(saved)
    // The shop's language, or this computer's when the shop follows it.
    const locale = saved.defaultLanguage ?? detectLocale(navigator.language)
    if (locale !== i18n.language) await setLocale(locale)
    // `t` is bound to the language it was rendered in; ask i18next for the one just switched to.
    notifications.show({
      color: 'teal',
      message: i18n.t('settings:store.saved'),
      'data-testid': 'settings-saved',
    })
  }

  const submit = form.onSubmit((values) => {
    setFailure(null)
    save.mutate(values, {
      onSuccess: (saved) => void afterSave(saved),
      onError: (error) => {
        const fields = fieldErrors(error)
        if (Object.keys(fields).length > 0) form.setErrors(fields)
        else setFailure(errorText(error))
      },
    })
  })

  const submitFromTextarea = getHotkeyHandler([['mod+Enter', () => submit()]])

  const languages = [
    { value: followComputer, label: t('common:language.system') },
    ...locales.map((locale) => ({ value: locale, label: t(`common:language.${locale}`) })),
  ]
  const currencyOptions = currencies.map((currency) => ({
    value: currency,
    label: `${currency} · ${t(`currency.${currency}`)}`,
  }))

  return (
    <Card withBorder>
      <Text fw={600} mb="sm">
        {t('store.title')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="settings-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('store.outletName')}
              description={t('store.outletNameHint')}
              withAsterisk
              autoComplete="off"
              data-testid="settings-outlet-name"
              {...form.getInputProps('outletName')}
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
            onChange={(value) =>
              form.setFieldValue('defaultLanguage', locales.find((locale) => locale === value) ?? null)
            }
          />
          <Textarea
            label={t('store.receiptTerms')}
            description={t('store.receiptTermsHint')}
            autosize
            minRows={3}
            maxRows={12}
            onKeyDown={submitFromTextarea}
            data-testid="settings-receipt-terms"
            {...form.getInputProps('receiptTerms')}
          />
          <Switch
            label={t('store.allowNegativeStock')}
            description={t('store.allowNegativeStockHint')}
            data-testid="settings-allow-negative-stock"
            {...form.getInputProps('allowNegativeStock', { type: 'checkbox' })}
          />
          {failure && (
            <Alert color="red" variant="light" data-testid="settings-error">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="settings-save">
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  )
}

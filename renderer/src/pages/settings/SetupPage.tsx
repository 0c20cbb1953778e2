import { ActionIcon, Alert, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contract, settingsSchema, type Locale, type Settings } from '../../../../shared/contract'
import { starterSettings, starterStaff } from '../../../../shared/domain/starter'
import { useApiMutation } from '../../api/hooks'
import { useErrorText, useFieldErrors } from '../../components/errors'
import { useContractValidation } from '../../components/useContractValidation'
import { detectLocale, setLocale } from '../../i18n'
import { DemoDataCard } from './DemoDataCard'
import { StaffFields, type StaffValues } from './StaffFields'
import { StoreSettingsFields } from './StoreSettingsFields'

const staffListSchema = contract['settings.completeSetup'].input.pick({ staff: true })
const maxStaff = 10

/** The api's `settings.outletName` / `staff.1.code` onto the two forms' own paths. */
function splitFields(fields: Record<string, string>) {
  const settings: Record<string, string> = {}
  const staff: Record<string, string> = {}
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith('settings.')) settings[path.slice('settings.'.length)] = message
    else staff[path] = message
  }
  return { settings, staff }
}

/**
 * The first start of a new shop, before the counter: its name, code, address, phone, currency, tax,
 * language, receipt terms and first staff members, offered in the language of this computer's
 * browser (not the server's). Enter finishes; everything can be changed later in the settings.
 */
export function SetupPage() {
  const { t, i18n } = useTranslation('settings')
  const errorText = useErrorText()
  const fieldErrors = useFieldErrors()
  const complete = useApiMutation('settings.completeSetup')
  const [failure, setFailure] = useState<string | null>(null)
  const [browserLocale] = useState(() => detectLocale(navigator.language))
  const settingsForm = useForm<Settings>({
    initialValues: starterSettings(browserLocale),
    validate: useContractValidation(settingsSchema),
  })
  const staffForm = useForm<{ staff: StaffValues[] }>({
    initialValues: { staff: [starterStaff(browserLocale)] },
    validate: useContractValidation(staffListSchema),
  })

  // Another language chosen: the screen follows it, and so do the starter words not typed over.
  const [wordedIn, setWordedIn] = useState<Locale>(browserLocale)
  const changeLanguage = (language: Locale | null) => {
    const locale = language ?? browserLocale
    void setLocale(locale)
    const before = starterSettings(wordedIn)
    const after = starterSettings(locale)
    for (const field of ['outletName', 'currency', 'receiptTerms'] as const) {
      if (settingsForm.getValues()[field] === before[field]) settingsForm.setFieldValue(field, after[field])
    }
    if (staffForm.getValues().staff[0]?.name === starterStaff(wordedIn).name) {
      staffForm.setFieldValue('staff.0.name', starterStaff(locale).name)
    }
    setWordedIn(locale)
  }

  const submit = () => {
    setFailure(null)
    const settingsCheck = settingsForm.validate()
    const staffCheck = staffForm.validate()
    if (settingsCheck.hasErrors || staffCheck.hasErrors) return
    complete.mutate(
      { settings: settingsForm.getValues(), staff: staffForm.getValues().staff },
      {
        onSuccess: (saved) => {
          if (saved.defaultLanguage && saved.defaultLanguage !== i18n.language) {
            void setLocale(saved.defaultLanguage)
          }
        },
        onError: (error) => {
          const fields = splitFields(fieldErrors(error))
          settingsForm.setErrors(fields.settings)
          staffForm.setErrors(fields.staff)
          if (Object.keys(fields.settings).length + Object.keys(fields.staff).length === 0) {
            setFailure(errorText(error))
          }
        },
      },
    )
  }

  const staff = staffForm.getValues().staff
  return (
    <Container size={900} py="xl" data-testid="setup">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {t('setup.title')}
            </Title>
            <Text c="dimmed">{t('setup.intro')}</Text>
          </Stack>
          <Card withBorder>
            <Stack gap="sm">
              <Text fw={600}>{t('store.title')}</Text>
              <StoreSettingsFields
                form={settingsForm}
                onSubmit={submit}
                withStockRules={false}
                autoFocus
                onLanguageChange={changeLanguage}
              />
            </Stack>
          </Card>
          <Card withBorder>
            <Stack gap="sm">
              <Stack gap={0}>
                <Text fw={600}>{t('setup.staffTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('setup.staffHint')}
                </Text>
              </Stack>
              {staff.map((member, index) => (
                <Group key={index} align="flex-end" wrap="nowrap" data-testid="setup-staff-row">
                  <div style={{ flex: 1 }}>
                    <StaffFields
                      inline
                      autoFocus={false}
                      testId={`setup-staff-${index}`}
                      inputProps={(field) => staffForm.getInputProps(`staff.${index}.${field}`)}
                    />
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="lg"
                    mb={2}
                    disabled={staff.length === 1}
                    aria-label={t('setup.removeStaff', { name: member.name })}
                    onClick={() => staffForm.removeListItem('staff', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  disabled={staff.length >= maxStaff}
                  onClick={() =>
                    staffForm.insertListItem('staff', {
                      name: '',
                      code: `T${staff.length}`,
                      role: 'technician',
                    })
                  }
                  data-testid="setup-add-staff"
                >
                  {t('setup.addStaff')}
                </Button>
              </Group>
            </Stack>
          </Card>
          {failure && (
            <Alert color="red" variant="light" data-testid="setup-error">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" size="md" loading={complete.isPending} data-testid="setup-done">
              {t('setup.done')}
            </Button>
          </Group>
          <DemoDataCard />
        </Stack>
      </form>
    </Container>
  )
}

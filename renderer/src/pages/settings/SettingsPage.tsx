import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { DemoDataCard } from './DemoDataCard'
import { StoreSettingsForm } from './StoreSettingsForm'
import { ThisComputerCard } from './ThisComputerCard'
import { StaffCard } from './StaffCard'
import { StatusLabelsCard } from './StatusLabelsCard'
import { MessageTemplatesCard } from './MessageTemplatesCard'

/** The shop's settings, and what this installation is. */
export function SettingsPage() {
  const { t } = useTranslation('settings')
  const settings = useApi('settings.get', {})
  const info = useApi('system.info', {})
  return (
    <Stack gap="lg" maw={900}>
      <Title order={1} size="h2">
        {t('title')}
      </Title>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <LoadFailed error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <StoreSettingsForm settings={settings.data} />
      )}
      <StaffCard />
      <StatusLabelsCard />
      <MessageTemplatesCard />
      {info.isPending ? (
        <PageLoader />
      ) : info.isError ? (
        <LoadFailed error={info.error} onRetry={() => void info.refetch()} />
      ) : (
        <>
          {info.data.customerCount === 0 && <DemoDataCard />}
          <ThisComputerCard info={info.data} />
        </>
      )}
    </Stack>
  )
}

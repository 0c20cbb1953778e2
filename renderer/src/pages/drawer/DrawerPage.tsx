import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { LoadFailed, PageLoader } from '../../components/QueryState'
import { OpenDrawerForm } from '../../components/drawer/OpenDrawerForm'
import { OpenDrawerPanel } from './OpenDrawerPanel'
import { SessionHistory } from './SessionHistory'
import { ZReportView } from './ZReportView'

/**
 * The cash drawer and the day (F8): open with a float, cash paid in or out, close with the count by
 * note and coin, and the Z report on screen and on paper; earlier days below.
 */
export function DrawerPage() {
  const { t } = useTranslation('drawer')
  const current = useApi('drawer.current', {})
  const settings = useApi('settings.get', {})
  // The Z report shown under the drawer: the day just closed, or one picked from the history.
  const [shownId, setShownId] = useState<string | null>(null)

  const failed = current.error ?? settings.error
  return (
    <Stack gap="md" maw={1300}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
      </Stack>
      {failed ? (
        <LoadFailed
          error={failed}
          onRetry={() => void Promise.all([current.refetch(), settings.refetch()])}
        />
      ) : current.isPending || settings.isPending ? (
        <PageLoader />
      ) : current.data ? (
        <OpenDrawerPanel session={current.data} onClosed={setShownId} />
      ) : (
        settings.data && (
          <OpenDrawerForm currency={settings.data.currency} onOpened={() => setShownId(null)} />
        )
      )}
      {shownId && <ZReportView sessionId={shownId} onHide={() => setShownId(null)} />}
      <SessionHistory shownId={shownId} onShow={setShownId} />
    </Stack>
  )
}

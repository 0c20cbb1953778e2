import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useErrorText } from './errors'

/** Shown while a page's data is on its way. */
export function PageLoader() {
  const { t } = useTranslation('common')
  return (
    <Center py="xl" data-testid="page-loading">
      <Loader aria-label={t('loading')} />
    </Center>
  )
}

/** Shown when a page's data could not be read: what went wrong, and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('common')
  const errorText = useErrorText()
  return (
    <Alert color="red" variant="light" data-testid="load-failed">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{errorText(error)}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      </Group>
    </Alert>
  )
}

import { Button, Card, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/hooks'
import { useErrorText } from '../../components/errors'
import { detectLocale } from '../../i18n'

/** Offered while the shop has no customers: fills it with a living demo shop in the clerk's language. */
export function DemoDataCard() {
  const { t, i18n } = useTranslation('settings')
  const errorText = useErrorText()
  const load = useApiMutation('system.loadDemo')
  // The card is gone once the shop has customers (and the first-start setup with it), which can be
  // before the write answers: the promise, unlike mutate's callbacks, still tells what happened.
  const loadDemo = () =>
    void load.mutateAsync({ locale: detectLocale(i18n.language) }).then(
      (counts) => notifications.show({ color: 'teal', message: t('demo.loaded', counts) }),
      (error: unknown) => notifications.show({ color: 'red', message: errorText(error) }),
    )
  return (
    <Card withBorder data-testid="demo-data">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4}>
          <Text fw={600}>{t('demo.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('demo.body')}
          </Text>
        </Stack>
        <Button variant="light" loading={load.isPending} onClick={loadDemo} data-testid="load-demo">
          {t('demo.load')}
        </Button>
      </Group>
    </Card>
  )
}

import { Alert, Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useApiMutation } from '../../api/hooks'
import { detectLocale } from '../../i18n'
import { useErrorText } from '../../components/errors'

/** Shown on an empty shop: a newcomer can fill it with a living demo shop in one click. */
export function DemoOffer() {
  const { t, i18n } = useTranslation('counter')
  const errorText = useErrorText()
  const load = useApiMutation('system.loadDemo')
  return (
    <Alert color="teal" title={t('emptyShop.title')}>
      <Group justify="space-between">
        <Text size="sm">{t('emptyShop.body')}</Text>
        <Button
          variant="light"
          loading={load.isPending}
          data-testid="counter-load-demo"
          // The offer is gone once the shop has customers, which can be before the write answers:
          // the promise, unlike mutate's callbacks, still tells what happened.
          onClick={() =>
            void load.mutateAsync({ locale: detectLocale(i18n.language) }).then(
              (result) => notifications.show({ color: 'teal', message: t('emptyShop.loaded', result) }),
              (error: unknown) => notifications.show({ color: 'red', message: errorText(error) }),
            )
          }
        >
          {t('emptyShop.load')}
        </Button>
      </Group>
    </Alert>
  )
}

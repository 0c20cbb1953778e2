import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/hooks'
import { OpenDrawerForm } from './OpenDrawerForm'

/**
 * "Open the drawer" without leaving the form: the float is counted in a dialog over it, so a pickup
 * or sale half filled in stays as it is.
 */
export function OpenDrawerButton({ variant = 'filled' }: { variant?: 'filled' | 'light' }) {
  const { t } = useTranslation('drawer')
  const [opened, setOpened] = useState(false)
  const currency = useApi('settings.get', {}).data?.currency ?? 'CNY'
  return (
    <>
      <Button color="orange" variant={variant} onClick={() => setOpened(true)} data-testid="drawer-open-here">
        {t('guard.open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('guard.dialogTitle')} size="lg">
        <OpenDrawerForm currency={currency} onOpened={() => setOpened(false)} />
      </Modal>
    </>
  )
}

/**
 * Said when a money form opens and no drawer is open — not after everything is filled in: money
 * cannot change hands until the day's drawer is opened, which the clerk can do from here.
 */
export function DrawerClosedNotice() {
  const { t } = useTranslation('drawer')
  const current = useApi('drawer.current', {})
  // Loading (undefined) or open: nothing to say.
  if (current.data !== null) return null
  return (
    <Alert color="orange" variant="light" title={t('guard.title')} data-testid="drawer-closed-notice">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('guard.hint')}</Text>
        <OpenDrawerButton />
      </Group>
    </Alert>
  )
}

import { AppShell, Box, Group, Kbd, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Outlet, useLocation } from 'react-router'
import { useApi } from '../api/hooks'
import { useKeys } from '../components/keys/KeysContext'
import { useShopLanguage } from '../components/useShopLanguage'
import { WorkingStaffPicker } from '../components/WorkingStaffPicker'
import { KeysProvider } from './KeysProvider'
import { hotkeyItems, isActive, navGroups } from './navigation'

export function AppLayout() {
  return (
    <KeysProvider>
      <AppFrame />
    </KeysProvider>
  )
}

/** The header, the grouped navigation (each screen's F-key beside it) and the page. */
function AppFrame() {
  const { t } = useTranslation()
  const location = useLocation()
  const { leaveTo, openHelp } = useKeys()
  const settings = useApi('settings.get', {}).data
  useShopLanguage(settings)
  // Leaving goes through leaveTo, which asks first when a form holds unsaved input.
  useHotkeys(
    hotkeyItems.map((item) => [item.hotkey, () => leaveTo(item.to)]),
    [],
  )
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 210, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={600} size="lg">
            {t('app.name')}
          </Text>
          <Group gap="md">
            <Text size="sm" c="dimmed" data-testid="outlet-name">
              {settings ? `${settings.outletName} · ${settings.outletCode}` : ''}
            </Text>
            <WorkingStaffPicker />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('keys:nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          {navGroups.map((group, index) => (
            <Box key={group.heading ?? index} mb={6} data-testid="nav-group" data-group={group.heading}>
              {group.heading && (
                <Text size="xs" fw={700} c="dimmed" px="sm" pt={4} pb={2}>
                  {t(`keys:${group.heading}`)}
                </Text>
              )}
              {group.items.map((link) => (
                <NavLink
                  key={link.to}
                  component={RouterLink}
                  to={link.to}
                  onClick={(event) => {
                    event.preventDefault()
                    leaveTo(link.to)
                  }}
                  label={t(link.key)}
                  py={3}
                  active={isActive(link.to, location.pathname)}
                  rightSection={link.hotkey ? <Kbd size="xs">{link.hotkey}</Kbd> : null}
                />
              ))}
            </Box>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <UnstyledButton onClick={openHelp} px="sm" py={4} data-testid="shortcut-help-open">
            <Text size="xs" c="dimmed">
              {t('keys:help.open')}
            </Text>
          </UnstyledButton>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}

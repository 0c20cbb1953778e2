import { AppShell, Group, Kbd, NavLink, Text } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterLink, Outlet, useLocation, useNavigate } from 'react-router'
import { useApi } from '../api/hooks'
import { useShopLanguage } from '../components/useShopLanguage'
import { WorkingStaffPicker } from '../components/WorkingStaffPicker'

const links = [
  { to: '/', key: 'nav.counter', hotkey: 'F1' },
  { to: '/intake', key: 'nav.intake', hotkey: 'F2' },
  { to: '/tickets', key: 'nav.tickets', hotkey: 'F3' },
  { to: '/customers', key: 'nav.customers', hotkey: 'F4' },
  { to: '/stock', key: 'nav.stock', hotkey: 'F5' },
  { to: '/workshop', key: 'nav.workshop', hotkey: 'F6' },
  { to: '/sale', key: 'nav.sale', hotkey: 'F7' },
  { to: '/drawer', key: 'nav.drawer', hotkey: 'F8' },
  { to: '/invoices', key: 'nav.invoices', hotkey: '' },
  { to: '/money-owed', key: 'nav.moneyOwed', hotkey: '' },
  { to: '/reports/sales', key: 'nav.salesReport', hotkey: '' },
  { to: '/labour', key: 'nav.labour', hotkey: '' },
  { to: '/suppliers', key: 'nav.suppliers', hotkey: '' },
  { to: '/purchase-orders', key: 'nav.purchaseOrders', hotkey: '' },
  { to: '/counts', key: 'nav.counts', hotkey: '' },
  { to: '/reports/stock', key: 'nav.stockReport', hotkey: '' },
  { to: '/settings', key: 'nav.settings', hotkey: '' },
] as const

export function AppLayout() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const settings = useApi('settings.get', {}).data
  useShopLanguage(settings)
  useHotkeys(
    [
      ['F1', () => void navigate('/')],
      ['F2', () => void navigate('/intake')],
      ['F3', () => void navigate('/tickets')],
      ['F4', () => void navigate('/customers')],
      ['F5', () => void navigate('/stock')],
      ['F6', () => void navigate('/workshop')],
      ['F7', () => void navigate('/sale')],
      ['F8', () => void navigate('/drawer')],
    ],
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
      <AppShell.Navbar p="xs">
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={RouterLink}
            to={link.to}
            label={t(link.key)}
            active={link.to === '/' ? location.pathname === '/' : location.pathname.startsWith(link.to)}
            rightSection={link.hotkey ? <Kbd size="xs">{link.hotkey}</Kbd> : null}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  )
}

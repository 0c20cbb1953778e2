/**
 * The navigation, grouped by what a person at the shop is doing. The F-keys reach the screens used
 * all day; the keys are listed here once, for the navigation, the key handler and the shortcut help.
 */
export interface NavItem {
  to: string
  /** common:nav.* */
  key: string
  hotkey?: 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6' | 'F7' | 'F8'
}

export interface NavGroup {
  /** keys:nav.* heading; none for the last group (settings), which needs no heading */
  heading?: string
  items: NavItem[]
}

export const navGroups: NavGroup[] = [
  {
    heading: 'nav.counter',
    items: [
      { to: '/', key: 'nav.counter', hotkey: 'F1' },
      { to: '/intake', key: 'nav.intake', hotkey: 'F2' },
      { to: '/tickets', key: 'nav.tickets', hotkey: 'F3' },
      { to: '/customers', key: 'nav.customers', hotkey: 'F4' },
    ],
  },
  {
    heading: 'nav.workshop',
    items: [
      { to: '/workshop', key: 'nav.workshop', hotkey: 'F6' },
      { to: '/labour', key: 'nav.labour' },
    ],
  },
  {
    heading: 'nav.stock',
    items: [
      { to: '/stock', key: 'nav.stock', hotkey: 'F5' },
      { to: '/suppliers', key: 'nav.suppliers' },
      { to: '/purchase-orders', key: 'nav.purchaseOrders' },
      { to: '/counts', key: 'nav.counts' },
    ],
  },
  {
    heading: 'nav.money',
    items: [
      { to: '/sale', key: 'nav.sale', hotkey: 'F7' },
      { to: '/drawer', key: 'nav.drawer', hotkey: 'F8' },
      { to: '/invoices', key: 'nav.invoices' },
      { to: '/money-owed', key: 'nav.moneyOwed' },
    ],
  },
  {
    heading: 'nav.reports',
    items: [
      { to: '/reports/sales', key: 'nav.salesReport' },
      { to: '/reports/stock', key: 'nav.stockReport' },
    ],
  },
  { items: [{ to: '/settings', key: 'nav.settings' }] },
]

/** The F-key screens in key order (F1 … F8). */
export const hotkeyItems = navGroups
  .flatMap((group) => group.items)
  .filter((item): item is NavItem & { hotkey: NonNullable<NavItem['hotkey']> } => item.hotkey !== undefined)
  .sort((a, b) => a.hotkey.localeCompare(b.hotkey))

export function isActive(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname.startsWith(to)
}

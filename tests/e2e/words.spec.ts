/** The words a clerk reads, in each language: lists with the language's separator, buttons named in it. */
import { expect, test } from './fixtures'
import { callApi } from './pages/api'

for (const { locale, accessories, shown, toggle } of [
  {
    locale: 'zh-CN',
    accessories: ['充电器', '保护壳'],
    shown: '充电器、保护壳',
    toggle: '显示或隐藏开机密码',
  },
  {
    locale: 'zh-TW',
    accessories: ['充電器', '保護殼'],
    shown: '充電器、保護殼',
    toggle: '顯示或隱藏開機密碼',
  },
  {
    locale: 'en-US',
    accessories: ['Charger', 'Case'],
    shown: 'Charger, Case',
    toggle: 'Show or hide the unlock code',
  },
]) {
  test.describe(locale, () => {
    test.use({ locale })

    test('the ticket lists its accessories with the language’s separator', async ({ page }) => {
      const ticket = await callApi<{ id: string; number: string }>(page, 'tickets.intake', {
        customer: { kind: 'new', name: '王芳', phones: ['13800138000'] },
        device: { kind: 'new', category: 'phone', brand: 'Apple', model: 'iPhone 13' },
        reportedFault: '屏幕碎裂',
        accessories,
      })
      await page.goto(`/#/tickets/${ticket.id}`)
      await expect(page.getByTestId('ticket-number')).toHaveText(ticket.number)
      await expect(page.getByRole('main')).toContainText(shown)
    })

    test('the unlock code’s show/hide button is named in the language', async ({ page }) => {
      await page.goto('/#/intake')
      await expect(page.getByTestId('intake-unlock-code')).toBeVisible()
      await expect(page.getByRole('button', { name: toggle, exact: true })).toBeVisible()
    })
  })
}

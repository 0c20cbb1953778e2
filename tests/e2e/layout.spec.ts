/**
 * What fits on a counter's screen: at 1366×768 and at 1920×1080, every page keeps document numbers
 * on one line, badges whole and the sale's figures uncut, and the workshop board says when it scrolls.
 * Each page's screenshot is kept (test-results/screens/) for a person to look at.
 */
import { expect, keepScreenshot, test } from './fixtures'
import { Tour } from './pages/tour'

// These run in the page (the test project has no DOM types): as strings, so the compiler leaves them be.

/** Document numbers (SC01-000066, PO…, INV…) shown on more than one line. */
const wrappedNumbers = `(() => {
  const wrapped = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim()
    if (!/^[A-Z]{1,4}\\d{0,3}-[A-Z]{0,3}-?\\d{4,}$/.test(text)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
    if (tops.size > 1) wrapped.push(text)
  }
  return wrapped
})()`

/** Badges and figure cells whose text is cut (an ellipsis or clipped overflow). */
const cutTexts = `[...document.querySelectorAll('.mantine-Badge-label, [data-testid="counter-line-amount"]')]
  .filter((element) => element.scrollWidth > element.clientWidth + 1)
  .map((element) => element.textContent ?? '')`

/** How many lines the text of the first element matching this selector takes. */
const linesOfText = (selector: string) => `(() => {
  const range = document.createRange()
  range.selectNodeContents(document.querySelector('${selector}'))
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
})()`

/** Whether the first field with this test id shows its whole value. */
const uncut = (testId: string) => `(() => {
  const input = document.querySelector('[data-testid="${testId}"]')
  return input.scrollWidth <= input.clientWidth
})()`

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  for (const locale of ['zh-CN', 'en-US']) {
    test.describe(`${viewport.width}×${viewport.height} in ${locale}`, () => {
      test.use({ locale, viewport })

      test('every page keeps numbers, badges and figures whole', async ({ page }, testInfo) => {
        test.setTimeout(180_000)
        const tour = new Tour(page)
        const shop = await tour.fill()
        const problems: string[] = []
        for (const stop of tour.stops(shop)) {
          await test.step(stop.name, async () => {
            await tour.visit(stop)
            if (stop.name === 'sale') await tour.saleWithLongPart(shop)
            for (const number of await page.evaluate<string[]>(wrappedNumbers))
              problems.push(`${stop.name}: ${number} wraps`)
            for (const text of await page.evaluate<string[]>(cutTexts))
              problems.push(`${stop.name}: "${text}" is cut`)
            await keepScreenshot(page, testInfo, `${locale}-${viewport.width}-${stop.name}`)
          })
        }
        expect(problems).toEqual([])
      })

      test('the sale keeps a long part name readable beside its figures', async ({ page }) => {
        const tour = new Tour(page)
        const shop = await tour.fill()
        await tour.visit({ name: 'sale', path: '/sale' })
        await tour.saleWithLongPart(shop)
        const line = page.getByTestId('counter-line')
        // The part's name: the first paragraph of the line's first cell.
        await expect(line.locator('td p').first()).toContainText('iPhone 13 Pro Max')
        const lines = await page.evaluate<number>(linesOfText('[data-testid="counter-line"] td p'))
        expect(lines).toBeLessThanOrEqual(3)
        const price = line.getByTestId('counter-line-price')
        await expect(price).toHaveValue('160.00')
        expect(await page.evaluate<boolean>(uncut('counter-line-price'))).toBe(true)
        const amount = page.getByTestId('tender-line').first().getByTestId('tender-amount')
        await expect(amount).toHaveValue('160.00')
        expect(await page.evaluate<boolean>(uncut('tender-amount'))).toBe(true)
      })

      test('the workshop board says where the columns beyond its edge are, and goes there', async ({
        page,
      }, testInfo) => {
        const tour = new Tour(page)
        await tour.fill()
        await tour.visit({ name: 'workshop', path: '/workshop' })
        // Ten open statuses at 200 px or more each: wider than both screens.
        const board = page.getByTestId('workshop-board')
        const lastColumn = board.getByTestId('board-column').last()
        const hint = page.getByTestId('board-scroll-hint')
        await expect(lastColumn).not.toBeInViewport({ ratio: 1 })
        await expect(hint).toBeVisible()
        await keepScreenshot(page, testInfo, `${locale}-${viewport.width}-workshop-board`)
        await expect(async () => {
          await hint.click()
          await expect(hint).toBeHidden({ timeout: 1_000 })
        }).toPass()
        await expect(lastColumn).toBeInViewport({ ratio: 1 })
      })
    })
  }
}

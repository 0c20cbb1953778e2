/**
 * Screens everyone can read: axe-core over every page of the app, with data in it, in each of the
 * three languages. Any serious or critical finding fails the test, listed page by page.
 */
import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { Tour, type TourStop } from './pages/tour'

interface Finding {
  page: string
  rule: string
  impact: string
  nodes: number
  example: string
  /** Each element found, with what axe measured (colours and ratio for contrast), for the report file. */
  details: string[]
}

/**
 * Findings a person meets: serious and critical ones, and the page structure a screen reader walks
 * by (one level-one title, headings in order, named table columns), which axe rates lower.
 */
const structureRules = ['page-has-heading-one', 'heading-order', 'empty-table-header']

function blocks(finding: Finding): boolean {
  return (
    finding.impact === 'serious' || finding.impact === 'critical' || structureRules.includes(finding.rule)
  )
}

async function axeFindings(page: Page, stop: TourStop): Promise<Finding[]> {
  // The label/name check is marked experimental in axe-core, so it is off unless asked for.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze()
  return results.violations.map((violation) => ({
    page: stop.name,
    rule: violation.id,
    impact: violation.impact ?? '',
    nodes: violation.nodes.length,
    example: violation.nodes[0]?.failureSummary?.split('\n').slice(0, 2).join(' ') ?? '',
    details: violation.nodes.map(
      (node) => `${node.target.join(' ')} ${JSON.stringify(node.any[0]?.data ?? node.all[0]?.data ?? '')}`,
    ),
  }))
}

for (const [locale, browserLocale] of [
  ['zh-CN', 'zh-CN'],
  ['zh-TW', 'zh-TW'],
  ['en', 'en-US'],
] as const) {
  test.describe(`every page in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('has no serious or critical accessibility findings', async ({ page }, testInfo) => {
      test.setTimeout(240_000)
      const tour = new Tour(page)
      const shop = await tour.fill()
      const findings: Finding[] = []
      for (const stop of tour.stops(shop)) {
        await test.step(stop.name, async () => {
          await tour.visit(stop)
          if (stop.name === 'sale') await tour.saleWithLongPart(shop)
          findings.push(...(await axeFindings(page, stop)))
        })
      }
      const line = (finding: Finding) =>
        `${finding.page}: ${finding.rule} (${finding.impact}, ${finding.nodes}×) ${finding.example}`
      const file = testInfo.outputPath(`axe-${locale}.txt`)
      fs.writeFileSync(file, `${findings.length} findings\n${findings.map(line).join('\n')}\n`)
      fs.writeFileSync(
        testInfo.outputPath(`axe-${locale}-elements.txt`),
        findings
          .flatMap((finding) => finding.details.map((detail) => `${finding.page} ${finding.rule} ${detail}`))
          .join('\n'),
      )
      await testInfo.attach(`axe-${locale}`, { path: file, contentType: 'text/plain' })
      expect(findings.filter(blocks).map(line), `axe in ${locale}`).toEqual([])
    })
  })
}

test.describe('every printed document in zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('has no serious or critical accessibility findings', async ({ page }, testInfo) => {
    test.setTimeout(180_000)
    // The print dialog cannot open in a test: the views ask for it, and nothing answers.
    await page.addInitScript(() => {
      ;(globalThis as unknown as { print: () => void }).print = () => undefined
    })
    const tour = new Tour(page)
    const shop = await tour.fill()
    const findings: Finding[] = []
    for (const stop of tour.printStops(shop)) {
      await test.step(stop.name, async () => {
        await tour.visitPrint(stop)
        findings.push(...(await axeFindings(page, stop)))
      })
    }
    const line = (finding: Finding) =>
      `${finding.page}: ${finding.rule} (${finding.impact}, ${finding.nodes}×) ${finding.example}`
    const file = testInfo.outputPath('axe-print.txt')
    fs.writeFileSync(file, `${findings.length} findings\n${findings.map(line).join('\n')}\n`)
    fs.writeFileSync(
      testInfo.outputPath('axe-print-elements.txt'),
      findings
        .flatMap((finding) => finding.details.map((detail) => `${finding.page} ${finding.rule} ${detail}`))
        .join('\n'),
    )
    expect(findings.filter(blocks).map(line), 'axe on printed documents').toEqual([])
  })
})

import fs from 'node:fs'
import { defineConfig } from '@playwright/test'

// `npm test` finds (or fetches) a Chromium and passes it in CHROMIUM_PATH; see scripts/chromium.mjs.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // A whole workflow (a shop set up, a repair taken in, priced and approved) takes about 30 s here,
  // and two or three times that on a 2-core machine doing other work: the budget allows for a busy
  // machine, while every step still waits for a state, never for a time.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'playwright-report', open: 'never' }]],
  use: {
    viewport: { width: 1366, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
})

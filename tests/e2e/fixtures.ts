/**
 * Each end-to-end test gets its own shop: a fresh data folder and its own browser-door server
 * (the built app, `node out/main/server.js`), on a free port. Nothing is shared between tests.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test as base, expect, type Page, type TestInfo } from '@playwright/test'

export interface Shop {
  url: string
  dataDir: string
}

async function startServer(
  dataDir: string,
  extraArgs: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; process: ChildProcess }> {
  const server = spawn(
    process.execPath,
    [
      `${process.env.SC_OUT ?? 'out'}/main/server.js`,
      '--db',
      path.join(dataDir, 'shop.db'),
      '--port',
      '0',
      '--check-output',
      ...extraArgs,
    ],
    { env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    server.stdout.on('data', read)
    server.stderr.on('data', read)
    server.on('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)))
  })
  return { url, process: server }
}

export const test = base.extend<{
  shop: Shop
  shopArgs: string[]
  /** Start on the first-start setup instead of the counter (tests of the setup itself). */
  firstStart: boolean
  /** The server's environment, e.g. `{ LANG: 'C' }`. */
  shopEnv: Record<string, string>
}>({
  shopArgs: [[], { option: true }],
  firstStart: [false, { option: true }],
  shopEnv: [{}, { option: true }],
  shop: async ({ shopArgs, firstStart, shopEnv }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-e2e-'))
    const args = firstStart ? shopArgs : ['--setup-done', ...shopArgs]
    const server = await startServer(dataDir, args, shopEnv)
    await use({ url: server.url, dataDir })
    server.process.kill('SIGTERM')
    fs.rmSync(dataDir, { recursive: true, force: true })
  },
  baseURL: async ({ shop }, use) => {
    await use(shop.url)
  },
})

/** Keeps a full-page screenshot of what the user saw as an artifact of the test. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(name, { path: file, contentType: 'image/png' })
  const shared = path.join('test-results', 'screens')
  fs.mkdirSync(shared, { recursive: true })
  fs.copyFileSync(file, path.join(shared, `${testInfo.project.name || 'chromium'}-${name}.png`))
}

export { expect }

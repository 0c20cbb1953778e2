/**
 * The desktop app itself, where Electron's binary exists. It is downloaded by Electron's installer
 * (from GitHub or ELECTRON_MIRROR) and is absent on machines without that network, so there the
 * test is skipped and says why; everything behind the window is covered by the browser-door tests.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron as electron } from '@playwright/test'
import { expect, test } from './fixtures'

const electronDir = path.join('node_modules', 'electron')
const pathFile = path.join(electronDir, 'path.txt')
const binary = fs.existsSync(pathFile)
  ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  : null
const sqliteForElectron = path.join(
  '.electron-native',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
)

const missing =
  !binary || !fs.existsSync(binary)
    ? "Electron's binary is not installed (its download needs GitHub or ELECTRON_MIRROR); run `npm start` once where the network allows."
    : !fs.existsSync(sqliteForElectron)
      ? 'better-sqlite3 is not built for Electron yet; `npm start` builds it where the network allows.'
      : null

test('the desktop app opens its window on the counter', async () => {
  if (missing) console.log(`[electron smoke test skipped] ${missing}`)
  test.skip(missing !== null, missing ?? '')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-center-electron-'))
  const app = await electron.launch({
    executablePath: binary ?? '',
    args: ['.', '--db', path.join(dataDir, 'shop.db')],
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('counter-search')).toBeVisible()
    expect(
      await window.evaluate(() => typeof (window as unknown as { serviceCenter?: unknown }).serviceCenter),
    ).toBe('object')
  } finally {
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
})

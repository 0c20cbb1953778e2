// Finds a Chromium for the end-to-end tests, or gets one, and says plainly which and how.
// Order: $CHROMIUM_PATH; a system Chromium/Chrome; Playwright's own download; Debian's apt package.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright-core')
    const file = chromium.executablePath()
    return file && fs.existsSync(file) ? file : null
  } catch {
    return null
  }
}

export async function findChromium(say = console.log) {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) {
    say(`using the Chromium named by CHROMIUM_PATH: ${process.env.CHROMIUM_PATH}`)
    return process.env.CHROMIUM_PATH
  }
  const system = systemCandidates.find((file) => fs.existsSync(file))
  if (system) {
    say(`using the Chromium installed on this computer: ${system}`)
    return system
  }
  const downloaded = await playwrightChromium()
  if (downloaded) {
    say(`using Playwright's Chromium: ${downloaded}`)
    return downloaded
  }
  say("no Chromium found; trying Playwright's download (npx playwright install chromium)…")
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 300_000,
  })
  const fetched = install.status === 0 ? await playwrightChromium() : null
  if (fetched) {
    say(`downloaded Playwright's Chromium: ${fetched}`)
    return fetched
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (fs.existsSync('/usr/bin/apt-get') && isRoot) {
    say("Playwright's download failed; installing Debian's chromium with apt-get…")
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' })
    if (fs.existsSync('/usr/bin/chromium')) {
      say('installed /usr/bin/chromium from apt')
      return '/usr/bin/chromium'
    }
  }
  throw new Error(
    'No Chromium for the end-to-end tests: install Chrome or Chromium (Debian/Ubuntu: sudo apt-get install chromium), ' +
      'or set CHROMIUM_PATH to its executable.',
  )
}

#!/usr/bin/env node
// `npm test`: everything CI checks after install, in order, stopping at the first failure:
// types, lint and format, unit tests (real SQLite files), the build, end-to-end tests in Chromium.
// `--e2e-only` runs the build and the end-to-end tests.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from './chromium.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const e2eOnly = process.argv.includes('--e2e-only')
const say = (line) => console.log(`\n[test] ${line}`)
const vitestJson = path.join(root, 'test-results', 'vitest.json')
const playwrightJson = path.join(root, 'test-results', 'playwright.json')
for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true })

function run(title, command, args, env = {}) {
  say(title)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`[test] FAILED: ${title}`)
    process.exit(result.status ?? 1)
  }
  console.log(`[test] ok: ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

if (!e2eOnly) {
  run('type check (tsc -b)', bin('tsc'), ['-b'])
  run('lint (eslint, no warnings allowed)', bin('eslint'), ['.', '--max-warnings', '0'])
  run('format (prettier --check)', bin('prettier'), ['--check', '.'])
  run('unit and service tests (vitest, real SQLite files)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestJson}`,
  ])
}
run('build (electron-vite build)', bin('electron-vite'), ['build'])
say('finding a Chromium for the end-to-end tests')
const chromium = await findChromium((line) => console.log(`[test] ${line}`))
run(
  'end-to-end tests (Playwright in Chromium, through the HTTP door)',
  bin('playwright'),
  ['test', '--reporter=list,json'],
  {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  },
)

/** One closing line over both runners, so a reader (or CI) sees the whole count at once. */
function counts() {
  const total = { passed: 0, failed: 0, skipped: 0 }
  if (fs.existsSync(vitestJson) && !e2eOnly) {
    const unit = JSON.parse(fs.readFileSync(vitestJson, 'utf8'))
    total.passed += unit.numPassedTests
    total.failed += unit.numFailedTests
    total.skipped += unit.numPendingTests + unit.numTodoTests
  }
  if (fs.existsSync(playwrightJson)) {
    const { stats } = JSON.parse(fs.readFileSync(playwrightJson, 'utf8'))
    total.passed += stats.expected + stats.flaky
    total.failed += stats.unexpected
    total.skipped += stats.skipped
  }
  return total
}
const total = counts()
say('all checks passed')
console.log(`Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)

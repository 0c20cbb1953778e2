#!/usr/bin/env node
// `npm run dist`: installers with electron-builder. better-sqlite3 must match Electron's ABI inside
// the package, so its Electron build is fetched first (this needs Electron's downloads, or a mirror
// via ELECTRON_MIRROR / npm_config_disturl), and the Node build the tests use is put back afterwards.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const modules = path.join(root, 'node_modules')
const sqliteDir = path.join(modules, 'better-sqlite3')
const binding = path.join(sqliteDir, 'build', 'Release', 'better_sqlite3.node')
const backup = `${binding}.node-abi`
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(modules, 'electron', 'package.json'), 'utf8'),
).version
const dryRun = process.argv.includes('--dry-run')

function run(title, command, args, cwd = root) {
  console.log(`[dist] ${title}`)
  if (dryRun) {
    console.log(`[dist]   would run: ${[command, ...args].join(' ')} (in ${path.relative(root, cwd) || '.'})`)
    return true
  }
  return spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0
}

if (
  !run('building the app', process.execPath, [
    path.join(modules, 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ])
) {
  process.exit(1)
}
if (!dryRun) fs.copyFileSync(binding, backup)
try {
  const fetched = run(
    `fetching better-sqlite3 for Electron ${electronVersion}`,
    process.execPath,
    [path.join(modules, 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion],
    sqliteDir,
  )
  if (!fetched) {
    console.error(
      "[dist] could not fetch better-sqlite3 for Electron: packaging needs Electron's downloads or a mirror.",
    )
    process.exit(1)
  }
  const builderArgs = [
    '--config',
    'electron-builder.yml',
    ...process.argv.slice(2).filter((arg) => arg !== '--dry-run'),
  ]
  if (!run('packaging with electron-builder', path.join(modules, '.bin', 'electron-builder'), builderArgs))
    process.exit(1)
} finally {
  if (!dryRun) {
    fs.copyFileSync(backup, binding)
    fs.rmSync(backup)
    console.log('[dist] restored the Node build of better-sqlite3 for tests and the browser door')
  }
}

#!/usr/bin/env node
// `npm start`: build if needed, then open the desktop app; where Electron's binary cannot be had,
// serve the very same app and database to a browser on 127.0.0.1 and print the address.
// Arguments after `--` go to the app: --demo, --setup-done, --db PATH, --port N.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const modules = path.join(root, 'node_modules')
const args = process.argv.slice(2)
const say = (line) => console.log(`[start] ${line}`)

function newestSource(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full))
    else newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

function buildIfNeeded() {
  const built = path.join(root, 'out', 'main', 'server.js')
  const sources = Math.max(
    ...['main', 'renderer', 'shared', 'resources'].map((dir) => newestSource(path.join(root, dir))),
  )
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return
  say('building the app (electron-vite build)…')
  const result = spawnSync(
    process.execPath,
    [path.join(modules, 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) {
    console.error('[start] the build failed; see the messages above.')
    process.exit(result.status ?? 1)
  }
}

/** The Electron binary's path, fetching it once if it is missing (honours ELECTRON_MIRROR). */
function electronBinary() {
  const electronDir = path.join(modules, 'electron')
  const find = () => {
    const pathFile = path.join(electronDir, 'path.txt')
    if (!fs.existsSync(pathFile)) return null
    const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
    return fs.existsSync(binary) ? binary : null
  }
  if (find()) return { binary: find() }
  say(
    `Electron's binary is missing; fetching it${process.env.ELECTRON_MIRROR ? ` from ${process.env.ELECTRON_MIRROR}` : ''}…`,
  )
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
  })
  const binary = find()
  if (binary) return { binary }
  const reason = `${result.stderr ?? ''}${result.stdout ?? ''}`.match(
    /(ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|403|404)[^\n]*/,
  )?.[0]
  return {
    binary: null,
    reason: reason ?? (result.error ? String(result.error.message) : 'the download failed'),
  }
}

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build that tests use. */
function electronSqlite() {
  const target = path.join(root, '.electron-native', 'better-sqlite3')
  const binding = path.join(target, 'build', 'Release', 'better_sqlite3.node')
  if (fs.existsSync(binding)) return true
  say('building better-sqlite3 for Electron into .electron-native/ …')
  fs.cpSync(path.join(modules, 'better-sqlite3'), target, { recursive: true })
  fs.rmSync(path.join(target, 'build'), { recursive: true, force: true })
  const version = JSON.parse(fs.readFileSync(path.join(modules, 'electron', 'package.json'), 'utf8')).version
  const result = spawnSync(
    process.execPath,
    [path.join(modules, 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', version],
    { cwd: target, stdio: 'inherit' },
  )
  return result.status === 0 && fs.existsSync(binding)
}

function startBrowserDoor() {
  const server = spawn(process.execPath, [path.join(root, 'out', 'main', 'server.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
  })
  server.on('exit', (code) => process.exit(code ?? 0))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
}

buildIfNeeded()
const electron = electronBinary()
if (electron.binary && electronSqlite()) {
  say('opening the desktop app')
  const app = spawn(electron.binary, [root, ...args], { cwd: root, stdio: 'inherit' })
  app.on('exit', (code) => process.exit(code ?? 0))
} else {
  const why = electron.binary
    ? 'better-sqlite3 could not be built for Electron (its headers need a network)'
    : `Electron's binary could not be fetched (${electron.reason}); set ELECTRON_MIRROR to a reachable mirror`
  say(`${why}. Serving the same app and database in your browser instead:`)
  startBrowserDoor()
}

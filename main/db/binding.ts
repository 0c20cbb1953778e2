import fs from 'node:fs'
import path from 'node:path'

/**
 * better-sqlite3 is compiled for one runtime at a time: `npm ci` builds it for Node (tests, the
 * browser door). Electron embeds another Node ABI, so the desktop app loads its own copy, built by
 * `npm run start` into .electron-native/ (or rebuilt by electron-builder when packaging).
 * Returns the binding to use, or undefined for the default one.
 */
export function electronNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined
  const candidate = path.join(
    appRoot,
    '.electron-native',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  )
  return fs.existsSync(candidate) ? candidate : undefined
}

import os from 'node:os'
import path from 'node:path'

export const productName = 'Service Center'
export const databaseFileName = 'service-center.db'

/** Electron's userData folder for this app, computed the same way without Electron (browser door). */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir()
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName)
}

/** `--db PATH` wins, then SERVICE_CENTER_DB, then the app's user-data folder. */
export function resolveDatabasePath(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  dataDir: string,
): string {
  const flag = argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='))
  if (flag >= 0) {
    const arg = argv[flag]!
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1]
    if (value && !value.startsWith('--')) return path.resolve(value)
  }
  if (env.SERVICE_CENTER_DB) return path.resolve(env.SERVICE_CENTER_DB)
  return path.join(dataDir, databaseFileName)
}

/** The language a new shop starts in: the computer's, among the three we ship. */
export function systemLocale(
  env: NodeJS.ProcessEnv = process.env,
  fallback?: string,
): 'zh-CN' | 'zh-TW' | 'en' {
  // `||`, not `??`: a variable set but empty (LC_ALL= is common) means "not set" to the system too.
  const raw = (
    fallback ||
    env.LC_ALL ||
    env.LC_MESSAGES ||
    env.LANG ||
    Intl.DateTimeFormat().resolvedOptions().locale
  )
    .replace('_', '-')
    .toLowerCase()
  if (/^zh-(tw|hk|mo|hant)/.test(raw)) return 'zh-TW'
  if (raw.startsWith('zh')) return 'zh-CN'
  return 'en'
}

/** Photos and files attached to tickets live beside the database, in its data folder. */
export function attachmentsFolder(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'attachments')
}

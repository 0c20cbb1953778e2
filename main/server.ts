/**
 * The browser door as a program: `node out/main/server.js [--db PATH] [--port N] [--demo] [--setup-done]`.
 * Serves the built renderer and the API on 127.0.0.1 and prints the address.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startCore } from './core'
import { DatabaseTooNewError } from './db/migrate'
import { createHttpDoor, listen } from './http'
import { resolveDatabasePath, systemLocale, userDataDir } from './paths'

function option(argv: string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))
  if (index < 0) return undefined
  const arg = argv[index]!
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const here = path.dirname(fileURLToPath(import.meta.url))
  const databasePath = resolveDatabasePath(argv, process.env, userDataDir())
  const port = Number(option(argv, 'port') ?? process.env.SERVICE_CENTER_PORT ?? 5317)
  const staticDir = option(argv, 'static') ?? path.resolve(here, '../renderer')
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Service Center: --port must be a number from 0 to 65535, not "${option(argv, 'port')}".`)
    process.exit(2)
  }
  const core = await startCore({
    databasePath,
    door: 'http',
    // A new shop's language, currency and terms; the computer's language unless --locale says.
    locale: systemLocale(process.env, option(argv, 'locale')),
    demo: argv.includes('--demo'),
    setupDone: argv.includes('--setup-done'),
    checkOutput: argv.includes('--check-output'),
    log: (message, error) => console.error(`[service-center] ${message}:`, error),
  })
  const server = createHttpDoor({ context: core.context, staticDir })
  const actualPort = await listen(server, '127.0.0.1', port)
  if (core.demoLoaded) console.log('Service Center: demo data loaded into the empty database.')
  console.log(`Service Center is running at http://127.0.0.1:${actualPort}/  (database: ${databasePath})`)
  const stop = () => {
    server.close()
    void core.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseTooNewError) console.error(`Service Center: ${error.message}`)
  else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error('Service Center: that port is in use (is Service Center already running?). Try --port 0.')
  } else console.error('Service Center could not start:', error)
  process.exit(1)
})

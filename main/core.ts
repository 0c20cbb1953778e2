/** Opens the shop's database and builds the handler context; both doors start here. */
import { openDatabase, type OpenOptions } from './db/open'
import type { HandlerContext } from './handlers'
import type { PrinterPort } from './print/port'
import { loadDemoData } from './services/demo'
import { forgetOldAnswers } from './services/idempotency'
import { currentActor, initializeStore } from './services/settings'
import { markSetupCompleted } from './services/setup'
import type { Locale } from '../shared/contract'

export interface CoreOptions extends OpenOptions {
  databasePath: string
  door: 'ipc' | 'http'
  locale: Locale
  printer?: PrinterPort | null
  demo?: boolean
  /** Counts the first-start setup as done (scripted installs, and tests that start at the counter). */
  setupDone?: boolean
  checkOutput?: boolean
  log?: (message: string, error: unknown) => void
}

export interface Core {
  context: HandlerContext
  close: () => Promise<void>
  demoLoaded: boolean
}

export async function startCore(options: CoreOptions): Promise<Core> {
  const opened = await openDatabase(options.databasePath, options)
  await opened.db.transaction().execute((trx) => initializeStore(trx, options.locale))
  await forgetOldAnswers(opened.db)
  let demoLoaded = false
  if (options.demo) {
    const empty = !(await opened.db.selectFrom('customers').select('id').limit(1).executeTakeFirst())
    if (empty) {
      await opened.db
        .transaction()
        .execute(async (trx) => loadDemoData(trx, options.locale, await currentActor(trx)))
      demoLoaded = true
    }
  }
  // The demo fills the shop: there is nothing left for the setup to ask.
  if (options.setupDone || options.demo) await markSetupCompleted(opened.db)
  const context: HandlerContext = {
    db: opened.db,
    door: options.door,
    databasePath: opened.path,
    printer: options.printer ?? null,
    ...(options.checkOutput ? { checkOutput: true } : {}),
    ...(options.log ? { log: options.log } : {}),
  }
  return { context, close: opened.close, demoLoaded }
}

/**
 * Run in a new process by the cold-start benchmark (bundled like the app's main process): what the
 * core does at start, up to the first ticket page. Prints its own milestones as one JSON line.
 */
import { openDatabase } from '../main/db/open'
import { initializeStore } from '../main/services/settings'
import { listTickets } from '../main/services/tickets'

const imported = performance.now()
const file = process.argv[2]
if (!file) throw new Error('usage: coldStart.child <database>')
const opened = await openDatabase(file)
await opened.db.transaction().execute((trx) => initializeStore(trx, 'zh-CN'))
const ready = performance.now()
const page = await listTickets(opened.db, {
  status: 'all',
  query: '',
  createdFrom: null,
  cursor: null,
  limit: 50,
})
const firstPage = performance.now()
await opened.close()
console.log(JSON.stringify({ imported, ready, firstPage, rows: page.items.length }))

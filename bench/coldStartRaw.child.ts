/**
 * The raw counterpart of coldStart.child.ts: better-sqlite3 alone, the same pragmas as openSqlite,
 * then the statements the Kysely start executed (recorded by the parent), in order.
 */
import fs from 'node:fs'
import SQLite from 'better-sqlite3'

interface Statement {
  sql: string
  parameters: unknown[]
  reader: boolean
}

const imported = performance.now()
const [file, statementsFile] = process.argv.slice(2)
if (!file || !statementsFile) throw new Error('usage: coldStartRaw.child <database> <statements.json>')
const statements = JSON.parse(fs.readFileSync(statementsFile, 'utf8')) as Statement[]
const sqlite = new SQLite(file)
sqlite.pragma('journal_mode = WAL')
sqlite.pragma('foreign_keys = ON')
sqlite.pragma('synchronous = FULL')
sqlite.pragma('busy_timeout = 5000')
let rows = 0
for (const statement of statements) {
  const prepared = sqlite.prepare(statement.sql)
  if (statement.reader) rows = prepared.all(statement.parameters).length
  else prepared.run(statement.parameters)
}
const firstPage = performance.now()
sqlite.close()
console.log(JSON.stringify({ imported, ready: firstPage, firstPage, rows }))

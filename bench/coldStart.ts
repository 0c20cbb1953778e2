/**
 * Cold start: a new Node process opens the busy database (pragmas, the migrations check, the first
 * start's settings check) and fetches the first ticket page. The packaged app runs main-process
 * code bundled by electron-vite with its dependencies left in node_modules, so the honest figure
 * bundles the child the same way (Vite, SSR build, dependencies external). Running the TypeScript
 * through tsx is shown too, as what `npm run dev` pays, not as the app's figure.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { migrate } from '../main/db/migrate'
import { initializeStore } from '../main/services/settings'
import { listTickets } from '../main/services/tickets'
import { recordingKysely, stats, type Stats } from './measure'
import type SQLite from 'better-sqlite3'

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const projectRoot = path.dirname(benchDir)
/** The child's TypeScript source, for running it through tsx. */
export const childSource = path.join(benchDir, 'coldStart.child.ts')

export interface ColdStartFigure {
  name: string
  /** From spawning the process to its exit, in ms. */
  wall: Stats
  /** Inside the process, from its start to the first page in hand (median, ms). */
  firstPage: number
  /** Inside the process, from its start to the end of module loading (median, ms). */
  imported: number
}

interface ChildReport {
  imported: number
  ready: number
  firstPage: number
  rows: number
}

/** Bundles both children into `outDir` (kysely.mjs, raw.mjs). */
export async function bundleChildren(outDir: string): Promise<{ kysely: string; raw: string }> {
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      copyPublicDir: false,
      rollupOptions: {
        input: { kysely: childSource, raw: path.join(benchDir, 'coldStartRaw.child.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  })
  return { kysely: path.join(outDir, 'kysely.mjs'), raw: path.join(outDir, 'raw.mjs') }
}

/** The statements the Kysely child executes after opening, for the raw child to run. */
export async function startStatements(sqlite: SQLite.Database, file: string): Promise<void> {
  const recorder = recordingKysely(sqlite)
  await migrate(recorder.db)
  await recorder.db.transaction().execute((trx) => initializeStore(trx, 'zh-CN'))
  await listTickets(recorder.db, { status: 'all', query: '', createdFrom: null, cursor: null, limit: 50 })
  const statements = recorder.take().map(({ sql, parameters, reader }) => ({ sql, parameters, reader }))
  fs.writeFileSync(file, JSON.stringify(statements, null, 1))
}

/**
 * Drops the database file's pages from the OS page cache (posix_fadvise DONTNEED, through Python,
 * since Node has no binding for it), as after a reboot. False where that is not available.
 */
export function evictFromPageCache(file: string): boolean {
  const script =
    'import os,sys\nfor f in sys.argv[1:]:\n  fd=os.open(f,os.O_RDONLY); os.posix_fadvise(fd,0,0,os.POSIX_FADV_DONTNEED); os.close(fd)'
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' })
  return result.status === 0
}

export function measureColdStart(
  name: string,
  args: string[],
  runs: number,
  before?: () => void,
): ColdStartFigure {
  const walls: number[] = []
  const reports: ChildReport[] = []
  for (let run = 0; run < runs; run += 1) {
    before?.()
    const started = performance.now()
    const result = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8' })
    walls.push(performance.now() - started)
    if (result.status !== 0) throw new Error(`${name}: the child failed\n${result.stderr}`)
    const report = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport
    // The service asks for one row more than the page, to know whether another page follows.
    if (report.rows < 50) throw new Error(`${name}: expected a first page of 50 tickets, got ${report.rows}`)
    reports.push(report)
  }
  return {
    name,
    wall: stats(walls),
    firstPage: stats(reports.map((report) => report.firstPage)).median,
    imported: stats(reports.map((report) => report.imported)).median,
  }
}

/**
 * Gapless invoice numbers while two connections issue invoices at the same time.
 *
 * Why threads: better-sqlite3 is synchronous. Two connections in ONE thread cannot really run at
 * once: when one holds SQLite's write lock and awaits between statements, the other's write waits
 * in SQLite's busy handler, which blocks the thread, so the holder never gets to commit (a stall
 * until busy_timeout). Real concurrency is two threads (or processes), each with its own
 * connection, as a second program on the same file would be. Each worker opens the file with
 * main/db/open.ts (the real pragmas: WAL, busy_timeout) and issues counter sales through the
 * door's own entry point (dispatch: one transaction per call). When a transaction loses the race
 * (SQLITE_BUSY while the other commits, or a stale read snapshot), SQLite rolls it back whole and
 * the worker sends it again, as a counter would. Some sales are refused on purpose after their
 * number was taken (an overpayment): the rollback must give the number back.
 */
import { Worker } from 'node:worker_threads'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openDrawer } from '../../tests/support/badInputs/billing'
import { countRows, makePart, openTestShop, receive, type TestShop } from '../../tests/support/shop'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

interface WorkerResult {
  numbers: string[]
  retries: number
  refused: number
  error?: string
}

/** The worker: loads the TypeScript core through tsx, waits for the start signal, then sells. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { root, file, partId, count, start } = workerData;
  const { register } = await import(root + '/node_modules/tsx/dist/esm/api/index.mjs');
  register();
  const { openDatabase } = await import(root + '/main/db/open.ts');
  const { dispatch } = await import(root + '/main/handlers.ts');
  const opened = await openDatabase(file);
  let lastError = null;
  const context = {
    db: opened.db, door: 'http', databasePath: file, printer: null, checkOutput: false,
    log: (_message, error) => { lastError = error },
  };
  const sale = (amountMinor) => ({
    lines: [{ kind: 'part', partId, quantity: 1 }],
    payments: [{ tender: 'cash', amountMinor, tenderedMinor: 10000 }],
  });
  const result = { numbers: [], retries: 0, refused: 0 };
  // Both workers start together.
  parentPort.postMessage('ready');
  Atomics.wait(new Int32Array(start), 0, 0);
  for (let index = 0; index < count; index += 1) {
    const overpay = index % 5 === 4;
    // One key per sale: a retry after a lost race is the same sale.
    const meta = { idempotencyKey: require('node:crypto').randomUUID() };
    for (;;) {
      lastError = null;
      const envelope = await dispatch(context, 'invoices.sell', sale(overpay ? 8801 : 8800), meta);
      if (envelope.ok) { result.numbers.push(envelope.value.number); break; }
      const busy = envelope.error.detail?.key === 'errors.conflict' || /^SQLITE_BUSY/.test(lastError?.code ?? '');
      if (busy) { result.retries += 1; continue; }
      if (overpay && envelope.error.fields?.payments === 'tooLarge') { result.refused += 1; break; }
      result.error = JSON.stringify(envelope.error) + ' ' + String(lastError);
      break;
    }
    if (result.error) break;
  }
  await opened.close();
  parentPort.postMessage(result);
})().catch((error) => parentPort.postMessage({ numbers: [], retries: 0, refused: 0, error: String(error?.stack ?? error) }));
`

/** Starts a worker; answers when it is ready to sell, and when it is done. */
function startWorker(data: Record<string, unknown>): { ready: Promise<void>; done: Promise<WorkerResult> } {
  const worker = new Worker(workerSource, { eval: true, workerData: data })
  const failed = new Promise<never>((_, reject) => worker.once('error', reject))
  const ready = new Promise<void>((resolve) => worker.once('message', () => resolve()))
  const done = ready.then(
    () =>
      new Promise<WorkerResult>((resolve) =>
        worker.once('message', (message: WorkerResult) => resolve(message)),
      ),
  )
  return { ready: Promise.race([ready, failed]), done: Promise.race([done, failed]) }
}

it('numbers invoices 1..N with no gap and no duplicate while two connections issue them at once', async () => {
  const part = await makePart(shop, { sku: 'CABLE', name: '数据线', priceMinor: 8800 })
  await receive(shop, part.id, 1000, 2000)
  await openDrawer(shop, 0)
  const start = new SharedArrayBuffer(4)
  const data = {
    root: path.resolve(import.meta.dirname, '../..'),
    file: shop.path,
    partId: part.id,
    count: 60,
    start,
  }
  const workers = [startWorker(data), startWorker(data)]
  // Both load the core and open their connections, then go at the same instant.
  await Promise.all(workers.map((worker) => worker.ready))
  Atomics.store(new Int32Array(start), 0, 1)
  Atomics.notify(new Int32Array(start), 0)
  const results = await Promise.all(workers.map((worker) => worker.done))
  for (const result of results) expect(result.error).toBeUndefined()

  const issued = results.flatMap((result) => result.numbers)
  const expected = Array.from(
    { length: issued.length },
    (_, index) => `SC01-I${String(index + 1).padStart(6, '0')}`,
  )
  expect([...issued].sort()).toEqual(expected)
  expect(issued.length).toBe(2 * 48)
  expect(results.map((result) => result.refused)).toEqual([12, 12])
  // They did run at once: transactions collided and were sent again, and each connection's
  // numbers fall between the other's.
  expect(results[0]!.retries + results[1]!.retries).toBeGreaterThan(0)
  const [first, second] = results.map((result) => result.numbers.map((number) => Number(number.slice(-6))))
  expect(Math.min(...first!)).toBeLessThan(Math.max(...second!))
  expect(Math.min(...second!)).toBeLessThan(Math.max(...first!))

  // Every issued invoice is whole (its line, payment, cash and stock movement), nothing else is.
  expect(countRows(shop, 'invoices')).toBe(issued.length)
  expect(countRows(shop, 'invoiceLines')).toBe(issued.length)
  expect(countRows(shop, 'payments')).toBe(issued.length)
  const sequence = await shop.db
    .selectFrom('documentSequences')
    .select('nextValue')
    .where('name', '=', 'invoice')
    .executeTakeFirstOrThrow()
  expect(sequence.nextValue).toBe(issued.length + 1)
  const stock = await shop.db
    .selectFrom('stockMovements')
    .select((eb) => eb.fn.sum<number>('quantity').as('sum'))
    .where('partId', '=', part.id)
    .executeTakeFirstOrThrow()
  const level = await shop.db
    .selectFrom('stockLevels')
    .select('onHand')
    .where('partId', '=', part.id)
    .executeTakeFirstOrThrow()
  expect(level.onHand).toBe(1000 - issued.length)
  expect(stock.sum).toBe(level.onHand)
}, 60_000)

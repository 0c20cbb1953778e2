import type { Kysely } from 'kysely'
import * as initial from './0001_initial'
import * as partsStock from './0002_parts_stock'
import * as stockCounts from './0003_stock_counts'
import * as purchaseOrders from './0004_purchase_orders'
import * as repairWorkflow from './0005_repair_workflow'
import * as invoices from './0006_invoices'
import * as moneyIndexes from './0007_money_indexes'
import * as salesBuckets from './0008_sales_buckets'
import * as idempotency from './0009_idempotency'
import * as firstStart from './0010_first_start'

export interface Migration {
  version: number
  name: string
  up: (db: Kysely<unknown>) => Promise<void>
}

/** Statically imported, in order, so packaging keeps them. Landed migrations are frozen. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial.up },
  { version: 2, name: 'parts_stock', up: partsStock.up },
  { version: 3, name: 'stock_counts', up: stockCounts.up },
  { version: 4, name: 'purchase_orders', up: purchaseOrders.up },
  { version: 5, name: 'repair_workflow', up: repairWorkflow.up },
  { version: 6, name: 'invoices', up: invoices.up },
  { version: 7, name: 'money_indexes', up: moneyIndexes.up },
  { version: 8, name: 'sales_buckets', up: salesBuckets.up },
  { version: 9, name: 'idempotency', up: idempotency.up },
  { version: 10, name: 'first_start', up: firstStart.up },
]

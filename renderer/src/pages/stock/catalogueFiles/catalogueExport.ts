/**
 * The catalogue as rows for CSV and Excel, and the import template. The headings are the import's
 * own, so an exported file can be corrected and imported again (its stock columns are ignored then).
 */
import type { Part } from '../../../../../shared/contract'
import { currencyDecimals, type Currency } from '../../../../../shared/domain/money'
import type { Cell } from '../../reports/exportFiles'
import { importColumns } from './catalogueColumns'

export const exportColumnKeys = [
  'sku',
  'name',
  'category',
  'brand',
  'compatibleModels',
  'unit',
  'barcodes',
  'price',
  'reorderPoint',
  'reorderQuantity',
  'bin',
  'supplier',
  'onHand',
  'averageCost',
  'value',
  'active',
] as const

export interface CatalogueLabels {
  /** A column's heading in the screen's language. */
  column: (key: string) => string
  yes: string
  no: string
}

/** One heading row, then a row per part; money in major units (12.5 = ¥12.50), barcodes joined by "|". */
export function catalogueRows(parts: readonly Part[], labels: CatalogueLabels, currency: Currency): Cell[][] {
  const scale = 10 ** currencyDecimals(currency)
  return [
    exportColumnKeys.map((key) => labels.column(key)),
    ...parts.map((part) => [
      part.sku,
      part.name,
      part.category,
      part.brand,
      part.compatibleModels,
      part.unit,
      part.barcodes.join('|'),
      part.priceMinor / scale,
      part.reorderPoint,
      part.reorderQuantity,
      part.bin,
      part.defaultSupplierName ?? '',
      part.onHand,
      part.averageCostMinor / scale,
      part.valueMinor / scale,
      part.active ? labels.yes : labels.no,
    ]),
  ]
}

/** The import template: the headings of every import column in the screen's language, no rows. */
export function templateRows(labels: Pick<CatalogueLabels, 'column'>): Cell[][] {
  return [importColumns.map((column) => labels.column(column.key))]
}

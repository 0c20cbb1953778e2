/**
 * Inputs the refund and drawer methods must refuse (run by main/handlers.workflow.test.ts). A drawer
 * is not open in the fixture: the cases that need one open it in `setup`.
 */
import type { Method } from '../../../shared/contract'
import { call, type BadInput, type TestShop } from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

/** An open drawer and a ¥100 counter sale paid by card; its id and its line's. */
async function sale(shop: TestShop): Promise<Record<string, string>> {
  const drawer = await call(shop, 'drawer.open', { floatMinor: 10000 })
  const invoice = await call(shop, 'invoices.sell', {
    lines: [{ kind: 'other', description: '贴膜', quantity: 1, unitPriceMinor: 10000 }],
    payments: [{ tender: 'card', amountMinor: 10000 }],
  })
  return { invoiceId: invoice.id, lineId: invoice.lines[0]!.id, drawerId: drawer.id }
}

/** The sale, voided. */
async function voidedSale(shop: TestShop): Promise<Record<string, string>> {
  const made = await sale(shop)
  await call(shop, 'invoices.void', { id: made.invoiceId!, reason: '开错单' })
  return made
}

/** The sale, partly refunded: its credit note's id too. */
async function refundedSale(shop: TestShop): Promise<Record<string, string>> {
  const made = await sale(shop)
  const note = await call(shop, 'invoices.refund', {
    invoiceId: made.invoiceId!,
    amountMinor: 1000,
    reason: '补偿',
  })
  return { ...made, creditNoteId: note.id }
}

/** The sale, then the day closed: no drawer is open. */
async function saleAfterClose(shop: TestShop): Promise<Record<string, string>> {
  const made = await sale(shop)
  await call(shop, 'drawer.close', { id: made.drawerId!, denominations: { '10000': 1 } })
  return made
}

async function openDrawer(shop: TestShop): Promise<Record<string, string>> {
  const drawer = await call(shop, 'drawer.open', { floatMinor: 1000 })
  return { drawerId: drawer.id }
}

async function closedDrawer(shop: TestShop): Promise<Record<string, string>> {
  const made = await openDrawer(shop)
  await call(shop, 'drawer.close', { id: made.drawerId!, denominations: { '1000': 1 } })
  return made
}

const refundLine = (extra: Record<string, string>, quantity: unknown = 1) => ({
  invoiceId: extra.invoiceId,
  lines: [{ lineId: extra.lineId, quantity }],
  reason: '退货',
})

export const drawerBadInputs: Partial<Record<Method, BadInput[]>> = {
  'invoices.refund': [
    {
      name: 'a malformed invoice id',
      input: () => ({ invoiceId: 'nope', amountMinor: 100, reason: '退货' }),
      code: 'VALIDATION',
      fields: { invoiceId: 'invalid' },
    },
    {
      name: 'an invoice that does not exist',
      input: () => ({ invoiceId: missingId, amountMinor: 100, reason: '退货' }),
      code: 'NOT_FOUND',
    },
    {
      name: 'no reason',
      setup: sale,
      input: ({ extra }) => ({ ...refundLine(extra), reason: '  ' }),
      code: 'VALIDATION',
      fields: { reason: 'required' },
    },
    {
      name: 'a zero quantity',
      setup: sale,
      input: ({ extra }) => refundLine(extra, 0),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'tooSmall' },
    },
    {
      name: 'half a unit',
      setup: sale,
      input: ({ extra }) => refundLine(extra, 0.5),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'wholeUnits' },
    },
    {
      name: 'more units than the line has',
      setup: sale,
      input: ({ extra }) => refundLine(extra, 2),
      code: 'VALIDATION',
      fields: { 'lines.0.quantity': 'tooLarge' },
    },
    {
      name: 'a line of another invoice',
      setup: sale,
      input: ({ extra }) => ({ ...refundLine(extra), lines: [{ lineId: missingId, quantity: 1 }] }),
      code: 'VALIDATION',
      fields: { 'lines.0.lineId': 'invalid' },
    },
    {
      name: 'neither lines nor an amount',
      setup: sale,
      input: ({ extra }) => ({ invoiceId: extra.invoiceId, reason: '退货' }),
      code: 'VALIDATION',
      fields: { lines: 'required' },
    },
    {
      name: 'a zero amount',
      setup: sale,
      input: ({ extra }) => ({ invoiceId: extra.invoiceId, amountMinor: 0, reason: '补偿' }),
      code: 'VALIDATION',
      fields: { amountMinor: 'tooSmall' },
    },
    {
      name: 'more than the invoice',
      setup: sale,
      input: ({ extra }) => ({ invoiceId: extra.invoiceId, amountMinor: 10001, reason: '补偿' }),
      code: 'VALIDATION',
      fields: { amountMinor: 'tooLarge' },
    },
    {
      name: 'an unknown refund target',
      setup: sale,
      input: ({ extra }) => ({ ...refundLine(extra), refundTo: 'bitcoin' }),
      code: 'VALIDATION',
      fields: { refundTo: 'invalid' },
    },
    {
      name: 'store credit on a sale without a customer',
      setup: sale,
      input: ({ extra }) => ({ ...refundLine(extra), refundTo: 'store_credit' }),
      code: 'VALIDATION',
      fields: { refundTo: 'invalid' },
    },
    {
      name: 'a voided invoice',
      setup: voidedSale,
      input: ({ extra }) => refundLine(extra),
      code: 'CONFLICT',
    },
    {
      name: 'a credit note',
      setup: refundedSale,
      input: ({ extra }) => ({ invoiceId: extra.creditNoteId, amountMinor: 100, reason: '退货' }),
      code: 'CONFLICT',
    },
    {
      name: 'no drawer open',
      setup: saleAfterClose,
      input: ({ extra }) => refundLine(extra),
      code: 'CONFLICT',
    },
  ],
  'invoices.void': [
    {
      name: 'no reason',
      setup: sale,
      input: ({ extra }) => ({ id: extra.invoiceId, reason: '' }),
      code: 'VALIDATION',
      fields: { reason: 'required' },
    },
    {
      name: 'an invoice that does not exist',
      input: () => ({ id: missingId, reason: '开错单' }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a voided invoice',
      setup: voidedSale,
      input: ({ extra }) => ({ id: extra.invoiceId, reason: '开错单' }),
      code: 'CONFLICT',
    },
    {
      name: 'a credit note',
      setup: refundedSale,
      input: ({ extra }) => ({ id: extra.creditNoteId, reason: '开错单' }),
      code: 'CONFLICT',
    },
    {
      name: 'no drawer open',
      setup: saleAfterClose,
      input: ({ extra }) => ({ id: extra.invoiceId, reason: '开错单' }),
      code: 'CONFLICT',
    },
  ],
  'invoices.setTaxInvoiceNumber': [
    {
      name: 'an empty number',
      setup: sale,
      input: ({ extra }) => ({ id: extra.invoiceId, taxInvoiceNumber: ' ' }),
      code: 'VALIDATION',
      fields: { taxInvoiceNumber: 'required' },
    },
    {
      name: 'a number too long',
      setup: sale,
      input: ({ extra }) => ({ id: extra.invoiceId, taxInvoiceNumber: '1'.repeat(41) }),
      code: 'VALIDATION',
      fields: { taxInvoiceNumber: 'tooLong' },
    },
    {
      name: 'an invoice that does not exist',
      input: () => ({ id: missingId, taxInvoiceNumber: '04403190011' }),
      code: 'NOT_FOUND',
    },
  ],
  'drawer.open': [
    {
      name: 'a negative float',
      input: () => ({ floatMinor: -1 }),
      code: 'VALIDATION',
      fields: { floatMinor: 'negative' },
    },
    {
      name: 'a fractional float',
      input: () => ({ floatMinor: 10.5 }),
      code: 'VALIDATION',
      fields: { floatMinor: 'invalid' },
    },
    { name: 'no float', input: () => ({}), code: 'VALIDATION', fields: { floatMinor: 'required' } },
    { name: 'a second drawer', setup: openDrawer, input: () => ({ floatMinor: 0 }), code: 'CONFLICT' },
  ],
  'drawer.move': [
    {
      name: 'an unknown kind',
      setup: openDrawer,
      input: () => ({ kind: 'float', amountMinor: 100, reason: '零钱' }),
      code: 'VALIDATION',
      fields: { kind: 'invalid' },
    },
    {
      name: 'a zero amount',
      setup: openDrawer,
      input: () => ({ kind: 'paid_in', amountMinor: 0, reason: '零钱' }),
      code: 'VALIDATION',
      fields: { amountMinor: 'tooSmall' },
    },
    {
      name: 'no reason',
      setup: openDrawer,
      input: () => ({ kind: 'paid_out', amountMinor: 100, reason: '' }),
      code: 'VALIDATION',
      fields: { reason: 'required' },
    },
    {
      name: 'more cash out than the drawer holds',
      setup: openDrawer,
      input: () => ({ kind: 'paid_out', amountMinor: 1001, reason: '快递费' }),
      code: 'CONFLICT',
    },
    {
      name: 'no drawer open',
      input: () => ({ kind: 'paid_in', amountMinor: 100, reason: '零钱' }),
      code: 'CONFLICT',
    },
  ],
  'drawer.close': [
    {
      name: 'a drawer that does not exist',
      input: () => ({ id: missingId, denominations: {} }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a note the currency does not have',
      setup: openDrawer,
      input: ({ extra }) => ({ id: extra.drawerId, denominations: { '300': 1 } }),
      code: 'VALIDATION',
      fields: { 'denominations.300': 'invalid' },
    },
    {
      name: 'a malformed denomination',
      setup: openDrawer,
      input: ({ extra }) => ({ id: extra.drawerId, denominations: { '1.5': 1 } }),
      code: 'VALIDATION',
      fields: { 'denominations.1.5': 'invalid' },
    },
    {
      name: 'a negative count',
      setup: openDrawer,
      input: ({ extra }) => ({ id: extra.drawerId, denominations: { '10000': -1 } }),
      code: 'VALIDATION',
      fields: { 'denominations.10000': 'negative' },
    },
    {
      name: 'a closed drawer',
      setup: closedDrawer,
      input: ({ extra }) => ({ id: extra.drawerId, denominations: {} }),
      code: 'CONFLICT',
    },
  ],
}

/**
 * A shop with something on every screen, set up through the API, and the way to every page of the
 * app: the accessibility check and the layout screenshots walk it. Selectors live here only.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { callApi } from './api'

interface Made {
  id: string
}

interface TicketMade extends Made {
  number: string
  version: number
}

/** The ids the pages of the tour open. */
export interface TourShop {
  customerId: string
  ticketId: string
  ticketNumber: string
  partId: string
  longPartSku: string
  supplierId: string
  purchaseOrderId: string
  countId: string
  invoiceId: string
  technicianId: string
}

export interface TourStop {
  name: string
  path: string
}

/** A part name as long as shops write them, to see that the sale's columns keep their shape. */
export const longPartName = 'iPhone 13 Pro Max 原装屏幕总成（带框，含前置摄像头排线与听筒网）'

export class Tour {
  constructor(readonly page: Page) {}

  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  /** Customers, a repair in each kind of state, stock, an order, a count, money in and money owed. */
  async fill(): Promise<TourShop> {
    const settings = await this.api<Record<string, unknown>>('settings.get', {})
    await this.api('settings.update', { ...settings, currency: 'CNY' })
    const technician = await this.api<Made>('staff.create', {
      name: '王师傅',
      code: 'T9',
      role: 'technician',
    })
    const supplier = await this.api<Made>('suppliers.create', { name: '华强北配件行', phone: '075583000000' })
    const part = await this.api<Made>('parts.create', {
      sku: 'SCR-13',
      name: '屏幕总成',
      category: '屏幕',
      priceMinor: 16000,
      reorderPoint: 5,
      reorderQuantity: 10,
      defaultSupplierId: supplier.id,
      barcodes: ['6900000000013'],
    })
    await this.api('stock.receive', {
      partId: part.id,
      quantity: 3,
      unitCostMinor: 9000,
      supplierId: supplier.id,
    })
    const longPart = await this.api<Made>('parts.create', {
      sku: 'SCR-13PM-FULL',
      name: longPartName,
      category: '屏幕',
      priceMinor: 16000,
    })
    await this.api('stock.receive', { partId: longPart.id, quantity: 10, unitCostMinor: 9000 })
    const order = await this.api<Made>('purchaseOrders.create', {
      supplierId: supplier.id,
      lines: [{ partId: part.id, quantity: 10, unitCostMinor: 9000 }],
    })
    await this.api('purchaseOrders.order', { id: order.id })
    const count = await this.api<Made>('stockCounts.start', { scope: 'all' })
    await this.api('stockCounts.record', { countId: count.id, partId: part.id, mode: 'set', quantity: 3 })

    const customer = await this.api<Made>('customers.create', {
      name: '王芳',
      phones: ['13800138000'],
      address: '深圳市福田区华强北路 1 号',
    })
    const ticket = await this.api<TicketMade>('tickets.intake', {
      customer: { kind: 'existing', id: customer.id },
      device: {
        kind: 'new',
        category: 'phone',
        brand: 'Apple',
        model: 'iPhone 13',
        serial: '356938035643809',
      },
      reportedFault: '屏幕碎裂，触摸失灵',
      accessories: ['充电器', '保护壳'],
      unlockCode: '123456',
      estimateMinor: 30000,
      depositMinor: 5000,
      depositTender: 'cash',
      promisedAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
      assignedTo: technician.id,
    })
    await this.api('tickets.changeStatus', { id: ticket.id, version: ticket.version, toStatus: 'diagnosing' })
    await this.api('ticketParts.add', { ticketId: ticket.id, partId: part.id, quantity: 1 })
    await this.api('tickets.addNote', { ticketId: ticket.id, note: '排线松动，需更换屏幕' })

    // A second repair with the long words shops write, waiting at the bench.
    await this.api('tickets.intake', {
      customer: { kind: 'existing', id: customer.id },
      device: {
        kind: 'new',
        category: 'phone',
        brand: 'Samsung',
        model: 'Galaxy Z Fold6 5G 512GB 冰川蓝 双卡版',
      },
      reportedFault:
        '外屏和内屏都有绿线，折叠处开合时闪屏，偶尔自动重启，客户要求保留数据并先检测报价再决定是否维修',
      accessories: ['原装充电器', '保护壳', '卡针'],
      priority: 'urgent',
      assignedTo: technician.id,
    })
    await this.api('drawer.open', { floatMinor: 50000 })
    const invoice = await this.api<Made>('invoices.sell', {
      customerId: customer.id,
      lines: [{ kind: 'part', partId: longPart.id, quantity: 1 }],
      payments: [{ tender: 'cash', amountMinor: 10000, tenderedMinor: 10000 }],
    })
    // Screens read the settings once: start afresh so the shop's currency is the one shown.
    await this.page.reload()
    return {
      customerId: customer.id,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      partId: part.id,
      longPartSku: 'SCR-13PM-FULL',
      supplierId: supplier.id,
      purchaseOrderId: order.id,
      countId: count.id,
      invoiceId: invoice.id,
      technicianId: technician.id,
    }
  }

  /** Every page of the app (every route of renderer/src/app/router.tsx), with data in it. */
  stops(shop: TourShop): TourStop[] {
    return [
      { name: 'counter', path: '/' },
      { name: 'intake', path: '/intake' },
      { name: 'tickets', path: '/tickets' },
      { name: 'ticket', path: `/tickets/${shop.ticketId}` },
      { name: 'customers', path: '/customers' },
      { name: 'customer', path: `/customers/${shop.customerId}` },
      { name: 'stock', path: '/stock' },
      { name: 'part', path: `/stock/${shop.partId}` },
      { name: 'suppliers', path: '/suppliers' },
      { name: 'supplier', path: `/suppliers/${shop.supplierId}` },
      { name: 'purchase-orders', path: '/purchase-orders' },
      { name: 'purchase-order', path: `/purchase-orders/${shop.purchaseOrderId}` },
      { name: 'counts', path: '/counts' },
      { name: 'count', path: `/counts/${shop.countId}` },
      { name: 'stock-report', path: '/reports/stock' },
      { name: 'workshop', path: '/workshop' },
      { name: 'queue', path: `/workshop/queue/${shop.technicianId}` },
      { name: 'labour', path: '/labour' },
      { name: 'sale', path: '/sale' },
      { name: 'invoices', path: '/invoices' },
      { name: 'invoice', path: `/invoices/${shop.invoiceId}` },
      { name: 'drawer', path: '/drawer' },
      { name: 'money-owed', path: '/money-owed' },
      { name: 'sales-report', path: '/reports/sales' },
      { name: 'settings', path: '/settings' },
    ]
  }

  /** The printed documents' views (the /print/ routes), opened as the print toolbar shows them. */
  printStops(shop: TourShop): TourStop[] {
    const today = new Date()
    today.setHours(0, 0, 0, 0)
    const day = new URLSearchParams({
      from: today.toISOString(),
      to: new Date(today.getTime() + 24 * 3600_000).toISOString(),
    }).toString()
    return [
      { name: 'print-ticket', path: `/print/ticket/${shop.ticketId}` },
      { name: 'print-job', path: `/print/job/${shop.ticketId}` },
      { name: 'print-invoice', path: `/print/invoice/${shop.invoiceId}` },
      { name: 'print-purchase-order', path: `/print/purchase-order/${shop.purchaseOrderId}` },
      { name: 'print-statement', path: `/print/statement/${shop.customerId}` },
      { name: 'print-labels', path: `/print/labels?parts=${shop.partId}:2` },
      { name: 'print-stock-report', path: `/print/stock-report?${day}` },
      { name: 'print-sales-report', path: `/print/sales-report?${day}` },
    ]
  }

  /** Opens a printed document's view and waits until it is drawn (the body says it is ready). */
  async visitPrint(stop: TourStop): Promise<void> {
    // The previous document's "ready" must not stand for this one while the route changes.
    await this.page.evaluate(() => {
      delete (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document
        .body.dataset.ready
    })
    await this.page.goto(`/#${stop.path}`)
    await expect(this.page.locator('body[data-ready="1"]')).toBeAttached({ timeout: 20_000 })
    await expect(this.page.locator('.mantine-Loader-root')).toHaveCount(0)
  }

  /** Opens a page and waits until its title is shown and nothing is loading any more. */
  async visit(stop: TourStop): Promise<void> {
    await this.page.goto(`/#${stop.path}`)
    await expect(this.heading()).toBeVisible()
    await expect(this.page.locator('.mantine-Loader-root')).toHaveCount(0)
  }

  /** The page's own title (inside the main area, not the app's header). */
  heading(): Locator {
    return this.page.getByRole('main').getByRole('heading').first()
  }

  /** Puts the long part on the counter sale, as a scanner would. */
  async saleWithLongPart(shop: TourShop): Promise<void> {
    const box = this.page.getByTestId('scan-box')
    await box.fill(shop.longPartSku)
    await box.press('Enter')
    await expect(this.page.getByTestId('counter-line')).toHaveCount(1)
    await expect(this.page.getByTestId('tender-line').first().getByTestId('tender-amount')).toHaveValue(
      '160.00',
    )
  }
}

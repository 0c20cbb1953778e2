/**
 * Page objects: the keyboard and the barcode scanner anywhere in the app — scans, the F-keys and
 * the question before leaving a half-filled form, the shortcut help, the grouped navigation.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { callApi } from './api'

export interface MadeTicket {
  id: string
  number: string
  version: number
}

export class Keys {
  constructor(readonly page: Page) {}

  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  /**
   * A barcode scanner: the code as a burst of keys, then Enter, into whatever has the focus. The
   * keys go out back to back (no delay), as a scanner sends them; nothing waits on a clock.
   */
  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: 0 })
    await this.page.keyboard.press('Enter')
  }

  /** Takes the focus out of any text box, as after a click on the page. */
  async focusNothing(): Promise<void> {
    await this.page.evaluate('document.activeElement && document.activeElement.blur()')
  }

  /** A walk-in repair made through the API (the intake screen is tested elsewhere). */
  async walkIn(name: string, phone: string, fault: string): Promise<MadeTicket> {
    return this.api<MadeTicket>('tickets.intake', {
      customer: { kind: 'new', name, phones: [phone] },
      device: { kind: 'new', category: 'phone', brand: 'Apple', model: 'iPhone 13', serial: '' },
      reportedFault: fault,
    })
  }

  /** Moves a ticket through the bench to "ready for pickup". */
  async makeReady(ticket: MadeTicket): Promise<void> {
    let version = ticket.version
    for (const toStatus of ['in_repair', 'testing', 'ready_for_pickup']) {
      const moved = await this.api<{ version: number }>('tickets.changeStatus', {
        id: ticket.id,
        version,
        toStatus,
      })
      version = moved.version
    }
  }

  /** A part with a barcode and some stock, made through the API. */
  async stockedPart(sku: string, name: string, barcode: string): Promise<string> {
    const part = await this.api<{ id: string }>('parts.create', {
      sku,
      name,
      priceMinor: 3_500,
      barcodes: [barcode],
    })
    await this.api('stock.receive', { partId: part.id, quantity: 10, unitCostMinor: 1_500 })
    return part.id
  }

  async openTicket(ticket: MadeTicket): Promise<void> {
    await this.page.goto(`/#/tickets/${ticket.id}`)
    await expect(this.page.getByTestId('ticket-number')).toHaveText(ticket.number)
  }

  counterSearch(): Locator {
    return this.page.getByTestId('counter-search')
  }

  counterMissed(): Locator {
    return this.page.getByTestId('counter-search-missed')
  }

  leaveConfirm(): Locator {
    return this.page.getByTestId('leave-confirm')
  }

  shortcutHelp(): Locator {
    return this.page.getByTestId('shortcut-help')
  }

  navGroups(): Locator {
    return this.page.getByTestId('nav-group')
  }

  /** A navigation group by its heading's key: 'counter', 'workshop', 'stock', 'money', 'reports'. */
  navGroup(name: string): Locator {
    return this.page.locator(`[data-testid="nav-group"][data-group="nav.${name}"]`)
  }

  navLink(name: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${name}( F\\d)?$`) })
  }
}

/**
 * Page objects: the workshop board, a technician's queue, and the technician on a ticket page.
 * Selectors live here only.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { callApi } from './api'

export interface TicketMade {
  id: string
  number: string
  version: number
}

export class Workshop {
  constructor(readonly page: Page) {}

  /** Calls the shop's API from the page (see pages/api.ts). */
  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  async addTechnician(name: string, code: string): Promise<string> {
    const staff = await this.api<{ id: string }>('staff.create', { name, code, role: 'technician' })
    return staff.id
  }

  /** A walk-in repair taken through the API; `promisedInHours` may be negative (already overdue). */
  async intake(fault: string, promisedInHours: number | null, phone: string): Promise<TicketMade> {
    return this.api<TicketMade>('tickets.intake', {
      customer: { kind: 'new', name: '张伟', phones: [phone] },
      device: { kind: 'new', category: 'phone', brand: 'Huawei', model: 'P40', serial: '' },
      reportedFault: fault,
      promisedAt:
        promisedInHours === null ? null : new Date(Date.now() + promisedInHours * 3600_000).toISOString(),
    })
  }

  /** Opens the ticket in a fresh page load, so what the API set up meanwhile is read anew. */
  async openTicket(id: string, number: string): Promise<void> {
    await this.page.goto(`/#/tickets/${id}`)
    await this.page.reload()
    await expect(this.page.getByTestId('ticket-number')).toHaveText(number)
  }

  technicianPicker(): Locator {
    return this.page.getByTestId('ticket-technician')
  }

  /** Chooses the technician on the ticket page by the label shown in the picker ("T1 · 王师傅"). */
  async assignOnTicket(label: string): Promise<void> {
    await this.technicianPicker().click()
    await this.page.getByRole('option', { name: label }).click()
  }

  async openBoard(): Promise<void> {
    await this.page.keyboard.press('F6')
    await expect(this.page.getByTestId('workshop-board')).toBeVisible()
  }

  async filterBoard(label: string): Promise<void> {
    await this.page.getByTestId('board-technician').click()
    await this.page.getByRole('option', { name: label }).click()
  }

  column(status: string): Locator {
    return this.page.locator(`[data-testid="board-column"][data-status="${status}"]`)
  }

  card(number: string): Locator {
    return this.page.locator(`[data-testid="board-card"][data-ticket-number="${number}"]`)
  }

  /** The statuses the card's "move to" menu offers, opened from the keyboard (M on the card). */
  async openMoveMenu(number: string): Promise<Locator> {
    const card = this.card(number)
    await card.focus()
    await card.press('m')
    const menu = this.page.getByRole('menu')
    await expect(menu).toBeVisible()
    return menu
  }

  /** Back to the first columns (a drag to a far column scrolls the board sideways). */
  async scrollBoardToStart(): Promise<void> {
    await this.page.getByTestId('workshop-board').evaluate((board) => {
      ;(board as unknown as { scrollLeft: number }).scrollLeft = 0
    })
  }

  queueRows(): Locator {
    return this.page.getByTestId('queue-row')
  }
}

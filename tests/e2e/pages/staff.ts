/**
 * Page object: staff, who is working, labels inside a status, editing a ticket (with someone else
 * editing it too) and warranty repairs, in the clerk's words. Selectors live here only.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { callApi } from './api'

export class StaffDesk {
  constructor(readonly page: Page) {}

  async openSettings(): Promise<void> {
    await this.page.goto('/#/settings')
    await expect(this.page.getByTestId('staff-card')).toBeVisible()
  }

  async addStaff(member: { name: string; code: string; role: string }): Promise<void> {
    const page = this.page
    await page.getByTestId('staff-add').click()
    await page.getByTestId('staff-form-name').fill(member.name)
    await page.getByTestId('staff-form-code').fill(member.code)
    await page.getByTestId('staff-form-role').click()
    await page.getByRole('option', { name: member.role, exact: true }).click()
    await page.getByTestId('staff-form-save').click()
    await expect(page.getByTestId('staff-form')).toBeHidden()
    await expect(this.staffRow(member.name)).toBeVisible()
  }

  staffRow(name: string): Locator {
    return this.page.getByTestId('staff-row').filter({ hasText: name })
  }

  /** The header's picker: one click to open, one to choose. */
  async chooseWorking(name: string): Promise<void> {
    await this.page.getByTestId('working-staff').click()
    await this.page.getByTestId('working-staff-option').filter({ hasText: name }).click()
    await expect(this.working()).toContainText(name)
  }

  working(): Locator {
    return this.page.getByTestId('working-staff')
  }

  async addLabel(status: string, name: string): Promise<void> {
    const page = this.page
    await page.getByTestId('status-labels-status').click()
    await page.getByRole('option', { name: new RegExp(`^${status} \\(|^${status}（`) }).click()
    await page.getByTestId('status-label-new').fill(name)
    await page.getByTestId('status-label-new').press('Enter')
    await expect(page.getByTestId('status-label-name').last()).toHaveValue(name)
  }

  async openTicket(id: string): Promise<void> {
    await this.page.goto(`/#/tickets/${id}`)
    await expect(this.page.getByTestId('ticket-number')).toBeVisible()
  }

  async changeStatus(status: string, note = ''): Promise<void> {
    const page = this.page
    await page.getByTestId('change-status').click()
    await page.getByRole('menuitem', { name: status, exact: true }).click()
    if (note) await page.getByTestId('status-note').fill(note)
    await page.getByTestId('status-confirm').click()
  }

  async setLabel(name: string): Promise<void> {
    await this.page.getByTestId('ticket-status-label').click()
    await this.page.getByRole('option', { name, exact: true }).click()
  }

  async startEdit(): Promise<void> {
    await this.page.getByTestId('ticket-edit').click()
    await expect(this.page.getByTestId('ticket-edit-form')).toBeVisible()
  }

  async saveEdit(): Promise<void> {
    await this.page.getByTestId('ticket-edit-save').click()
  }

  timeline(): Locator {
    return this.page.getByTestId('ticket-timeline')
  }

  /** Calls the shop's API from the page (see pages/api.ts). */
  api<T>(method: string, input: unknown): Promise<T> {
    return callApi<T>(this.page, method, input)
  }

  /** Moves a ticket through the workshop's steps to collected, through the api. */
  async collect(ticketId: string): Promise<void> {
    const next: Record<string, string> = {
      received: 'in_repair',
      diagnosing: 'in_repair',
      awaiting_approval: 'in_repair',
      awaiting_parts: 'in_repair',
      in_repair: 'testing',
      testing: 'ready_for_pickup',
      ready_for_pickup: 'collected',
    }
    for (;;) {
      const ticket = await this.api<{ status: string; version: number }>('tickets.get', { id: ticketId })
      const toStatus = next[ticket.status]
      if (!toStatus) return
      await this.api('tickets.changeStatus', { id: ticketId, version: ticket.version, toStatus })
    }
  }

  /**
   * A repair of `deviceId` with approved labour carrying `warrantyDays` of repair warranty, collected
   * today (as the estimate and pickup screens would record it).
   */
  async repairedAndCollected(ticketId: string, warrantyDays: number): Promise<void> {
    const labour = await this.api<{ id: string }>('labour.create', {
      name: '更换屏幕 iPhone 13',
      priceMinor: 48000,
      standardMinutes: 45,
      warrantyDays,
    })
    const ticket = await this.api<{ version: number }>('tickets.get', { id: ticketId })
    await this.api('tickets.changeStatus', { id: ticketId, version: ticket.version, toStatus: 'diagnosing' })
    const estimate = await this.api<{ id: string }>('estimates.save', {
      ticketId,
      lines: [{ kind: 'labour', labourItemId: labour.id, quantity: 1 }],
    })
    await this.api('estimates.send', { id: estimate.id })
    await this.api('estimates.decide', { id: estimate.id, decision: 'approved', channel: 'in_person' })
    await this.collect(ticketId)
  }
}

/** Taking in a device the customer brought before (found by phone), e.g. as a warranty repair. */
export class RepeatIntake {
  constructor(readonly page: Page) {}

  async start(phone: string, deviceLabel: string): Promise<void> {
    const page = this.page
    await page.keyboard.press('F2')
    await page.getByTestId('intake-customer-search').fill(phone)
    await expect(page.getByTestId('intake-customer-match').first()).toBeVisible()
    await page.getByTestId('intake-customer-search').press('Enter')
    await expect(page.getByTestId('intake-customer-chosen')).toBeVisible()
    await page.getByRole('radio', { name: new RegExp(deviceLabel) }).check()
  }

  offer(): Locator {
    return this.page.getByTestId('intake-warranty-offer')
  }

  async acceptWarranty(): Promise<void> {
    await this.page.getByTestId('intake-warranty-accept').click()
    await expect(this.page.getByTestId('intake-warranty-undo')).toBeVisible()
  }

  async chooseTechnician(name: string): Promise<void> {
    await this.page.getByTestId('intake-technician').click()
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click()
  }

  /** Writes the fault and saves; returns the new ticket's number. */
  async save(fault: string): Promise<string> {
    await this.page.getByTestId('intake-fault').fill(fault)
    await this.page.getByTestId('intake-save').click()
    const number = this.page.getByTestId('saved-ticket-number')
    await expect(number).toBeVisible()
    return (await number.textContent())?.trim() ?? ''
  }
}

/**
 * Writes planned intakes with raw prepared statements, about a hundred times faster than the
 * services, producing the rows the services write: the same statements' effects in the same order
 * (customers.createCustomer, devices.createDevice, tickets.intakeTicket), the same normalisation and
 * search grams, the same audit data. bench/generate.test.ts holds it to that against the services.
 *
 * Differences by design: ids and createdAt take the plan's time instead of the clock (so the data
 * spans three years and UUIDv7 order matches time order), and, when asked, a ticket gets the status
 * the workflow had brought it to (without that workflow's events).
 */
import type SQLite from 'better-sqlite3'
import { V7Generator } from 'uuidv7'
import { contract } from '../shared/contract'
import { formatTicketNumber, normalizePhone, normalizeSerial } from '../shared/domain/identifiers'
import type { Actor } from '../main/services/context'
import { nameGrams, reversed } from '../main/services/customerSearch'
import { type PlannedIntake, technicians } from './shopPlan'
import type { Random } from './shopData'

export type IntakeInput = ReturnType<(typeof contract)['tickets.intake']['input']['parse']>

/** The intake as the counter sends it, parsed by the contract exactly as the door does. */
export function intakeInput(
  intake: PlannedIntake,
  customerId: (ordinal: number) => string,
  deviceId: (ordinal: number) => string,
): IntakeInput {
  const customer =
    intake.customer.kind === 'new'
      ? { kind: 'new' as const, ...intake.customer.fields }
      : { kind: 'existing' as const, id: customerId(intake.customer.ordinal) }
  const device =
    intake.device.kind === 'new'
      ? { kind: 'new' as const, ...intake.device.fields }
      : { kind: 'existing' as const, id: deviceId(intake.device.ordinal) }
  return contract['tickets.intake'].input.parse({ ...intake.ticket, customer, device })
}

export interface WriterCounts {
  customers: number
  devices: number
  tickets: number
  rows: number
}

export class RawShopWriter {
  private readonly ids: V7Generator
  private readonly customerIds: string[] = []
  private readonly deviceIds: string[] = []
  private readonly technicianIds: string[] = []
  private readonly insert: Record<
    'customer' | 'phone' | 'gram' | 'device' | 'ticket' | 'event' | 'deposit' | 'cash' | 'audit',
    SQLite.Statement
  >
  private ticketSequence = 0
  readonly counts: WriterCounts = { customers: 0, devices: 0, tickets: 0, rows: 0 }

  constructor(
    private readonly sqlite: SQLite.Database,
    private readonly outletCode: string,
    private readonly actor: Actor,
    random: Random,
    /** Give tickets the status the plan's workflow reached (the benchmark), or 'received' (the test). */
    private readonly applyLaterStatus: boolean,
    /**
     * The drawer session open at a moment (the benchmark's drawer calendar), or none: intakeTicket
     * puts a deposit into the drawer open at the time, a cash one as a cash movement too.
     */
    private readonly drawerSession: (at: number) => string | null = () => null,
  ) {
    this.ids = new V7Generator(random)
    const prepare = (table: string, columns: string[]) =>
      sqlite.prepare(
        `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) ` +
          `values (${columns.map((column) => `@${column}`).join(', ')})`,
      )
    this.insert = {
      customer: prepare('customers', [
        'id',
        'searchKey',
        'name',
        'email',
        'address',
        'notes',
        'createdAt',
        'updatedAt',
      ]),
      phone: prepare('customerPhones', ['customerId', 'position', 'phone', 'phoneReversed']),
      gram: prepare('customerSearchGrams', ['gram', 'customerKey']),
      device: prepare('devices', [
        'id',
        'customerId',
        'category',
        'brand',
        'model',
        'serial',
        'serialReversed',
        'purchaseDate',
        'warrantyEnd',
        'notes',
        'createdAt',
        'updatedAt',
      ]),
      ticket: prepare('tickets', [
        'id',
        'number',
        'customerId',
        'deviceId',
        'status',
        'priority',
        'reportedFault',
        'accessories',
        'condition',
        'unlockCode',
        'estimateMinor',
        'depositMinor',
        'promisedAt',
        'createdAt',
        'updatedAt',
        'createdBy',
        'version',
        'assignedTo',
        'partsArrivedAt',
      ]),
      event: prepare('ticketEvents', [
        'id',
        'ticketId',
        'kind',
        'fromStatus',
        'toStatus',
        'note',
        'amountMinor',
        'actorId',
        'createdAt',
      ]),
      deposit: prepare('ticketDeposits', [
        'id',
        'ticketId',
        'amountMinor',
        'tender',
        'actorId',
        'createdAt',
        'drawerSessionId',
      ]),
      cash: prepare('cashMovements', [
        'id',
        'sessionId',
        'kind',
        'amountMinor',
        'reason',
        'paymentId',
        'createdAt',
        'createdBy',
      ]),
      audit: prepare('auditLog', ['id', 'at', 'actorId', 'action', 'entity', 'entityId', 'data']),
    }
  }

  /**
   * The outlet's technicians as staff rows (staff.create), written before the first ticket. Only the
   * benchmark's tickets are assigned: the fidelity test's stay as intake leaves them.
   */
  writeTechnicians(at: number): void {
    if (!this.applyLaterStatus) return
    const insert = this.sqlite.prepare(
      'insert into "staff" ("id", "name", "code", "role", "active", "createdAt") values (?, ?, ?, ?, 1, ?)',
    )
    for (const technician of technicians) {
      const id = this.newId(at)
      insert.run(id, technician.name, technician.code, 'technician', new Date(at).toISOString())
      this.audit(at, 'staff.create', 'staff', id, {
        name: technician.name,
        code: technician.code,
        role: 'technician',
      })
      this.technicianIds.push(id)
      this.counts.rows += 1
    }
  }

  private technicianId(index: number | null): string | null {
    if (index === null || !this.applyLaterStatus) return null
    const id = this.technicianIds[index]
    if (id === undefined) throw new Error('writeTechnicians must run before the first ticket')
    return id
  }

  customerId(ordinal: number): string {
    const id = this.customerIds[ordinal]
    if (id === undefined) throw new Error(`plan refers to customer ${ordinal} before it exists`)
    return id
  }

  deviceId(ordinal: number): string {
    const id = this.deviceIds[ordinal]
    if (id === undefined) throw new Error(`plan refers to device ${ordinal} before it exists`)
    return id
  }

  private newId(at: number): string {
    return this.ids.generateOrResetWithTs(at).toString()
  }

  private audit(at: number, action: string, entity: string, entityId: string, data: unknown): void {
    this.insert.audit.run({
      id: this.newId(at),
      at: new Date(at).toISOString(),
      actorId: this.actor.id,
      action,
      entity,
      entityId,
      data: JSON.stringify(data),
    })
    this.counts.rows += 1
  }

  /** customers.createCustomer: sequence, row, phones, search grams, audit. */
  private createCustomer(input: Extract<IntakeInput['customer'], { kind: 'new' }>, at: number): string {
    const { kind: _kind, ...customer } = input
    const { phones, ...fields } = customer
    const now = new Date(at).toISOString()
    const id = this.newId(at)
    const searchKey = this.customerIds.length + 1
    this.insert.customer.run({ id, searchKey, ...fields, createdAt: now, updatedAt: now })
    const unique = [...new Set(phones.map(normalizePhone))]
    unique.forEach((phone, position) =>
      this.insert.phone.run({ customerId: id, position, phone, phoneReversed: reversed(phone) }),
    )
    const grams = nameGrams(customer.name)
    for (const gram of grams) this.insert.gram.run({ gram, customerKey: searchKey })
    this.audit(at, 'customers.create', 'customer', id, customer)
    this.customerIds.push(id)
    this.counts.customers += 1
    this.counts.rows += 1 + unique.length + grams.length
    return id
  }

  /** devices.createDevice: row with the normalised serial, audit of the input as typed. */
  private createDevice(
    input: Extract<IntakeInput['device'], { kind: 'new' }>,
    customerId: string,
    at: number,
  ): string {
    const { kind: _kind, ...device } = input
    const audited = { ...device, customerId }
    const now = new Date(at).toISOString()
    const id = this.newId(at)
    const serial = normalizeSerial(audited.serial)
    this.insert.device.run({
      ...audited,
      id,
      serial,
      serialReversed: reversed(serial),
      createdAt: now,
      updatedAt: now,
    })
    this.audit(at, 'devices.create', 'device', id, audited)
    this.deviceIds.push(id)
    this.counts.devices += 1
    this.counts.rows += 1
    return id
  }

  /** tickets.intakeTicket, inside the caller's transaction. */
  write(intake: PlannedIntake): void {
    const input = intakeInput(
      intake,
      (ordinal) => this.customerId(ordinal),
      (ordinal) => this.deviceId(ordinal),
    )
    const { at } = intake
    const customerId =
      input.customer.kind === 'new' ? this.createCustomer(input.customer, at) : input.customer.id
    const deviceId =
      input.device.kind === 'new' ? this.createDevice(input.device, customerId, at) : input.device.id
    this.ticketSequence += 1
    const number = formatTicketNumber(this.outletCode, this.ticketSequence)
    const now = new Date(at).toISOString()
    const id = this.newId(at)
    const later = this.applyLaterStatus
      ? { ...intake.later, updatedAt: new Date(intake.later.updatedAt).toISOString() }
      : { status: 'received', updatedAt: now, version: 1 }
    this.insert.ticket.run({
      id,
      number,
      customerId,
      deviceId,
      status: later.status,
      priority: input.priority,
      reportedFault: input.reportedFault,
      accessories: JSON.stringify(input.accessories),
      condition: input.condition,
      unlockCode: input.unlockCode,
      estimateMinor: input.estimateMinor,
      depositMinor: input.depositMinor,
      promisedAt: input.promisedAt,
      createdAt: now,
      updatedAt: later.updatedAt,
      createdBy: this.actor.id,
      version: later.version,
      assignedTo: this.technicianId(intake.later.technician),
      partsArrivedAt:
        this.applyLaterStatus && intake.later.partsArrivedAt !== null
          ? new Date(intake.later.partsArrivedAt).toISOString()
          : null,
    })
    const event = { ticketId: id, actorId: this.actor.id, createdAt: now }
    this.insert.event.run({
      ...event,
      id: this.newId(at),
      kind: 'intake',
      fromStatus: null,
      toStatus: 'received',
      note: '',
      amountMinor: null,
    })
    this.counts.rows += 2
    if (input.depositMinor > 0) {
      const drawerSessionId = this.drawerSession(at)
      this.insert.deposit.run({
        id: this.newId(at),
        ticketId: id,
        amountMinor: input.depositMinor,
        tender: input.depositTender,
        actorId: this.actor.id,
        createdAt: now,
        drawerSessionId,
      })
      if (drawerSessionId !== null && input.depositTender === 'cash') {
        this.insert.cash.run({
          id: this.newId(at),
          sessionId: drawerSessionId,
          kind: 'deposit',
          amountMinor: input.depositMinor,
          reason: number,
          paymentId: null,
          createdAt: now,
          createdBy: this.actor.id,
        })
        this.counts.rows += 1
      }
      this.insert.event.run({
        ...event,
        id: this.newId(at),
        kind: 'deposit',
        fromStatus: null,
        toStatus: null,
        note: input.depositTender,
        amountMinor: input.depositMinor,
      })
      this.counts.rows += 2
    }
    const { unlockCode, ...audited } = input
    this.audit(at, 'tickets.intake', 'ticket', id, { ...audited, hasUnlockCode: unlockCode !== '', number })
    this.counts.tickets += 1
  }

  /** The sequences' next values, as nextSequence leaves them (customer keys first: it is taken first). */
  finish(): void {
    const sequence = this.sqlite.prepare(
      'insert into "documentSequences" ("name", "nextValue") values (?, ?)',
    )
    sequence.run('customerSearchKey', this.customerIds.length + 1)
    sequence.run(`ticket:${this.outletCode}`, this.ticketSequence + 1)
  }
}

import { describe, expect, it } from 'vitest'
import {
  allowedTransitions,
  canTransition,
  isClosed,
  openStatuses,
  ticketStatuses,
  type TicketStatus,
} from './status'

describe('the repair status machine', () => {
  it('gives every status an entry, and every transition leads to a known status', () => {
    for (const status of ticketStatuses) {
      const next = allowedTransitions(status)
      expect(Array.isArray(next)).toBe(true)
      for (const target of next) expect(ticketStatuses).toContain(target)
    }
  })

  it('never lets a status move to itself', () => {
    for (const status of ticketStatuses) expect(canTransition(status, status)).toBe(false)
  })

  it('allows the ordinary path of a repair from intake to collection', () => {
    const path: TicketStatus[] = [
      'received',
      'diagnosing',
      'awaiting_approval',
      'awaiting_parts',
      'in_repair',
    ]
    path.push('testing', 'ready_for_pickup', 'collected')
    for (let index = 0; index + 1 < path.length; index += 1) {
      expect(canTransition(path[index]!, path[index + 1]!), `${path[index]} → ${path[index + 1]}`).toBe(true)
    }
  })

  it('allows a declined or unrepairable device to be handed back', () => {
    expect(canTransition('awaiting_approval', 'declined')).toBe(true)
    expect(canTransition('declined', 'ready_for_pickup')).toBe(true)
    expect(canTransition('diagnosing', 'unrepairable')).toBe(true)
    expect(canTransition('unrepairable', 'ready_for_pickup')).toBe(true)
  })

  it('allows a device sent out to come back for testing', () => {
    expect(canTransition('received', 'sent_out')).toBe(true)
    expect(canTransition('sent_out', 'testing')).toBe(true)
  })

  it('sends a device that fails its final check back to the bench', () => {
    expect(canTransition('ready_for_pickup', 'in_repair')).toBe(true)
    expect(canTransition('testing', 'in_repair')).toBe(true)
  })

  it('refuses skipping the work: received straight to ready, collected or testing', () => {
    expect(canTransition('received', 'ready_for_pickup')).toBe(false)
    expect(canTransition('received', 'collected')).toBe(false)
    expect(canTransition('received', 'testing')).toBe(false)
    expect(canTransition('diagnosing', 'collected')).toBe(false)
  })

  it('refuses cancelling a job once the repair has started', () => {
    expect(canTransition('in_repair', 'cancelled')).toBe(false)
    expect(canTransition('testing', 'cancelled')).toBe(false)
    expect(canTransition('ready_for_pickup', 'cancelled')).toBe(false)
  })

  it('refuses declining an estimate that was never asked for', () => {
    expect(canTransition('received', 'declined')).toBe(false)
    expect(canTransition('in_repair', 'declined')).toBe(false)
  })

  it('treats collected and cancelled as closed, with no way out', () => {
    expect(isClosed('collected')).toBe(true)
    expect(isClosed('cancelled')).toBe(true)
    for (const status of ticketStatuses) {
      expect(canTransition('collected', status)).toBe(false)
      expect(canTransition('cancelled', status)).toBe(false)
    }
  })

  it('treats every other status as open, declined and unrepairable included', () => {
    const closed = ticketStatuses.filter(isClosed)
    expect(closed.sort()).toEqual(['cancelled', 'collected'])
    expect([...openStatuses].sort()).toEqual(ticketStatuses.filter((status) => !isClosed(status)).sort())
    expect(openStatuses).toContain('declined')
    expect(openStatuses).toContain('unrepairable')
  })

  it('lets every open status reach a closed one', () => {
    for (const start of openStatuses) {
      const seen = new Set<TicketStatus>([start])
      const queue: TicketStatus[] = [start]
      while (queue.length > 0) {
        for (const next of allowedTransitions(queue.shift()!)) {
          if (!seen.has(next)) {
            seen.add(next)
            queue.push(next)
          }
        }
      }
      expect([...seen].some(isClosed), `${start} can reach a closed status`).toBe(true)
    }
  })

  it('lets a new ticket reach every status', () => {
    const seen = new Set<TicketStatus>(['received'])
    const queue: TicketStatus[] = ['received']
    while (queue.length > 0) {
      for (const next of allowedTransitions(queue.shift()!)) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    expect([...seen].sort()).toEqual([...ticketStatuses].sort())
  })
})

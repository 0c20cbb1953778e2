import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { call, dumpRows, makeTicket, openTestShop, send, type TestShop } from '../../tests/support/shop'
import { dispatch } from '../handlers'

let shop: TestShop
beforeEach(async () => {
  shop = await openTestShop()
})
afterEach(async () => {
  await shop.close()
})

describe('staff records', () => {
  it('adds staff with a role and an upper-case code, listed in the order they were added', async () => {
    const wang = await call(shop, 'staff.create', { name: '王师傅', code: 't1', role: 'technician' })
    expect(wang).toMatchObject({ name: '王师傅', code: 'T1', role: 'technician', active: true })
    await call(shop, 'staff.create', { name: '李经理', code: 'M1', role: 'manager' })
    const list = await call(shop, 'staff.list', {})
    expect(list.map((staff) => staff.code)).toEqual(['C1', 'T1', 'M1'])
    const audit = await shop.db.selectFrom('auditLog').select('action').execute()
    expect(audit.map((row) => row.action)).toEqual(['staff.create', 'staff.create'])
  })

  it('refuses a code another staff member has, whatever its case, and writes nothing', async () => {
    await call(shop, 'staff.create', { name: '王师傅', code: 'T1', role: 'technician' })
    const before = dumpRows(shop)
    expect(
      await send(shop, 'staff.create', { name: '张师傅', code: ' t1 ', role: 'technician' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { code: 'duplicate' },
        detail: { key: 'staff:errors.duplicateCode' },
      },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('edits a staff member, keeping their own code, and refuses taking someone else’s', async () => {
    const wang = await call(shop, 'staff.create', { name: '王师傅', code: 'T1', role: 'technician' })
    await call(shop, 'staff.create', { name: '张师傅', code: 'T2', role: 'technician' })
    const edited = await call(shop, 'staff.update', { ...wang, name: '王工', role: 'manager' })
    expect(edited).toMatchObject({ id: wang.id, name: '王工', code: 'T1', role: 'manager', active: true })
    expect(await send(shop, 'staff.update', { ...wang, code: 'T2' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { code: 'duplicate' } },
    })
  })

  it('deactivates and reactivates; inactive staff leave the default list but stay on record', async () => {
    const wang = await call(shop, 'staff.create', { name: '王师傅', code: 'T1', role: 'technician' })
    await call(shop, 'staff.update', { ...wang, active: false })
    expect((await call(shop, 'staff.list', {})).map((staff) => staff.code)).toEqual(['C1'])
    const all = await call(shop, 'staff.list', { includeInactive: true })
    expect(all.find((staff) => staff.id === wang.id)?.active).toBe(false)
    await call(shop, 'staff.update', { ...wang, active: true })
    expect((await call(shop, 'staff.list', {})).map((staff) => staff.code)).toEqual(['C1', 'T1'])
  })

  it('refuses to deactivate the last active staff member, and writes nothing', async () => {
    const [counter] = await call(shop, 'staff.list', {})
    const before = dumpRows(shop)
    expect(await send(shop, 'staff.update', { ...counter, active: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', detail: { key: 'staff:errors.lastActive', name: '前台' } },
    })
    expect(dumpRows(shop)).toEqual(before)
  })

  it('answers NOT_FOUND for a staff member that does not exist', async () => {
    expect(
      await send(shop, 'staff.update', {
        id: '01900000-0000-7000-8000-000000000000',
        name: '王师傅',
        code: 'T1',
        role: 'technician',
        active: true,
      }),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})

describe('who is working', () => {
  it('records each write against the staff member the counter chose', async () => {
    const wang = await call(shop, 'staff.create', { name: '王师傅', code: 'T1', role: 'technician' })
    const ticket = await makeTicket(shop)
    const moved = await dispatch(
      shop.context,
      'tickets.changeStatus',
      { id: ticket.id, version: ticket.version, toStatus: 'diagnosing' },
      { staffId: wang.id },
    )
    expect(moved.ok).toBe(true)
    const detail = await call(shop, 'tickets.get', { id: ticket.id })
    expect(detail.events.at(-1)).toMatchObject({ kind: 'status', actorName: '王师傅' })
  })

  it('refuses a write from a staff member who was deactivated', async () => {
    const wang = await call(shop, 'staff.create', { name: '王师傅', code: 'T1', role: 'technician' })
    await call(shop, 'staff.update', { ...wang, active: false })
    const ticket = await makeTicket(shop)
    const result = await dispatch(
      shop.context,
      'tickets.changeStatus',
      { id: ticket.id, version: ticket.version, toStatus: 'diagnosing' },
      { staffId: wang.id },
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

/** Inputs the staff, status label and ticket edit methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import { call, type BadInput, type BadInputFixture, type TestShop } from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

const technician = (fixture: BadInputFixture) => ({
  id: fixture.technicianId,
  name: '王师傅',
  code: 'T1',
  role: 'technician',
  active: true,
})

/** A label of the fixture ticket's status ('received') and one of another status. */
async function labels(shop: TestShop): Promise<Record<string, string>> {
  const received = await call(shop, 'statusLabels.create', { status: 'received', name: '待检测' })
  const other = await call(shop, 'statusLabels.create', { status: 'diagnosing', name: '拆机中' })
  const old = await call(shop, 'statusLabels.create', { status: 'received', name: '旧标签' })
  await call(shop, 'statusLabels.update', { id: old.id, name: '旧标签', active: false })
  return { received: received.id, other: other.id, inactive: old.id }
}

const edit = (fixture: BadInputFixture) => ({
  id: fixture.ticketId,
  version: 1,
  reportedFault: '无法开机',
  accessories: [],
  condition: '',
  promisedAt: null,
  priority: 'normal',
})

export const staffBadInputs: Partial<Record<Method, BadInput[]>> = {
  'staff.create': [
    {
      name: 'no name',
      input: () => ({ name: '  ', code: 'T9', role: 'technician' }),
      code: 'VALIDATION',
      fields: { name: 'required' },
    },
    {
      name: 'a code that is too long',
      input: () => ({ name: '张师傅', code: 'TECH-0001', role: 'technician' }),
      code: 'VALIDATION',
      fields: { code: 'tooLong' },
    },
    {
      name: 'a role the shop does not have',
      input: () => ({ name: '张师傅', code: 'T9', role: 'owner' }),
      code: 'VALIDATION',
      fields: { role: 'invalid' },
    },
    {
      name: "another staff member's code",
      input: () => ({ name: '张师傅', code: 't1', role: 'technician' }),
      code: 'VALIDATION',
      fields: { code: 'duplicate' },
    },
  ],
  'staff.update': [
    {
      name: 'an id that is not an id',
      input: (fixture) => ({ ...technician(fixture), id: 'T1' }),
      code: 'VALIDATION',
      fields: { id: 'invalid' },
    },
    {
      name: 'no active flag',
      input: (fixture) => ({ ...technician(fixture), active: undefined }),
      code: 'VALIDATION',
      fields: { active: 'required' },
    },
    {
      name: 'a staff member who does not exist',
      input: (fixture) => ({ ...technician(fixture), id: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: "another staff member's code",
      input: (fixture) => ({ ...technician(fixture), code: 'C1' }),
      code: 'VALIDATION',
      fields: { code: 'duplicate' },
    },
    {
      name: 'deactivating the last active staff member',
      setup: async (shop) => {
        const [counter] = await call(shop, 'staff.list', {})
        await shop.db.updateTable('staff').set({ active: 0 }).where('role', '=', 'technician').execute()
        return { counterId: counter?.id ?? '' }
      },
      input: (fixture) => ({
        id: fixture.extra.counterId,
        name: '前台',
        code: 'C1',
        role: 'counter',
        active: false,
      }),
      code: 'CONFLICT',
    },
  ],
  'statusLabels.create': [
    {
      name: 'a status that does not exist',
      input: () => ({ status: 'waiting', name: '等客户回复' }),
      code: 'VALIDATION',
      fields: { status: 'invalid' },
    },
    {
      name: 'no name',
      input: () => ({ status: 'received', name: '' }),
      code: 'VALIDATION',
      fields: { name: 'required' },
    },
    {
      name: 'a name that is too long',
      input: () => ({ status: 'received', name: '等'.repeat(41) }),
      code: 'VALIDATION',
      fields: { name: 'tooLong' },
    },
    {
      name: 'a name the status already has',
      setup: labels,
      input: () => ({ status: 'received', name: '待检测' }),
      code: 'VALIDATION',
      fields: { name: 'duplicate' },
    },
  ],
  'statusLabels.update': [
    {
      name: 'a label that does not exist',
      input: () => ({ id: missingId, name: '等客户回复', active: true }),
      code: 'NOT_FOUND',
    },
    {
      name: 'no name',
      setup: labels,
      input: (fixture) => ({ id: fixture.extra.received, name: ' ', active: true }),
      code: 'VALIDATION',
      fields: { name: 'required' },
    },
    {
      name: 'the name of another label of the status',
      setup: labels,
      input: (fixture) => ({ id: fixture.extra.inactive, name: '待检测', active: true }),
      code: 'VALIDATION',
      fields: { name: 'duplicate' },
    },
  ],
  'statusLabels.reorder': [
    {
      name: 'a list missing a label',
      setup: labels,
      input: (fixture) => ({ status: 'received', ids: [fixture.extra.received] }),
      code: 'VALIDATION',
      fields: { ids: 'invalid' },
    },
    {
      name: 'a label of another status',
      setup: labels,
      input: (fixture) => ({
        status: 'received',
        ids: [fixture.extra.received, fixture.extra.other],
      }),
      code: 'VALIDATION',
      fields: { ids: 'invalid' },
    },
    {
      name: 'an id that is not an id',
      input: () => ({ status: 'received', ids: ['first'] }),
      code: 'VALIDATION',
      fields: { 'ids.0': 'invalid' },
    },
  ],
  'tickets.setLabel': [
    {
      name: 'a label of another status',
      setup: labels,
      input: (fixture) => ({ id: fixture.ticketId, version: 1, statusLabelId: fixture.extra.other }),
      code: 'CONFLICT',
      fields: { statusLabelId: 'notAllowed' },
    },
    {
      name: 'a label no longer in use',
      setup: labels,
      input: (fixture) => ({ id: fixture.ticketId, version: 1, statusLabelId: fixture.extra.inactive }),
      code: 'VALIDATION',
      fields: { statusLabelId: 'notAllowed' },
    },
    {
      name: 'a version someone else moved',
      setup: labels,
      input: (fixture) => ({ id: fixture.ticketId, version: 0, statusLabelId: fixture.extra.received }),
      code: 'CONFLICT',
    },
    {
      name: 'a label that does not exist',
      input: (fixture) => ({ id: fixture.ticketId, version: 1, statusLabelId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a ticket that does not exist',
      input: () => ({ id: missingId, version: 1, statusLabelId: null }),
      code: 'NOT_FOUND',
    },
  ],
  'tickets.update': [
    {
      name: 'no fault',
      input: (fixture) => ({ ...edit(fixture), reportedFault: '  ' }),
      code: 'VALIDATION',
      fields: { reportedFault: 'required' },
    },
    {
      name: 'too many accessories',
      input: (fixture) => ({ ...edit(fixture), accessories: Array.from({ length: 21 }, (_, i) => `件${i}`) }),
      code: 'VALIDATION',
      fields: { accessories: 'tooMany' },
    },
    {
      name: 'a promised time that is not a date',
      input: (fixture) => ({ ...edit(fixture), promisedAt: 'tomorrow' }),
      code: 'VALIDATION',
      fields: { promisedAt: 'invalidDate' },
    },
    {
      name: 'a priority that does not exist',
      input: (fixture) => ({ ...edit(fixture), priority: 'asap' }),
      code: 'VALIDATION',
      fields: { priority: 'invalid' },
    },
    {
      name: 'a version someone else moved',
      input: (fixture) => ({ ...edit(fixture), version: 0 }),
      code: 'CONFLICT',
    },
    {
      name: 'a ticket that does not exist',
      input: (fixture) => ({ ...edit(fixture), id: missingId }),
      code: 'NOT_FOUND',
    },
  ],
}

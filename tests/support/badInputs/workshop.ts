/** Inputs the workshop methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import type { BadInput } from '../shop'
import { setTicketStatus } from '../shop'

const missingId = '01900000-0000-7000-8000-000000000000'

export const workshopBadInputs: Partial<Record<Method, BadInput[]>> = {
  'tickets.assign': [
    {
      name: 'a ticket id that is not an id',
      input: (fixture) => ({ id: 'SC01-000001', version: 1, staffId: fixture.technicianId }),
      code: 'VALIDATION',
      fields: { id: 'invalid' },
    },
    {
      name: 'no version',
      input: (fixture) => ({ id: fixture.ticketId, staffId: fixture.technicianId }),
      code: 'VALIDATION',
      fields: { version: 'required' },
    },
    {
      name: 'a staff id that is not an id',
      input: (fixture) => ({ id: fixture.ticketId, version: 1, staffId: 'T1' }),
      code: 'VALIDATION',
      fields: { staffId: 'invalid' },
    },
    {
      name: 'a note that is too long',
      input: (fixture) => ({
        id: fixture.ticketId,
        version: 1,
        staffId: fixture.technicianId,
        note: '修'.repeat(501),
      }),
      code: 'VALIDATION',
      fields: { note: 'tooLong' },
    },
    {
      name: 'a ticket that does not exist',
      input: (fixture) => ({ id: missingId, version: 1, staffId: fixture.technicianId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a staff member who does not exist',
      input: (fixture) => ({ id: fixture.ticketId, version: 1, staffId: missingId }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a staff member who no longer works here',
      setup: async (shop, fixture) => {
        await shop.db.updateTable('staff').set({ active: 0 }).where('id', '=', fixture.technicianId).execute()
        return {}
      },
      input: (fixture) => ({ id: fixture.ticketId, version: 1, staffId: fixture.technicianId }),
      code: 'VALIDATION',
      fields: { staffId: 'notAllowed' },
    },
    {
      name: 'a version someone else already moved on',
      input: (fixture) => ({ id: fixture.ticketId, version: 7, staffId: fixture.technicianId }),
      code: 'CONFLICT',
    },
    {
      name: 'a collected ticket',
      setup: async (shop, fixture) => {
        await setTicketStatus(shop, fixture.ticketId, 'collected')
        return {}
      },
      input: (fixture) => ({ id: fixture.ticketId, version: 1, staffId: fixture.technicianId }),
      code: 'CONFLICT',
    },
  ],
}

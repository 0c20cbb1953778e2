/** The repair-workflow methods' bad inputs, one table per area (each area owns its file). */
import { estimatesBadInputs } from './estimates'
import { messagesBadInputs } from './messages'
import { staffBadInputs } from './staff'
import { ticketPartsBadInputs } from './ticketParts'
import { workshopBadInputs } from './workshop'
import { billingBadInputs } from './billing'
import { drawerBadInputs } from './drawer'

export const workflowBadInputs = {
  ...staffBadInputs,
  ...workshopBadInputs,
  ...estimatesBadInputs,
  ...ticketPartsBadInputs,
  ...messagesBadInputs,
  ...billingBadInputs,
  ...drawerBadInputs,
}

/** Inputs the drawer methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import type { BadInput } from '../shop'

export const drawerBadInputs: Partial<Record<Method, BadInput[]>> = {}

/** Inputs the estimates methods must refuse (run by main/handlers.workflow.test.ts). */
import type { Method } from '../../../shared/contract'
import type { BadInput } from '../shop'

export const estimatesBadInputs: Partial<Record<Method, BadInput[]>> = {}

/** Bad inputs of the repair-workflow methods: refused with the right code and fields, nothing written. */
import { workflowBadInputs } from '../tests/support/badInputs'
import { describeBadInputs } from '../tests/support/shop'

describeBadInputs(workflowBadInputs)

import type { Method, MethodInput } from '../../../../shared/contract'
import { printableData } from '../../../../shared/domain/printText'
import { useApi } from '../../api/hooks'

/**
 * `useApi` for print views: every string of the answer comes without emoji, which receipt printers
 * and our print fonts draw as empty boxes. The data (and every other screen) keeps them.
 */
export function usePrintApi<M extends Method>(
  method: M,
  input: MethodInput<M>,
  options: Parameters<typeof useApi<M>>[2] = {},
) {
  return useApi(method, input, { ...options, select: printableData })
}

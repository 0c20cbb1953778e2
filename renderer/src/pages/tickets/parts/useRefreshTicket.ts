import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

/**
 * Parts on a ticket change the ticket (version, timeline, status), the part's figures, the
 * workshop's lists and maybe a purchase order: everything showing them reloads.
 */
const domains = ['tickets', 'ticketParts', 'sendOuts', 'parts', 'suppliers', 'workshop', 'purchaseOrders']

export function useRefreshTicket(): () => Promise<void> {
  const queryClient = useQueryClient()
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => domains.includes(String(query.queryKey[0]).split('.')[0] ?? ''),
      }),
    [queryClient],
  )
}

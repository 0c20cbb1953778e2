/**
 * TanStack Query over the api client. Query keys are `[method, input]`; a write invalidates the
 * domains it touches, so every page showing them refreshes.
 */
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract'
import { call, type ApiError } from './client'

const touches: Partial<Record<Method, string[]>> = {
  'tickets.intake': ['tickets', 'customers', 'search', 'system'],
  'customers.create': ['customers', 'search', 'system'],
  'customers.update': ['customers', 'tickets', 'search'],
  'devices.create': ['customers', 'search'],
  'devices.update': ['customers', 'tickets', 'search'],
  'settings.update': ['settings', 'tickets', 'parts'],
  // A part's figures show on its supplier's page; a supplier's name shows on its parts.
  'parts.create': ['parts', 'suppliers'],
  'parts.update': ['parts', 'suppliers'],
  'suppliers.create': ['suppliers', 'parts'],
  'suppliers.update': ['suppliers', 'parts'],
  'stock.adjust': ['parts', 'suppliers', 'reports'],
  'stock.receive': ['parts', 'suppliers', 'reports'],
  'purchaseOrders.create': ['purchaseOrders'],
  'purchaseOrders.update': ['purchaseOrders'],
  'purchaseOrders.order': ['purchaseOrders', 'parts'],
  'purchaseOrders.cancel': ['purchaseOrders', 'parts'],
  'purchaseOrders.receive': [
    'purchaseOrders',
    'parts',
    'suppliers',
    'reports',
    'tickets',
    'ticketParts',
    'workshop',
  ],
  'purchaseOrders.createFromSuggestions': ['purchaseOrders'],
  'parts.import': ['parts', 'suppliers', 'reports'],
  // Recording a count changes only the count; posting it moves stock.
  'stockCounts.record': ['stockCounts'],
  'stockCounts.post': ['stockCounts', 'parts', 'suppliers', 'reports'],
  'system.loadDemo': ['tickets', 'customers', 'search', 'system'],
  // Parts on a ticket move stock and the ticket; sending out moves the ticket on the board.
  'ticketParts.add': ['ticketParts', 'tickets', 'parts', 'suppliers', 'workshop', 'reports'],
  'ticketParts.use': ['ticketParts', 'tickets', 'parts', 'suppliers', 'workshop', 'reports'],
  'ticketParts.return': ['ticketParts', 'tickets', 'parts', 'suppliers', 'workshop', 'reports'],
  'ticketParts.specialOrder': ['ticketParts', 'tickets', 'workshop', 'purchaseOrders'],
  'sendOuts.create': ['sendOuts', 'tickets', 'workshop'],
  'sendOuts.markReturned': ['sendOuts', 'tickets', 'workshop'],
  'tickets.changeStatus': ['tickets', 'workshop', 'estimates'],
  'tickets.assign': ['tickets', 'workshop'],
  'tickets.setLabel': ['tickets', 'workshop'],
  'tickets.update': ['tickets', 'workshop', 'search', 'customers'],
  'tickets.addNote': ['tickets', 'workshop'],
  'estimates.save': ['estimates', 'tickets'],
  'estimates.send': ['estimates', 'tickets', 'workshop'],
  'estimates.decide': ['estimates', 'tickets', 'workshop'],
  'staff.create': ['staff', 'tickets', 'workshop'],
  'staff.update': ['staff', 'tickets', 'workshop'],
  'statusLabels.create': ['statusLabels', 'tickets', 'workshop'],
  'statusLabels.update': ['statusLabels', 'tickets', 'workshop'],
  'statusLabels.reorder': ['statusLabels', 'tickets', 'workshop'],
  'labour.create': ['labour', 'estimates'],
  'labour.update': ['labour', 'estimates'],
  'attachments.add': ['attachments', 'tickets'],
  'messages.recordTold': ['tickets', 'messages'],
  // Money: an invoice moves the drawer, stock, the ticket and what the customer owes.
  'tickets.pickup': [
    'invoices',
    'tickets',
    'workshop',
    'drawer',
    'customers',
    'parts',
    'reports',
    'ticketParts',
  ],
  'invoices.sell': ['invoices', 'drawer', 'parts', 'suppliers', 'reports', 'customers'],
  'invoices.pay': ['invoices', 'drawer', 'customers', 'tickets', 'reports'],
  'invoices.refund': ['invoices', 'drawer', 'parts', 'suppliers', 'reports', 'customers', 'tickets'],
  'invoices.void': ['invoices', 'drawer', 'parts', 'suppliers', 'reports', 'customers', 'tickets'],
  'drawer.open': ['drawer', 'reports'],
  'drawer.move': ['drawer', 'reports'],
  'drawer.close': ['drawer', 'reports'],
}

export function useApi<M extends Method>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<MethodOutput<M>, ApiError>({
    queryKey: [method, input],
    queryFn: () => call(method, input),
    ...options,
  })
}

export function useApiMutation<M extends Method>(method: M) {
  const queryClient = useQueryClient()
  return useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async () => {
      const domains = touches[method] ?? [method.split('.')[0]]
      await queryClient.invalidateQueries({
        predicate: (query) => domains.includes(String(query.queryKey[0]).split('.')[0] ?? ''),
      })
    },
  })
}

/**
 * TanStack Query over the api client. Query keys are `[method, input]`; a write invalidates the
 * domains it touches, so every page showing them refreshes.
 */
import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutateOptions,
  type UseQueryOptions,
} from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { uuidv7 } from 'uuidv7'
import { onceMethods, type Method, type MethodInput, type MethodOutput } from '../../../shared/contract'
import { ApiError, call } from './client'

const touches: Partial<Record<Method, string[]>> = {
  'tickets.intake': ['tickets', 'customers', 'search', 'system'],
  'customers.create': ['customers', 'search', 'system'],
  'customers.update': ['customers', 'tickets', 'search'],
  'devices.create': ['customers', 'search'],
  'devices.update': ['customers', 'tickets', 'search'],
  'settings.update': ['settings', 'tickets', 'parts'],
  'settings.completeSetup': ['settings', 'system', 'staff', 'tickets', 'parts'],
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
  // The demo shop fills every page.
  'system.loadDemo': [
    'tickets',
    'customers',
    'search',
    'system',
    'staff',
    'labour',
    'parts',
    'suppliers',
    'purchaseOrders',
    'stockCounts',
    'estimates',
    'ticketParts',
    'workshop',
    'invoices',
    'drawer',
    'reports',
  ],
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

/**
 * A write. While one is in flight its form cannot send another: `mutate` and `mutateAsync` called
 * again (a second click, Enter pressed twice, Ctrl+Enter caught by two handlers) do nothing until the
 * answer arrives, and `isPending` disables the submit button. A money write also carries an
 * idempotency key made when the form opened: pressed again after its answer (before the page moves
 * on), the same write is answered by the server with the first answer and nothing is written twice.
 * A form that stays open for another write (a second paid-out) calls `reset()`, which makes a new key.
 */
export function useApiMutation<M extends Method>(method: M) {
  const queryClient = useQueryClient()
  // Made when the form opens (the hook mounts); a new one only when the form resets for another write.
  const [openingKey] = useState(() => (onceMethods.has(method) ? uuidv7() : null))
  const key = useRef(openingKey)
  const inFlight = useRef(false)
  const busy = () => inFlight.current || (key.current !== null && moneyInFlight.has(method))
  const start = () => {
    inFlight.current = true
    if (key.current !== null) moneyInFlight.add(method)
  }
  const mutation = useMutation<MethodOutput<M>, ApiError, MethodInput<M>>({
    mutationFn: (input) => call(method, input, key.current),
    onSuccess: async () => {
      const domains = touches[method] ?? [method.split('.')[0]]
      await queryClient.invalidateQueries({
        predicate: (query) => domains.includes(String(query.queryKey[0]).split('.')[0] ?? ''),
      })
    },
    // Here, not in mutate's callbacks: these run even when the refresh unmounts the form.
    onSettled: () => {
      inFlight.current = false
      moneyInFlight.delete(method)
    },
  })
  type Options = MutateOptions<MethodOutput<M>, ApiError, MethodInput<M>>
  return {
    ...mutation,
    mutate: (input: MethodInput<M>, options?: Options) => {
      if (busy()) return
      start()
      mutation.mutate(input, options)
    },
    mutateAsync: (input: MethodInput<M>, options?: Options): Promise<MethodOutput<M>> => {
      if (busy()) return Promise.reject(new ApiError(busyError))
      start()
      return mutation.mutateAsync(input, options)
    },
    /** Clears the last answer, and gives a money form a new key for its next, different write. */
    reset: () => {
      mutation.reset()
      if (key.current !== null) key.current = uuidv7()
    },
  }
}

/**
 * Money writes in flight anywhere in the app: a form closed and opened again while its first write
 * is still on its way (a new form, a new key) cannot send a second one of the same kind meanwhile.
 */
const moneyInFlight = new Set<Method>()

const busyError = {
  code: 'CONFLICT',
  message: 'The previous request is still being answered.',
  detail: { key: 'errors.inFlight' },
} as const

import { useApi } from '../../api/hooks'

/** The customer's store credit balance (0 without a customer, or while it loads). */
export function useStoreCredit(customerId: string | null): number {
  const credit = useApi(
    'customers.storeCredit',
    { customerId: customerId ?? '' },
    { enabled: customerId !== null, retry: false },
  )
  return customerId === null ? 0 : Math.max(0, credit.data?.balanceMinor ?? 0)
}

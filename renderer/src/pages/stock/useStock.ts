import type { Currency } from '../../../../shared/domain/money'
import { useApi } from '../../api/hooks'

/** The shop's currency, for typing and showing amounts. */
export function useCurrency(): Currency {
  return useApi('settings.get', {}).data?.currency ?? 'CNY'
}

import type { ReactNode } from 'react'
import { useApi } from '../../api/hooks'
import { PageLoader } from '../../components/QueryState'
import { SetupPage } from './SetupPage'

/**
 * The first-start setup before everything else while a new shop needs it; the app once it is done
 * (or when the question cannot be answered: the app then says what failed where it is used).
 */
export function SetupGate({ children }: { children: ReactNode }) {
  const info = useApi('system.info', {})
  if (info.isPending) return <PageLoader />
  if (info.data?.setupNeeded) return <SetupPage />
  return children
}

import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Part } from '../../../shared/contract'
import { ApiError, call } from '../api/client'

/**
 * Looks a scanned or typed code up as an exact barcode or SKU. Resolves to null when no part has
 * it, so the caller can fall back to searching; other failures are thrown.
 */
export function useFindPartByCode(): (code: string) => Promise<Part | null> {
  const queryClient = useQueryClient()
  return useCallback(
    async (code: string) => {
      try {
        return await queryClient.query({
          queryKey: ['parts.findByCode', { code }],
          queryFn: () => call('parts.findByCode', { code }),
          staleTime: 0,
          retry: false,
        })
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION'))
          return null
        throw error
      }
    },
    [queryClient],
  )
}

import { notifications } from '@mantine/notifications'
import { useNavigate } from 'react-router'
import type { receiptLayouts } from '../../../shared/contract'
import { call } from '../api/client'
import { useApi } from '../api/hooks'
import { useErrorText } from './errors'

type Layout = (typeof receiptLayouts)[number]

/**
 * Prints a ticket's service receipt. The desktop app prints natively (dialog, a chosen printer,
 * or PDF); in a browser the receipt view opens and the browser's print takes over.
 */
export function usePrintReceipt() {
  const navigate = useNavigate()
  const errorText = useErrorText()
  const info = useApi('system.info', {})
  const native = info.data?.nativePrinting ?? false
  return {
    native,
    async print(
      id: string,
      layout: Layout,
      target: 'dialog' | 'silent' | 'pdf' = 'dialog',
      printer: string | null = null,
    ) {
      if (!native) {
        // The receipt view opens the browser's print dialog as soon as it is drawn.
        void navigate(`/print/ticket/${id}?layout=${layout}&autoprint=1`)
        return
      }
      try {
        await call('print.ticket', { id, layout, target, printer })
      } catch (error) {
        notifications.show({ color: 'red', message: errorText(error) })
      }
    },
  }
}

/** The IPC door: the handler table on one channel, answering only the app's own frames. */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { dispatch, type CallMeta, type HandlerContext } from './handlers'

export function isOwnFrame(frameUrl: string | undefined, appOrigin: string): boolean {
  if (!frameUrl) return false
  try {
    const url = new URL(frameUrl)
    if (appOrigin === 'file://') return url.protocol === 'file:'
    return url.origin === appOrigin
  } catch {
    return false
  }
}

/** The preload's third argument, `{ staffId, idempotencyKey }`, taken only where it has the right shape. */
export function callMeta(meta: unknown): CallMeta {
  if (typeof meta !== 'object' || meta === null) return {}
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const { staffId, idempotencyKey } = meta as Record<string, unknown>
  return { staffId: text(staffId), idempotencyKey: text(idempotencyKey) }
}

export function registerIpcDoor(context: HandlerContext, appOrigin: string): void {
  ipcMain.handle('api', (event: IpcMainInvokeEvent, method: unknown, input: unknown, meta: unknown) => {
    if (!isOwnFrame(event.senderFrame?.url, appOrigin) || typeof method !== 'string') {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Refused a call from a frame that is not the app.',
          detail: { key: 'errors.forbidden' },
        },
      }
    }
    return dispatch(context, method, input, callMeta(meta))
  })
}

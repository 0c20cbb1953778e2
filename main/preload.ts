/** The renderer's only way into the main process: invoke(method, input). Nothing else. */
import { contextBridge, ipcRenderer } from 'electron'

contextBridge.exposeInMainWorld('serviceCenter', {
  invoke: (
    method: string,
    input: unknown,
    meta: { staffId: string | null; idempotencyKey: string | null },
  ): Promise<unknown> => ipcRenderer.invoke('api', method, input, meta),
})

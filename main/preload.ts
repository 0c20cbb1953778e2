/** The renderer's only way into the main process: invoke(method, input). Nothing else. */
import { contextBridge, ipcRenderer } from 'electron'

contextBridge.exposeInMainWorld('serviceCenter', {
  invoke: (method: string, input: unknown, staffId: string | null): Promise<unknown> =>
    ipcRenderer.invoke('api', method, input, staffId),
})

/** Electron entry: single instance, the database, the IPC door, the window. Thin on purpose. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog } from 'electron'
import { startCore } from './core'
import { electronNativeBinding } from './db/binding'
import { registerIpcDoor } from './ipc'
import { setApplicationMenu } from './menu'
import { resolveDatabasePath, systemLocale } from './paths'
import { electronPrinter } from './print/electron'
import { createMainWindow, hardenSession } from './window'

const here = path.dirname(fileURLToPath(import.meta.url))
const rendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined

async function start(): Promise<void> {
  hardenSession()
  setApplicationMenu()
  const loadView = async (window: BrowserWindow, hash: string) => {
    if (rendererUrl) await window.loadURL(`${rendererUrl}${hash}`)
    else await window.loadFile(path.join(here, '../renderer/index.html'), { hash: hash.replace(/^#/, '') })
  }
  const nativeBinding = electronNativeBinding(app.getAppPath(), app.isPackaged)
  const core = await startCore({
    databasePath: resolveDatabasePath(process.argv, process.env, app.getPath('userData')),
    door: 'ipc',
    locale: systemLocale(process.env, app.getLocale()),
    printer: electronPrinter(loadView),
    demo: process.argv.includes('--demo'),
    setupDone: process.argv.includes('--setup-done'),
    ...(nativeBinding ? { nativeBinding } : {}),
  })
  registerIpcDoor(core.context, rendererUrl ? new URL(rendererUrl).origin : 'file://')
  createMainWindow(here, rendererUrl)
  app.on('before-quit', () => void core.close())
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  app.on('window-all-closed', () => app.quit())
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Service Center could not start',
        error instanceof Error ? error.message : String(error),
      )
      app.quit()
    })
}

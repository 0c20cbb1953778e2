import path from 'node:path'
import { BrowserWindow, session, shell } from 'electron'
import { contentSecurityPolicy } from './http'

/** Secure defaults: isolated, sandboxed, no Node, no navigation away, no new windows, no permissions but the clipboard's write. */
export function secureWebPreferences(preloadPath?: string): Electron.WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  }
}

export function hardenSession(): void {
  // Only writing to the clipboard (a customer message copied for SMS or a chat app) is granted.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  )
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    })
  })
}

export function createMainWindow(here: string, rendererUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Service Center',
    webPreferences: secureWebPreferences(path.join(here, '../preload/preload.cjs')),
  })
  window.once('ready-to-show', () => window.show())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(rendererUrl ?? 'file://')) {
      event.preventDefault()
      if (url.startsWith('https://')) void shell.openExternal(url)
    }
  })
  if (rendererUrl) void window.loadURL(rendererUrl)
  else void window.loadFile(path.join(here, '../renderer/index.html'))
  return window
}

import { Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * A small application menu made only of Electron's roles, which the operating system labels in the
 * user's own language (no strings of ours to translate in the main process).
 */
export function setApplicationMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    process.platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

/**
 * Native printing in the desktop app: the receipt view is loaded in a hidden window, then printed
 * through the system dialog, silently to a chosen printer, or saved as PDF.
 */
import fs from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'
import { AppError } from '../errors'
import type { PrinterPort } from './port'
import { secureWebPreferences } from '../window'

const micronsPerMm = 1000
const readyTimeoutMs = 15_000

/**
 * The receipt view says when it can be printed: body[data-ready] becomes '1' once its fonts and
 * barcodes are drawn, or 'error' when the ticket could not be loaded. An 80 mm receipt also tells
 * its length, so the roll is cut right after it. Returns that length in mm (null for A4).
 */
async function waitUntilReady(view: BrowserWindow): Promise<number | null> {
  const state = (await view.webContents.executeJavaScript(
    `new Promise((resolve) => {
      const started = Date.now()
      const check = () => {
        const { ready, rollLengthMm } = document.body.dataset
        if (ready === '1' || ready === 'error') resolve({ ready, rollLengthMm: rollLengthMm ?? null })
        else if (Date.now() - started > ${readyTimeoutMs}) resolve({ ready: 'timeout', rollLengthMm: null })
        else setTimeout(check, 50)
      }
      check()
    })`,
  )) as { ready: string; rollLengthMm: string | null }
  if (state.ready !== '1') {
    throw new AppError(
      'INTERNAL',
      'The receipt could not be prepared for printing.',
      'errors.receiptNotReady',
    )
  }
  return state.rollLengthMm ? Number(state.rollLengthMm) : null
}

export function electronPrinter(
  loadView: (window: BrowserWindow, hash: string) => Promise<void>,
): PrinterPort {
  return {
    async printers() {
      const window = BrowserWindow.getAllWindows()[0]
      if (!window) return []
      const list = await window.webContents.getPrintersAsync()
      // CUPS reports the default printer among its platform options.
      return list.map((printer) => ({
        name: printer.name,
        displayName: printer.displayName,
        isDefault: (printer.options as Record<string, string | undefined>)['printer-is-default'] === 'true',
      }))
    },
    async printTicket(input) {
      const view = new BrowserWindow({ show: false, webPreferences: secureWebPreferences() })
      try {
        await loadView(view, `#/print/ticket/${input.id}?layout=${input.layout}&native=1`)
        const rollLengthMm = await waitUntilReady(view)
        const pageSize =
          input.layout === 'a4'
            ? 'A4'
            : { width: 80 * micronsPerMm, height: (rollLengthMm ?? 297) * micronsPerMm }
        if (input.target === 'pdf') {
          const data = await view.webContents.printToPDF({
            pageSize,
            printBackground: true,
            preferCSSPageSize: true,
          })
          const choice = await dialog.showSaveDialog({
            defaultPath: `ticket-${input.id}.pdf`,
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          })
          if (choice.canceled || !choice.filePath) return { printed: false, pdfPath: null }
          await fs.writeFile(choice.filePath, data)
          return { printed: true, pdfPath: choice.filePath }
        }
        const printed = await new Promise<boolean>((resolve) => {
          view.webContents.print(
            {
              silent: input.target === 'silent',
              printBackground: true,
              ...(input.printer ? { deviceName: input.printer } : {}),
              pageSize,
            },
            (success) => resolve(success),
          )
        })
        return { printed, pdfPath: null }
      } finally {
        view.destroy()
      }
    },
  }
}

/**
 * What the app shell's key handling needs from pages: where a scanner's code goes on this screen,
 * and whether leaving the screen would throw away what was typed. The shell (app/KeysProvider)
 * provides it; pages use the hooks below.
 */
import { createContext, useContext, useEffect, useRef, useState, type RefObject } from 'react'

export type ScanHandler = (code: string) => void

export interface Keys {
  /** Adds a screen's scan box as the place for scans; returns its removal. The newest one wins. */
  addScanTarget: (handler: RefObject<ScanHandler>) => () => void
  /** Marks (or clears) unsaved input held by `owner`. */
  setUnsaved: (owner: object, dirty: boolean) => void
  /** Goes to another screen as the navigation does: asks first when a form holds unsaved input. */
  leaveTo: (to: string) => void
  /** Opens the list of every key (also ? and F12). */
  openHelp: () => void
}

export const KeysContext = createContext<Keys>({
  addScanTarget: () => () => undefined,
  setUnsaved: () => undefined,
  leaveTo: () => undefined,
  openHelp: () => undefined,
})

/** While mounted, a scan made with the focus outside any text box goes to `handler`. */
export function useScanTarget(handler: ScanHandler): void {
  const { addScanTarget } = useContext(KeysContext)
  const latest = useRef(handler)
  useEffect(() => {
    latest.current = handler
  })
  useEffect(() => addScanTarget(latest), [addScanTarget])
}

/** A form says it holds input not yet saved: F-keys and the navigation then ask before leaving. */
export function useUnsavedChanges(dirty: boolean): void {
  const { setUnsaved } = useContext(KeysContext)
  const [owner] = useState(() => ({}))
  useEffect(() => {
    setUnsaved(owner, dirty)
  }, [setUnsaved, owner, dirty])
  useEffect(() => () => setUnsaved(owner, false), [setUnsaved, owner])
}

export function useKeys(): Keys {
  return useContext(KeysContext)
}

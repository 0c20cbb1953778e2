/**
 * Finds a barcode scanner's input among the keys pressed outside any text box: a scanner "types"
 * its code as a burst of keys and ends it with Enter. Pure: it is fed each key with the time it was
 * pressed and answers what the key was, so it is tested with made-up times.
 */

/**
 * Scanners send keys 2–30 ms apart, but the gap allowed is far wider, for two reasons. Keys typed
 * while the focus is outside every text box have nowhere else to go, so a person's quick typing
 * there followed by Enter is read as a search too, which is what they meant. And on a busy computer
 * (or when keys come through the browser's DevTools protocol, stamped when delivered, not when
 * typed) a scan's keys can arrive a hundred milliseconds or more apart: a narrow gap would cut the
 * code in two. A pause of a second still tells a key pressed on purpose from a scan.
 */
export const scanMaxGapMs = 1000
/** The shortest code taken as a scan: ticket numbers, SKUs and barcodes are all longer. */
export const scanMinLength = 4

export interface ScanState {
  buffer: string
  lastAt: number
}

export const idleScan: ScanState = { buffer: '', lastAt: Number.NEGATIVE_INFINITY }

export interface ScanKey {
  /** KeyboardEvent.key */
  key: string
  /** Milliseconds, e.g. KeyboardEvent.timeStamp */
  at: number
  /** Ctrl, Alt or Meta held: a shortcut, never part of a scan. */
  modified?: boolean
}

export type ScanVerdict =
  /** Not part of a scan (or not yet known to be one): let the key do what it does. */
  | { kind: 'pass' }
  /** The Enter that ends a scan: swallow it (so a focused button is not pressed) and use the code. */
  | { kind: 'scan'; code: string }

export function feedScanKey(state: ScanState, key: ScanKey): { state: ScanState; verdict: ScanVerdict } {
  const quick = key.at - state.lastAt <= scanMaxGapMs
  if (key.modified) return { state: idleScan, verdict: { kind: 'pass' } }
  if (key.key === 'Enter') {
    const code = state.buffer.trim()
    if (quick && code.length >= scanMinLength) return { state: idleScan, verdict: { kind: 'scan', code } }
    return { state: idleScan, verdict: { kind: 'pass' } }
  }
  // One printable character (KeyboardEvent.key names other keys with words: "Shift", "Tab", "F1").
  if ([...key.key].length === 1) {
    const buffer = quick ? state.buffer + key.key : key.key
    return { state: { buffer, lastAt: key.at }, verdict: { kind: 'pass' } }
  }
  // Shift (for capitals) comes between a scanner's keys; it neither breaks nor extends the burst.
  if (key.key === 'Shift') return { state, verdict: { kind: 'pass' } }
  return { state: idleScan, verdict: { kind: 'pass' } }
}

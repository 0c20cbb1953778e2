import { describe, expect, it } from 'vitest'
import { feedScanKey, idleScan, type ScanKey, type ScanState, type ScanVerdict } from './scanDetector'

/** Feeds keys typed `gap` ms apart (then Enter after `enterGap`); returns each key's verdict. */
function typeKeys(text: string, gap: number, enterGap = gap): ScanVerdict[] {
  const keys: ScanKey[] = [...text].map((key, index) => ({ key, at: 1000 + index * gap }))
  keys.push({ key: 'Enter', at: 1000 + (text.length - 1) * gap + enterGap })
  return feed(keys)
}

function feed(keys: ScanKey[]): ScanVerdict[] {
  let state: ScanState = idleScan
  return keys.map((key) => {
    const answer = feedScanKey(state, key)
    state = answer.state
    return answer.verdict
  })
}

describe('the scanner detector', () => {
  it('takes a quick burst of keys ending in Enter as a scan of that code', () => {
    const verdicts = typeKeys('SC01-000042', 8)
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', code: 'SC01-000042' })
    expect(verdicts.slice(0, -1).every((verdict) => verdict.kind === 'pass')).toBe(true)
  })

  it('keeps a code whole when its keys arrive slowly on a busy computer', () => {
    expect(typeKeys('SC01-000042', 180).at(-1)).toEqual({ kind: 'scan', code: 'SC01-000042' })
  })

  it('leaves keys pressed with pauses alone, so Enter presses the focused button', () => {
    expect(typeKeys('SC01', 1500).at(-1)).toEqual({ kind: 'pass' })
  })

  it('leaves a lone Enter and short bursts alone', () => {
    expect(feed([{ key: 'Enter', at: 5 }])).toEqual([{ kind: 'pass' }])
    expect(typeKeys('123', 5).at(-1)).toEqual({ kind: 'pass' })
  })

  it('does not take an Enter pressed long after a quick burst as its end', () => {
    expect(typeKeys('6901234567892', 5, 3000).at(-1)).toEqual({ kind: 'pass' })
  })

  it('starts a new code after a pause, keeping only what came after it', () => {
    const keys: ScanKey[] = [
      { key: 'x', at: 0 },
      { key: 'y', at: 10 },
      ...[...'6901234567892'].map((key, index) => ({ key, at: 5000 + index * 5 })),
      { key: 'Enter', at: 5100 },
    ]
    expect(feed(keys).at(-1)).toEqual({ kind: 'scan', code: '6901234567892' })
  })

  it('lets Shift pass between the keys of capitals, and a shortcut break the burst', () => {
    const withShift: ScanKey[] = [
      { key: 'Shift', at: 0 },
      { key: 'A', at: 2 },
      { key: 'Shift', at: 4 },
      { key: 'B', at: 6 },
      { key: '1', at: 8 },
      { key: '2', at: 10 },
      { key: 'Enter', at: 12 },
    ]
    expect(feed(withShift).at(-1)).toEqual({ kind: 'scan', code: 'AB12' })
    const shortcut: ScanKey[] = [
      ...[...'ABCD'].map((key, index) => ({ key, at: index * 5 })),
      { key: 'Enter', at: 25, modified: true },
    ]
    expect(feed(shortcut).at(-1)).toEqual({ kind: 'pass' })
  })

  it('breaks the burst on a named key such as Tab or an arrow', () => {
    const keys: ScanKey[] = [
      ...[...'ABCD'].map((key, index) => ({ key, at: index * 5 })),
      { key: 'Tab', at: 22 },
      { key: 'Enter', at: 25 },
    ]
    expect(feed(keys).at(-1)).toEqual({ kind: 'pass' })
  })
})

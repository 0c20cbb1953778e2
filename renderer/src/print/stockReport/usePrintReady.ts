import { useEffect, useRef, useState, type RefObject } from 'react'

/** The font shorthands the sheet waits for before it reports itself ready to print. */
export const sheetFonts = [
  '400 12px "Noto Sans SC"',
  '700 12px "Noto Sans SC"',
  '400 12px "Noto Sans TC"',
  '700 12px "Noto Sans TC"',
]

/**
 * Tells whoever prints the view that it is ready, as the receipt view does: `document.body.dataset.ready`
 * becomes '1' once the sheet is drawn with the fonts its text needs, or 'error' when there is nothing
 * to print. With `autoPrint` the browser's print dialog opens once, as soon as it is ready.
 */
export function usePrintReady(
  sheet: RefObject<HTMLElement | null>,
  { drawn, failed, autoPrint }: { drawn: boolean; failed: boolean; autoPrint: boolean },
): boolean {
  const [settled, setSettled] = useState(false)

  useEffect(() => {
    const element = sheet.current
    if (!drawn || !element) return
    let cancelled = false
    const text = element.textContent
    void Promise.all(sheetFonts.map((font) => document.fonts.load(font, text)))
      .then(() => {
        // Measuring forces layout, which starts any fallback font the text still needs.
        element.getBoundingClientRect()
        return document.fonts.ready
      })
      .then(() => {
        if (!cancelled) setSettled(true)
      })
    return () => {
      cancelled = true
    }
  }, [sheet, drawn])

  const ready = drawn && settled
  useEffect(() => {
    if (!ready && !failed) return
    const { dataset } = document.body
    dataset.ready = ready ? '1' : 'error'
    return () => {
      delete dataset.ready
    }
  }, [ready, failed])

  const printed = useRef(false)
  useEffect(() => {
    if (!ready || !autoPrint || printed.current) return
    printed.current = true
    window.print()
  }, [ready, autoPrint])

  return ready
}

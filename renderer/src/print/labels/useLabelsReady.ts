import { useEffect, useRef, useState, type RefObject } from 'react'

/** The font shorthands the labels wait for before they report themselves ready to print. */
const labelFonts = [
  '400 12px "Noto Sans SC"',
  '700 12px "Noto Sans SC"',
  '400 12px "Noto Sans TC"',
  '700 12px "Noto Sans TC"',
]

/** Waits until the labels' text has its fonts and every barcode image is decoded. */
async function settle(element: HTMLElement): Promise<void> {
  const text = element.textContent
  await Promise.all(labelFonts.map((font) => document.fonts.load(font, text)))
  await Promise.all(
    [...element.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)),
  )
  // Measuring forces layout, which starts any fallback font the text still needs; then wait for it.
  element.getBoundingClientRect()
  await document.fonts.ready
}

/**
 * Tells whoever prints the view that it is ready, as the receipt view does: `document.body.dataset.ready`
 * becomes '1' once every label is drawn with its fonts and barcodes, or 'error' when there is nothing
 * to print. `drawnKey` names what is drawn (size, copies, start): a change waits again. With
 * `autoPrint` the browser's print dialog opens once, as soon as the labels are first ready.
 */
export function useLabelsReady(
  labels: RefObject<HTMLElement | null>,
  { drawnKey, failed, autoPrint }: { drawnKey: string | null; failed: boolean; autoPrint: boolean },
): boolean {
  const [settled, setSettled] = useState<string | null>(null)

  useEffect(() => {
    const element = labels.current
    if (drawnKey === null || !element) return
    let cancelled = false
    void settle(element).then(() => {
      if (!cancelled) setSettled(drawnKey)
    })
    return () => {
      cancelled = true
    }
  }, [labels, drawnKey])

  const ready = drawnKey !== null && settled === drawnKey
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

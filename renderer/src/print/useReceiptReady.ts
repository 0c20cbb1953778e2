import { useEffect, useRef, useState, type RefObject } from 'react'
import { rollLengthMm, type ReceiptOptions } from './receiptLines'
import { receiptFonts } from './ServiceReceipt'

/** The roll's top and bottom page margin, as in receipt.module.css. */
const rollMarginMm = 4

interface ReceiptState {
  /** The ticket, the settings, the language and the barcodes are all in the page. */
  drawn: boolean
  /** The ticket or the settings could not be loaded: there is nothing to print. */
  failed: boolean
}

/** Waits until the receipt's text has its fonts and its barcode images are decoded. */
async function settle(receipt: HTMLElement): Promise<void> {
  const text = receipt.textContent
  await Promise.all(receiptFonts.map((font) => document.fonts.load(font, text)))
  await Promise.all(
    [...receipt.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)),
  )
  // Measuring forces layout, which starts any fallback font the text still needs; then wait for it.
  receipt.getBoundingClientRect()
  await document.fonts.ready
}

/**
 * Tells whoever prints the view that it is ready: `document.body.dataset.ready` becomes '1' once the
 * receipt is drawn with its fonts and barcodes (the desktop app waits for it in a hidden window, and
 * tests wait for it before printing to PDF), or 'error' when there is nothing to print.
 * Measures the roll receipt so the 80 mm page is exactly as long as the receipt, and puts that
 * length in whole mm in `document.body.dataset.rollLengthMm` for the desktop app's print options.
 */
export function useReceiptReady(
  receipt: RefObject<HTMLElement | null>,
  { drawn, failed }: ReceiptState,
  { layout, autoPrint }: ReceiptOptions,
): { ready: boolean; rollLengthMm: number | null } {
  const [measured, setMeasured] = useState<{ layout: string; rollLength: number | null } | null>(null)

  useEffect(() => {
    const element = receipt.current
    if (!drawn || !element) return
    let cancelled = false
    void settle(element).then(() => {
      if (cancelled) return
      const height = element.getBoundingClientRect().height
      setMeasured({ layout, rollLength: layout === '80mm' ? rollLengthMm(height, rollMarginMm) : null })
    })
    return () => {
      cancelled = true
    }
  }, [receipt, drawn, layout])

  const ready = drawn && measured?.layout === layout
  const rollLength = ready ? measured.rollLength : null
  useEffect(() => {
    if (!ready && !failed) return
    const { dataset } = document.body
    dataset.ready = ready ? '1' : 'error'
    // For a printer driver that needs the paper length up front (the desktop app's print options).
    if (rollLength !== null) dataset.rollLengthMm = String(rollLength)
    return () => {
      delete dataset.ready
      delete dataset.rollLengthMm
    }
  }, [ready, failed, rollLength])

  const printed = useRef(false)
  useEffect(() => {
    if (!ready || !autoPrint || printed.current) return
    printed.current = true
    window.print()
  }, [ready, autoPrint])

  return { ready, rollLengthMm: rollLength }
}

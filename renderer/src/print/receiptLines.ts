/**
 * Pure rules for what the service receipt prints and how the receipt view was asked to behave.
 * No React and no DOM here, so the rules run under Node in unit tests.
 */
import type { Device, receiptLayouts } from '../../../shared/contract'

export type ReceiptLayout = (typeof receiptLayouts)[number]

export interface ReceiptOptions {
  layout: ReceiptLayout
  /** The desktop app loaded the view in a hidden window and prints it itself. */
  native: boolean
  /** Open the browser's print dialog as soon as the receipt is drawn (browser only). */
  autoPrint: boolean
}

/** Reads `?layout=80mm|a4&native=1&autoprint=1`; anything unknown falls back to the 80 mm roll. */
export function parseReceiptOptions(search: URLSearchParams): ReceiptOptions {
  const native = search.get('native') === '1'
  return {
    layout: search.get('layout') === 'a4' ? 'a4' : '80mm',
    native,
    autoPrint: !native && search.get('autoprint') === '1',
  }
}

/**
 * Groups the digits of a phone number the way people read them aloud, so the customer can check it
 * at a glance: mainland mobiles 3-4-4 ("138 0013 8000"), Taiwan mobiles 4-3-3 ("0912 345 678"),
 * eight-digit Hong Kong and Macau numbers 4-4. A number typed with its own separators, or of
 * another shape, prints as it was typed.
 */
export function formatPhone(phone: string): string {
  const trimmed = phone.trim()
  if (!/^\+?\d+$/.test(trimmed)) return trimmed
  const international = /^\+(86|852|853|886)(\d+)$/.exec(trimmed)
  if (international) {
    const [, country = '', rest = ''] = international
    const local = country === '886' && /^9\d{8}$/.test(rest) ? groupDigits(rest, [3, 3, 3]) : groupLocal(rest)
    return `+${country} ${local}`
  }
  return groupLocal(trimmed)
}

function groupLocal(digits: string): string {
  if (/^1\d{10}$/.test(digits)) return groupDigits(digits, [3, 4, 4])
  if (/^09\d{8}$/.test(digits)) return groupDigits(digits, [4, 3, 3])
  if (/^\d{8}$/.test(digits)) return groupDigits(digits, [4, 4])
  return digits
}

function groupDigits(digits: string, sizes: number[]): string {
  const groups: string[] = []
  let start = 0
  for (const size of sizes) {
    groups.push(digits.slice(start, start + size))
    start += size
  }
  return groups.join(' ')
}

/** "Apple iPhone 13": the brand and model as written on the device, without doubled spaces. */
export function deviceName(device: Pick<Device, 'brand' | 'model'>): string {
  return [device.brand, device.model]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
}

/**
 * Splits the shop's terms into paragraphs of lines, keeping the line breaks the owner typed:
 * Windows line ends become plain ones, trailing spaces go, blank lines separate paragraphs
 * (several blank lines count as one), and blank lines at the start or end are dropped.
 */
export function termsParagraphs(text: string): string[][] {
  const paragraphs: string[][] = []
  let current: string[] = []
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const kept = line.trimEnd()
    if (kept.trim() === '') {
      if (current.length > 0) paragraphs.push(current)
      current = []
    } else {
      current.push(kept)
    }
  }
  if (current.length > 0) paragraphs.push(current)
  return paragraphs
}

/** An SVG document as an image address (the CSP allows `img-src data:`), so it prints as drawn. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}

const cssPixelsPerMm = 96 / 25.4

/**
 * The length of roll paper a receipt needs: its drawn height plus the top and bottom page margins,
 * and a little slack so rounding in the print layout never spills a last line onto a second page.
 * Whole millimetres, because printer drivers feed roll paper in whole steps.
 */
export function rollLengthMm(contentHeightPx: number, marginMm: number, slackMm = 3): number {
  return Math.ceil(contentHeightPx / cssPixelsPerMm + 2 * marginMm + slackMm)
}

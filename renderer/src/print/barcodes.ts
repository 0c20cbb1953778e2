/**
 * The ticket number as the two symbols a counter scanner reads: a Code128 barcode (every 1D
 * scanner) and a QR code (phone cameras and 2D scanners). Both are drawn as SVG, black on white.
 */
import { code128, drawingSVG } from 'bwip-js/browser'
import QRCode from 'qrcode'

/**
 * Code128 without human-readable text (the receipt prints the number large beside it). The bars are
 * stretched to the box the CSS gives the image; a 1D symbol stays readable because every bar scales
 * alike, and the quiet zones are left to the layout's margins.
 */
export function code128Svg(text: string): string {
  const svg = code128({ bcid: 'code128', text, scale: 1, height: 8, includetext: false }, drawingSVG())
  return svg.replace('<svg ', '<svg preserveAspectRatio="none" ')
}

/** QR code with error correction M (survives a crease or a thermal fade) and no margin of its own. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
}

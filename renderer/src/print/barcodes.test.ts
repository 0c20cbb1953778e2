import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { code128Svg, qrSvg } from './barcodes'

describe('code128Svg', () => {
  it('draws black bars as an SVG that stretches to the box the layout gives it', () => {
    const svg = code128Svg('SZ01-000123')
    expect(svg).toMatch(/^<svg preserveAspectRatio="none" viewBox="0 0 \d+ \d+"/)
    expect(svg).toContain('stroke="#000000"')
    // No human-readable line under the bars: the receipt prints the number itself.
    expect(svg).not.toContain('<text')
  })

  it('draws a different symbol for a different ticket', () => {
    expect(code128Svg('SZ01-000124')).not.toBe(code128Svg('SZ01-000123'))
  })
})

describe('qrSvg', () => {
  it('encodes exactly the ticket number, so the counter search finds the ticket from a scan', async () => {
    const svg = await qrSvg('SZ01-000123')
    expect(svg).toContain('<svg')
    const expected = QRCode.create('SZ01-000123', { errorCorrectionLevel: 'M' })
    expect(svg).toContain(`viewBox="0 0 ${expected.modules.size} ${expected.modules.size}"`)
  })
})

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { code128Svg, qrSvg } from './barcodes'
import { svgDataUrl } from './receiptLines'
import classes from './receipt.module.css'

export interface TicketBarcodes {
  number: string
  code128: string
  qr: string
}

/** Draws both symbols for a ticket number; null until they are drawn (the QR encoder is async). */
export function useTicketBarcodes(number: string | undefined): TicketBarcodes | null {
  const [drawn, setDrawn] = useState<TicketBarcodes | null>(null)
  useEffect(() => {
    if (!number) return
    let cancelled = false
    void qrSvg(number).then((qr) => {
      if (!cancelled) setDrawn({ number, code128: svgDataUrl(code128Svg(number)), qr: svgDataUrl(qr) })
    })
    return () => {
      cancelled = true
    }
  }, [number])
  return drawn && drawn.number === number ? drawn : null
}

/** The ticket number as Code128 and QR, for the counter's scanner when the customer comes back. */
export function ReceiptBarcodes({ barcodes }: { barcodes: TicketBarcodes }) {
  const { t } = useTranslation('print')
  return (
    <div className={classes.barcodes}>
      <img
        className={classes.qr}
        src={barcodes.qr}
        alt={t('qrAlt', { number: barcodes.number })}
        data-testid="receipt-qr"
      />
      <img
        className={classes.code128}
        src={barcodes.code128}
        alt={t('barcodeAlt', { number: barcodes.number })}
        data-testid="receipt-code128"
      />
    </div>
  )
}

// Fonts able to print Chinese travel with the receipt: shops' computers and printers cannot be
// trusted to have one. Only the two weights the receipt uses; each file covers a slice of Unicode,
// so the browser fetches only the slices the receipt's text needs.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import '@fontsource/noto-sans-tc/400.css'
import '@fontsource/noto-sans-tc/700.css'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, TicketDetail } from '../../../shared/contract'
import { ReceiptBarcodes, type TicketBarcodes } from './ReceiptBarcodes'
import { CustomerSection, DeviceSection, RepairSection } from './ReceiptFacts'
import { ReceiptHeader } from './ReceiptHeader'
import { ReceiptTerms } from './ReceiptTerms'
import type { ReceiptLayout } from './receiptLines'
import { SignatureLines } from './SignatureLines'
import classes from './receipt.module.css'

/** The font shorthands the view waits for before it reports itself ready to print. */
export const receiptFonts = [
  '400 12px "Noto Sans SC"',
  '700 12px "Noto Sans SC"',
  '400 12px "Noto Sans TC"',
  '700 12px "Noto Sans TC"',
]

interface ServiceReceiptProps {
  ticket: TicketDetail
  settings: Settings
  barcodes: TicketBarcodes
  layout: ReceiptLayout
  ref?: Ref<HTMLElement>
}

/**
 * The service receipt (claim ticket) the customer takes home: plain HTML with print CSS, one
 * column on an 80 mm roll, a two-column grid on A4.
 */
export function ServiceReceipt({ ticket, settings, barcodes, layout, ref }: ServiceReceiptProps) {
  const { t, i18n } = useTranslation('print')
  return (
    <article
      ref={ref}
      lang={i18n.language}
      className={`${classes.receipt} ${layout === 'a4' ? classes.sheet : classes.roll}`}
      data-testid="service-receipt"
      data-layout={layout}
    >
      <header className={classes.top}>
        <ReceiptHeader settings={settings} ticket={ticket} />
        <ReceiptBarcodes barcodes={barcodes} />
      </header>
      <div className={classes.facts}>
        <CustomerSection customer={ticket.customer} />
        <DeviceSection device={ticket.device} />
        <RepairSection ticket={ticket} />
      </div>
      <ReceiptTerms text={settings.receiptTerms} />
      <SignatureLines />
      <p className={classes.footer}>{t('footer')}</p>
    </article>
  )
}

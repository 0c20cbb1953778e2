import { useTranslation } from 'react-i18next'
import { code128Svg } from '../barcodes'
import { svgDataUrl } from '../receiptLines'
import { encodable } from './labelSheet'
import classes from './labels.module.css'

/** What one label prints, ready to draw: the barcode is drawn once per part, not once per copy. */
export interface LabelContent {
  partId: string
  name: string
  code: string
  /** Sale price as the shop writes it, or null when the part has no price yet. */
  price: string | null
  /** The Code128 symbol as an image address, or null when the code cannot be encoded. */
  barcode: string | null
}

/** Draws a code as Code128; null when the symbology cannot carry it (anything but ASCII). */
export function drawBarcode(code: string): string | null {
  if (!encodable(code)) return null
  try {
    return svgDataUrl(code128Svg(code))
  } catch {
    return null
  }
}

interface PartLabelProps {
  content: LabelContent | null
  className: string
}

/** One label: the part's name, its code as Code128 and as text, and its sale price. */
export function PartLabel({ content, className }: PartLabelProps) {
  const { t, i18n } = useTranslation('labels')
  if (!content) return <div className={`${className} ${classes.empty}`} data-testid="label-empty" />
  return (
    <div className={`${classes.label} ${className}`} lang={i18n.language} data-testid="label">
      <p className={classes.name} data-testid="label-name">
        {content.name}
      </p>
      {content.barcode ? (
        <img
          className={classes.barcode}
          src={content.barcode}
          alt={t('barcodeAlt', { code: content.code })}
          data-testid="label-barcode"
        />
      ) : (
        <div className={classes.unreadable} data-testid="label-unreadable">
          {t('unreadable')}
        </div>
      )}
      <div className={classes.foot}>
        <span className={classes.code} data-testid="label-code">
          {content.code}
        </span>
        {content.price !== null && (
          <span className={classes.price} data-testid="label-price">
            {content.price}
          </span>
        )}
      </div>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import classes from './receipt.module.css'

function SignatureLine({ label }: { label: string }) {
  const { t } = useTranslation('print')
  return (
    <div className={classes.signature}>
      <div className={classes.signatureLine}>{label}</div>
      <div className={`${classes.signatureLine} ${classes.signatureDate}`}>{t('signatures.date')}</div>
    </div>
  )
}

/** Lines to sign by hand: the customer agrees to the terms, the clerk confirms what was received. */
export function SignatureLines() {
  const { t } = useTranslation('print')
  return (
    <div className={classes.signatures}>
      <SignatureLine label={t('signatures.customer')} />
      <SignatureLine label={t('signatures.staff')} />
    </div>
  )
}
